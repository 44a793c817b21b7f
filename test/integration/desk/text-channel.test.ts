// The secretary's and the committee officer's /pending driven by typed replies only, as on a channel without
// buttons (Zalo): every decision of the Telegram suite reaches the same records, numbers stand for the choices.
import { createCell, createMember, type TestCell } from '../../support/fixtures';
import { numberOf, textDeskChat, type TextDeskChat } from '../../support/text-desk-chat';
import { createRecordsHarness, type RecordsHarness } from '../records/setup';

const NOW = '2026-11-22T03:00:00Z';
const SECTIONS = {
  strengths: 'Chấp hành tốt chủ trương của Đảng; làm việc chăm chỉ tại nhà máy ở Ansan.',
  shortcomings: 'Chưa tham gia đầy đủ sinh hoạt trực tuyến của chi bộ.',
  progress: 'Đã khắc phục việc chậm đóng đảng phí của năm trước.',
  direction: 'Giữ liên lạc hằng tháng, đóng đảng phí đúng hạn.',
};

describe('/pending on a text-only channel', () => {
  let harness: RecordsHarness;
  let cell: TestCell;
  let secretary: TextDeskChat;
  let officer: TextDeskChat;
  let member: TextDeskChat;
  let communeId: number;
  const items = { absenceId: 0, paymentId: 0, reviewId: 0, requestId: 0 };

  beforeAll(async () => {
    harness = await createRecordsHarness();
    harness.setNow(NOW);
    const { db, records } = harness;
    cell = await createCell(db, 'Chi bộ thôn Hải Thanh');
    const secretaryRecord = await createMember(db, cell, { fullName: 'Nguyễn Văn Hùng', role: 'secretary' });
    secretary = await textDeskChat(db, records, secretaryRecord.id);
    const cellUnit = await db.unit.findUniqueOrThrow({ where: { id: cell.cellId } });
    communeId = cellUnit.parentId!;
    const officerRecord = await createMember(db, cell, { fullName: 'Trần Quốc Uỷ' });
    await db.member.update({
      where: { id: officerRecord.id },
      data: { role: 'committee_officer', officerUnitId: communeId },
    });
    // The officer reads English: the numbered choices and the footer come in the reader's language.
    officer = await textDeskChat(db, records, officerRecord.id, { locale: 'en' });

    const minh = await createMember(db, cell, { fullName: 'Lê Văn Minh', timezone: 'Asia/Seoul' });
    await db.member.update({
      where: { id: minh.id },
      data: { recordedSince: new Date('2026-01-05T00:00:00Z') },
    });
    const filed = await records.absences.fileDeparture(minh.id, {
      kind: 'abroad',
      place: 'Ansan, Gyeonggi',
      countryCode: 'KR',
      mobile: false,
      organisationThere: false,
      startsOn: '2026-09-01',
      expectedEndOn: '2027-06-30',
      arrangement: 'temporary_exemption',
      reason: 'Lao động theo chương trình EPS',
      sourceKey: 'text-desk:minh',
    });
    if (filed.outcome !== 'filed') throw new Error('departure not filed');
    await db.absence.update({
      where: { id: filed.absence.id },
      data: { createdAt: new Date('2026-11-01T00:00:00Z') },
    });
    items.absenceId = filed.absence.id;

    const lan = await createMember(db, cell, { fullName: 'Phạm Thị Lan' });
    const fee = await records.fees.declare(lan.id, {
      months: ['2026-11'],
      amountMinor: 20000,
      currency: 'VND',
      method: 'bank_transfer',
      sourceKey: 'text-desk:lan',
      now: new Date('2026-11-05T00:00:00Z'),
    });
    if (fee.outcome !== 'declared') throw new Error('fee not declared');
    items.paymentId = fee.payment.id;

    const nam = await createMember(db, cell, { fullName: 'Đỗ Văn Nam' });
    const review = await records.reviews.submit(
      nam.id,
      2026,
      {
        sections: SECTIONS,
        workplaceCommentText: 'Công ty nhận xét: chăm chỉ, đúng giờ.',
        selfRating: 'good',
      },
      { sourceKey: 'text-desk:nam', now: new Date('2026-11-10T00:00:00Z') },
    );
    if (review.outcome !== 'submitted') throw new Error('review not submitted');
    items.reviewId = review.review.id;

    const hoa = await createMember(db, cell, { fullName: 'Vũ Thị Hoa' });
    member = await textDeskChat(db, records, hoa.id);
    const request = await records.requests.create(hoa.id, {
      kind: 'leave',
      text: 'Em ở xa quá, không sinh hoạt được, muốn xin ra khỏi Đảng.',
      sourceKey: 'text-desk:hoa',
      now: new Date('2026-11-15T00:00:00Z'),
    });
    items.requestId = (request as { request: { id: number } }).request.id;
  });
  afterAll(async () => {
    await harness.database.drop();
  });

  it('lists the items numbered, oldest first, and says how to answer without a button', async () => {
    const [list, ...more] = await secretary.say('/pending');
    expect(more).toEqual([]);
    expect(list).toContain('Việc chờ chi bộ xử lý: 4');
    expect(list).toMatch(/^1\. .*Lê Văn Minh/m);
    expect(list).toMatch(/^4\. .*Vũ Thị Hoa/m);
    // The list's numbers are the choices: they are not listed a second time.
    expect(list.match(/^\d+\. /gm)).toHaveLength(4);
    expect(list).toContain('Trả lời số thứ tự của một việc để xem và quyết định.');
    expect(list).not.toMatch(/Bấm|nút/);
    expect(list).toContain('Trả lời bằng một trong các số ở trên để chọn.');
  });

  it('proposes the exemption with a typed resolution; the officer approves it by number, in English', async () => {
    await secretary.say('/pending');
    const opened = (await secretary.say('1')).join('\n');
    expect(opened).toContain('Đơn xin tạm miễn sinh hoạt đảng của đồng chí Lê Văn Minh');
    expect(opened).not.toContain('✅ Duyệt');
    const [question] = await secretary.say(numberOf(opened, '📝 Chi bộ đề nghị'));
    expect(question).toContain('Ghi nghị quyết của chi bộ đề nghị về đơn của đồng chí Lê Văn Minh');
    // While the question is open, a number is the text of the answer, not a choice.
    const resolution = 'Nghị quyết 05-NQ/CB ngày 20/11/2026: đề nghị cho tạm miễn sinh hoạt.';
    const [proposed] = await secretary.say(resolution);
    expect(proposed).toContain('Đã ghi đề nghị của chi bộ');
    expect(secretary.prompt).toBeUndefined();
    const absence = await harness.db.absence.findUniqueOrThrow({ where: { id: items.absenceId } });
    expect(absence).toMatchObject({
      applicationStatus: 'proposed',
      proposedById: secretary.memberId,
      decidingUnitId: communeId,
      proposalNote: resolution,
    });

    const [officerList] = await officer.say('/pending');
    expect(officerList).toContain("Applications the cells proposed, waiting for the committee's decision: 1");
    expect(officerList).toContain("Reply with an application's number to read it and decide.");
    expect(officerList).toContain('Reply with one of the numbers above to choose.');
    const toDecide = (await officer.say('1')).join('\n');
    expect(toDecide).toContain('Nghị quyết 05-NQ/CB');
    const [decided] = await officer.say(numberOf(toDecide, '✅ Approve (decide)'));
    expect(decided).toContain('Decided:');
    const after = await harness.db.absence.findUniqueOrThrow({ where: { id: items.absenceId } });
    expect(after).toMatchObject({ applicationStatus: 'approved', decidedById: officer.memberId });
    // The spent choices are gone: the same number again decides nothing and is not taken.
    expect(await officer.say('1')).toEqual([]);
    expect(
      await harness.db.decision.count({ where: { subjectType: 'Absence', subjectId: items.absenceId } }),
    ).toBe(2);
  });

  it('disputes a fee with a typed reason; a /cancel and an expired question change nothing', async () => {
    const [list] = await secretary.say('/pending');
    expect(list).toContain('Việc chờ chi bộ xử lý: 3');
    const fee = (await secretary.say(numberOf(list, /Phạm Thị Lan/))).join('\n');
    const dispute = numberOf(fee, '⚠️ Chưa khớp');
    expect((await secretary.say(dispute))[0]).toContain('Gửi lý do chưa xác nhận khoản đảng phí');
    expect(await secretary.say('/cancel')).toEqual(['Đã thôi. Không có gì thay đổi.']);
    // A reason sent a day and more after the choice is no longer its answer.
    await secretary.say(dispute);
    harness.setNow('2026-11-23T04:00:00Z');
    expect((await secretary.say('Sai số tiền'))[0]).toContain('Đã quá thời gian chờ nhập nội dung');
    expect(await harness.db.feePayment.findUniqueOrThrow({ where: { id: items.paymentId } })).toMatchObject({
      status: 'declared',
    });
    harness.setNow(NOW);
    await secretary.say(dispute);
    const [disputed] = await secretary.say('Chưa thấy tiền về tài khoản chi bộ.');
    expect(disputed).toContain('Đã ghi: chưa xác nhận đảng phí của đồng chí Phạm Thị Lan cho tháng 11/2026');
    expect(await harness.db.feePayment.findUniqueOrThrow({ where: { id: items.paymentId } })).toMatchObject({
      status: 'disputed',
    });
  });

  it('rates the review with a comment and notes the contact', async () => {
    const [list] = await secretary.say('/pending');
    const review = (await secretary.say(numberOf(list, /Đỗ Văn Nam/))).join('\n');
    await secretary.say(numberOf(review, 'Hoàn thành tốt nhiệm vụ'));
    const [rated] = await secretary.say('Chấp hành tốt, giữ liên lạc đều.');
    expect(rated).toContain('✅ Đã xếp loại năm 2026 cho đồng chí Đỗ Văn Nam');
    expect(await harness.db.review.findUniqueOrThrow({ where: { id: items.reviewId } })).toMatchObject({
      status: 'rated',
      cellRating: 'good',
      cellComment: 'Chấp hành tốt, giữ liên lạc đều.',
      ratedById: secretary.memberId,
    });

    const [rest] = await secretary.say('/pending');
    const request = (await secretary.say(numberOf(rest, /Vũ Thị Hoa/))).join('\n');
    await secretary.say(numberOf(request, '📞 Đã liên hệ'));
    const [noted] = await secretary.say('Đã gọi điện, đồng chí ấy sẽ suy nghĩ thêm.');
    expect(noted).toContain('✅ Đã ghi nhận việc liên hệ với đồng chí Vũ Thị Hoa');
    expect(await harness.db.request.findUniqueOrThrow({ where: { id: items.requestId } })).toMatchObject({
      status: 'contacted',
      handledById: secretary.memberId,
      note: 'Đã gọi điện, đồng chí ấy sẽ suy nghĩ thêm.',
    });
    const [empty] = await secretary.say('/pending');
    expect(empty).not.toMatch(/^\d+\. /m);
  });

  it('shows the roster, a member picked among two of one name, and who is overdue', async () => {
    const [roster] = await secretary.say('/members');
    expect(roster).toContain('Chi bộ thôn Hải Thanh');
    expect(roster).toMatch(/^\d+\. Lê Văn Minh/m);
    // A second Lan: the name alone is ambiguous, the numbered choice picks one.
    const other = await createMember(harness.db, cell, { fullName: 'Phạm Thị Lan' });
    await harness.db.member.update({ where: { id: other.id }, data: { cardNumber: '9000001' } });
    const [ambiguous] = await secretary.say('/member Phạm Thị Lan');
    expect(ambiguous).toMatch(/^1\. Phạm Thị Lan · /m);
    expect(ambiguous).toMatch(/^2\. Phạm Thị Lan · /m);
    const picked = (await secretary.say(numberOf(ambiguous, 'Phạm Thị Lan · 9000001'))).join('\n');
    expect(picked).toContain('Phạm Thị Lan');
    expect(picked).toContain('9000001');
    expect(picked).not.toMatch(/\b2026-\d\d-\d\d\b/);
    const overdue = (await secretary.say('/overdue')).join('\n');
    expect(overdue).toContain('Chi bộ thôn Hải Thanh');
    await harness.db.member.delete({ where: { id: other.id } });
  });

  it('issues an invite to type on Zalo, and unlinks a chat after a confirmation by number', async () => {
    const [invite] = await secretary.say('/invite Vũ Thị Hoa');
    const code = /: (\S+)\n/.exec(invite)?.[1];
    expect(invite).toContain('nhắn mã này cho bot của chi bộ trên Zalo');
    expect(invite).not.toContain('Đường dẫn');
    expect(await harness.db.invite.count({ where: { memberId: member.memberId, usedAt: null } })).toBe(1);
    expect(code).toBeDefined();

    const [question] = await secretary.say('/unlink Vũ Thị Hoa');
    expect(question).toContain('Vũ Thị Hoa');
    // "Keep it" first: nothing changes.
    expect(await secretary.say(numberOf(question, 'Thôi, không gỡ'))).toEqual([
      'Đã thôi. Không có gì thay đổi.',
    ]);
    expect(await harness.db.chatIdentity.count({ where: { memberId: member.memberId } })).toBe(1);
    const [asked] = await secretary.say('/unlink Vũ Thị Hoa');
    const done = (await secretary.say(numberOf(asked, '✅ Gỡ kết nối cũ'))).join('\n');
    expect(done).toContain('✅ Đã gỡ kết nối cũ của đồng chí Vũ Thị Hoa');
    expect(done).toContain('Chọn dưới đây để cấp mã mời mới');
    expect(await harness.db.chatIdentity.count({ where: { memberId: member.memberId } })).toBe(0);
    // The invite offered after the unlink is one more numbered choice.
    const [again] = await secretary.say(numberOf(done, '🔑 Cấp mã mời mới'));
    expect(again).toContain('nhắn mã này cho bot của chi bộ trên Zalo');
  });

  it('records a full exemption by number, ends an absence by date, gives the officer the statistics', async () => {
    const elder = await createMember(harness.db, cell, { fullName: 'Bùi Văn Cao' });
    const [ask] = await secretary.say('/full_exemption Bùi Văn Cao');
    const [recorded] = await secretary.say(numberOf(ask, '👴 Tuổi cao'));
    expect(recorded).toContain(
      '✅ Đã ghi: đồng chí Bùi Văn Cao được miễn công tác và sinh hoạt đảng từ 22/11/2026',
    );
    expect(await harness.db.fullExemption.count({ where: { memberId: elder.id, reason: 'age' } })).toBe(1);
    // The spent question is gone: its number again records nothing more.
    expect(await secretary.say(numberOf(ask, '👴 Tuổi cao'))).toEqual([]);
    expect(await harness.db.fullExemption.count({ where: { memberId: elder.id } })).toBe(1);

    expect((await secretary.say('/end_absence Lê Văn Minh'))[0]).toContain('Gõ /end_absence');
    const [ended] = await secretary.say('/end_absence Lê Văn Minh 20/11/2026');
    expect(ended).toContain('✅ Đã ghi nhận đồng chí Lê Văn Minh kết thúc đợt đi vắng');
    expect(await harness.db.absence.findUniqueOrThrow({ where: { id: items.absenceId } })).toMatchObject({
      endedOn: new Date('2026-11-20T00:00:00Z'),
    });

    const stats = (await officer.say('/stats')).join('\n');
    expect(stats).toMatch(/^Statistics of .+, 2026/m);
    expect((await secretary.say('/stats'))[0]).toContain('Lệnh này chỉ dành cho cán bộ cấp ủy cấp trên.');
  });

  it('sends the record book and a form 2C as files', async () => {
    const book = await secretary.say('/export');
    expect(book.filter((line) => line.startsWith('[document: ')).length).toBeGreaterThanOrEqual(2);
    expect(book.some((line) => /^\[document: .+\.xlsx\]$/.test(line))).toBe(true);
    expect(book.at(-1)).toBe(
      `Đã gửi ${book.length - 1} tệp. Mỗi lần xuất đều được ghi vào nhật ký thao tác.`,
    );
    const review = await secretary.say('/export Đỗ Văn Nam 2026');
    expect(review).toEqual([expect.stringMatching(/^\[document: .+\.pdf\]$/)]);
  });

  it('refuses a member and audits it; a number with nothing behind it is not taken', async () => {
    const plain = await textDeskChat(
      harness.db,
      harness.records,
      (await createMember(harness.db, cell, { fullName: 'Hoàng Văn Bình' })).id,
    );
    const [refused] = await plain.say('/pending');
    expect(refused).toContain('Lệnh này chỉ dành cho bí thư, phó bí thư chi bộ.');
    expect(
      await harness.db.auditEvent.count({ where: { action: 'access.denied', actorId: plain.memberId } }),
    ).toBeGreaterThan(0);
    expect(await plain.say('3')).toEqual([]);
    expect(await secretary.say('99')).toEqual([]);
  });
});
