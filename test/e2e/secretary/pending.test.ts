// The secretary's whole /pending cycle through the emulator: approve an exemption, dispute and confirm fees, rate a review, note a contact.
import { outboxText } from '../../support/outbox-text';
import { startBotHarness, type BotHarness } from '../../support/bot-harness';
import { bindExisting, hasButtons, textOf, type CellChat } from '../../support/cell-chat';
import { createCell, createMember, recordCounts, type TestCell } from '../../support/fixtures';
import { bindMember } from '../../support/member-chat';

const NOW = new Date('2026-11-22T03:00:00Z');
const SECTIONS = {
  strengths: 'Chấp hành tốt chủ trương của Đảng; làm việc chăm chỉ tại nhà máy ở Ansan.',
  shortcomings: 'Chưa tham gia đầy đủ sinh hoạt trực tuyến của chi bộ.',
  progress: 'Đã khắc phục việc chậm đóng đảng phí của năm trước.',
  direction: 'Giữ liên lạc hằng tháng, đóng đảng phí đúng hạn.',
};

describe('secretary /pending', () => {
  let harness: BotHarness;
  let cell: TestCell;
  let secretary: CellChat;
  let officer: CellChat;
  let commune: { id: number };

  beforeAll(async () => {
    harness = await startBotHarness({ clock: () => NOW });
    cell = await createCell(harness.database.db, 'Chi bộ thôn Hải Thanh');
    const record = await createMember(harness.database.db, cell, {
      fullName: 'Nguyễn Văn Hùng',
      role: 'secretary',
    });
    secretary = await bindExisting(harness, record.id);
    // The grassroots committee above the cell decides exemptions; one of its officers has a chat too.
    const cellUnit = await harness.database.db.unit.findUniqueOrThrow({ where: { id: cell.cellId } });
    commune = await harness.database.db.unit.findUniqueOrThrow({ where: { id: cellUnit.parentId! } });
    const officerRecord = await createMember(harness.database.db, cell, { fullName: 'Trần Quốc Uỷ' });
    await harness.database.db.member.update({
      where: { id: officerRecord.id },
      data: { role: 'committee_officer', officerUnitId: commune.id },
    });
    officer = await bindExisting(harness, officerRecord.id);
  });
  afterAll(async () => {
    await harness.stop();
  });

  const db = () => harness.database.db;
  const lastNotification = async (memberId: number) =>
    db().notification.findFirstOrThrow({ where: { memberId }, orderBy: { id: 'desc' } });
  const told = outboxText;

  it('runs the whole cycle oldest first, every step in the records, the audit log and the outbox', async () => {
    const { records } = harness;
    // An exemption application (filed 1 Nov), a fee declaration with a receipt (5 Nov), a review (10 Nov), a leave request (15 Nov).
    const minh = await createMember(db(), cell, {
      fullName: 'Lê Văn Minh',
      timezone: 'Asia/Seoul',
      locale: 'en',
    });
    await db().member.update({
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
      sourceKey: 'pending:minh',
    });
    if (filed.outcome !== 'filed') throw new Error('departure not filed');
    await db().absence.update({
      where: { id: filed.absence.id },
      data: { createdAt: new Date('2026-11-01T00:00:00Z') },
    });

    const lan = await bindMember(harness, cell, { fullName: 'Phạm Thị Lan' });
    const receipt = await lan.sendPhoto('receipt-of-lan');
    const fee = await records.fees.declare(lan.memberId, {
      months: ['2026-11'],
      amountMinor: 20000,
      currency: 'VND',
      method: 'bank_transfer',
      receiptFileId: receipt.fileId,
      sourceKey: 'pending:lan',
      now: new Date('2026-11-05T00:00:00Z'),
    });
    if (fee.outcome !== 'declared') throw new Error(`fee not declared: ${JSON.stringify(fee)}`);

    const nam = await bindMember(harness, cell, { fullName: 'Đỗ Văn Nam' });
    // Kept by homecell, as a review's file is since issue 12 (the fee above keeps a Telegram file id, as before it).
    const kept = await harness.files.keep(nam.memberId, Buffer.from('%PDF-1.4 signed comment'), {
      expected: 'document',
      fileName: 'nhan-xet-cong-ty.pdf',
    });
    if (!kept.ok) throw new Error('the workplace comment was not kept');
    const review = await records.reviews.submit(
      nam.memberId,
      2026,
      {
        sections: SECTIONS,
        workplaceCommentText: 'Công ty nhận xét: chăm chỉ, đúng giờ.',
        workplaceCommentStoredFileId: kept.file.id,
        selfRating: 'good',
      },
      { sourceKey: 'pending:nam', now: new Date('2026-11-10T00:00:00Z') },
    );
    if (review.outcome !== 'submitted') throw new Error('review not submitted');

    const hoa = await createMember(db(), cell, { fullName: 'Vũ Thị Hoa' });
    await records.requests.create(hoa.id, {
      kind: 'leave',
      text: 'Em ở xa quá, không sinh hoạt được, muốn xin ra khỏi Đảng.',
      sourceKey: 'pending:hoa',
      now: new Date('2026-11-15T00:00:00Z'),
    });

    // The list: four items, oldest first, one button each.
    const [list] = await secretary.ask('/pending');
    expect(list.text).toContain('Việc chờ chi bộ xử lý: 4');
    const order = ['Lê Văn Minh', 'Phạm Thị Lan', 'Đỗ Văn Nam', 'Vũ Thị Hoa'].map((name) =>
      list.text!.indexOf(name),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
    // One number button per item: the list names them, the buttons do not say it again.
    expect(list.reply_markup!.inline_keyboard.flat().map((button) => button.text)).toEqual([
      '1',
      '2',
      '3',
      '4',
    ]);

    // 1. The exemption: the cell proposes it with its resolution, the grassroots committee decides (DOMAIN duty
    //    3); each step is audited and told to the member, in English.
    const application = await secretary.openListed(list, /Lê Văn Minh/, hasButtons);
    expect(textOf(application)).toContain('Đơn xin tạm miễn sinh hoạt đảng của đồng chí Lê Văn Minh');
    expect(textOf(application)).toContain('Ansan, Gyeonggi (Hàn Quốc)');
    expect(textOf(application)).toContain('từ 01/09/2026 đến 30/06/2027');
    const buttonsOfApplication = application
      .at(-1)!
      .reply_markup!.inline_keyboard.flat()
      .map((b) => b.text);
    expect(buttonsOfApplication).not.toContain('✅ Duyệt');
    const proposePrompt = await secretary.press(application.at(-1)!, '📝 Chi bộ đề nghị (ghi nghị quyết)');
    expect(proposePrompt[0].text).toContain(
      'Ghi nghị quyết của chi bộ đề nghị về đơn của đồng chí Lê Văn Minh',
    );
    const proposed = await secretary.ask(
      'Nghị quyết 05-NQ/CB ngày 20/11/2026: đề nghị cho tạm miễn sinh hoạt.',
    );
    expect(proposed[0].text).toContain('Đã ghi đề nghị của chi bộ');
    const afterProposal = await db().absence.findUniqueOrThrow({ where: { id: filed.absence.id } });
    expect(afterProposal).toMatchObject({
      applicationStatus: 'proposed',
      proposedById: secretary.memberId,
      decidingUnitId: commune.id,
      proposalNote: 'Nghị quyết 05-NQ/CB ngày 20/11/2026: đề nghị cho tạm miễn sinh hoạt.',
    });
    // Proposed is not decided: the member is not exempt yet.
    expect((await records.standing.standingOf(minh.id, NOW)).state).not.toBe('temporary-exemption');
    expect(
      await db().auditEvent.count({
        where: { action: 'absence.application.proposed', entityId: String(filed.absence.id) },
      }),
    ).toBe(1);
    expect(told(await lastNotification(minh.id), 'en')).toContain(
      'The cell met and passed a resolution proposing',
    );

    // The committee's officer finds it in their own /pending and decides.
    const [officerList] = await officer.ask('/pending');
    expect(officerList.text).toContain('Lê Văn Minh');
    const toDecide = await officer.openListed(officerList, /Lê Văn Minh/, hasButtons);
    expect(textOf(toDecide)).toContain('Nghị quyết 05-NQ/CB');
    const decided = await officer.press(toDecide.at(-1)!, '✅ Đồng ý (quyết định)');
    expect(decided[0].text).toContain('Đã quyết định đồng ý');
    const absence = await db().absence.findUniqueOrThrow({ where: { id: filed.absence.id } });
    expect(absence).toMatchObject({ applicationStatus: 'approved', decidedById: officer.memberId });
    expect(absence.decidedAt).toEqual(NOW);
    // Nothing is written on the member: the exemption is in force from its date, read from the absence.
    expect((await db().member.findUniqueOrThrow({ where: { id: minh.id } })).status).toBe('active');
    expect((await records.standing.standingOf(minh.id, NOW)).state).toBe('temporary-exemption');
    const decision = await db().decision.findFirstOrThrow({
      where: { memberId: minh.id, subjectType: 'Absence', outcome: 'approved' },
    });
    expect(decision).toMatchObject({ decidedById: officer.memberId });
    const approvedAudit = await db().auditEvent.findFirstOrThrow({
      where: { action: 'absence.application.approved', entityId: String(absence.id) },
    });
    expect(approvedAudit).toMatchObject({ actorId: officer.memberId });
    const toMinh = await lastNotification(minh.id);
    expect(toMinh).toMatchObject({ kind: 'message', status: 'pending' });
    expect(toMinh.dueAt).toEqual(NOW);
    expect(told(toMinh, 'en')).toContain(
      'your temporary exemption from party activities, from 1 Sep 2026 to 30 Jun 2027',
    );
    // The cell's list has nothing of it any more; the officer's neither.
    expect((await secretary.ask('/pending'))[0].text).not.toContain('Lê Văn Minh');

    // ... and the cell allows paying late for the exemption's months, never beyond it, from the member's record.
    const record = await secretary.ask('/member Lê Văn Minh', (message) =>
      (message.text ?? '').includes('đóng đảng phí chậm hoặc đóng trước'),
    );
    const arranged = await secretary.press(record.at(-1)!, 'Cho đóng đảng phí chậm các tháng tạm miễn');
    expect(arranged[0].text).toContain('đóng đảng phí chậm cho các tháng từ 09/2026 đến 06/2027');
    const arrangement = await db().feeArrangement.findFirstOrThrow({ where: { memberId: minh.id } });
    expect(arrangement).toMatchObject({ kind: 'late', decidedById: secretary.memberId });
    expect(arrangement.lastMonth).toEqual(new Date('2027-06-01T00:00:00Z'));
    expect(told(await lastNotification(minh.id), 'en')).toContain(
      'pay the party fee late for the months from September 2026 to June 2027',
    );
    // A second arrangement for the same months is refused and changes nothing.
    const again = await secretary.pressData(record.at(-1)!.message_id, `pd:fee-advance:${absence.id}`);
    expect(again[0].text).toContain('đã có quyết định đóng chậm/trước');
    expect(await db().feeArrangement.count({ where: { memberId: minh.id } })).toBe(1);

    // 2. The fee: the receipt comes with it; a too long reason is refused, the question survives a restart.
    const feeItem = await secretary.openListed(list, /Phạm Thị Lan/, hasButtons);
    expect(
      feeItem.some(
        (message) =>
          message.photo !== undefined && message.caption === 'Ảnh biên lai đồng chí Phạm Thị Lan gửi kèm',
      ),
    ).toBe(true);
    expect(textOf(feeItem)).toContain('Số tiền khai: 20.000\u00a0₫');
    const ask = await secretary.press(feeItem.at(-1)!, '⚠️ Chưa khớp (ghi lý do)');
    expect(ask[0].text).toContain('Gửi lý do chưa xác nhận khoản đảng phí của đồng chí Phạm Thị Lan');
    const before = await recordCounts(db());
    const tooLong = await secretary.ask('x'.repeat(1500));
    expect(tooLong[0].text).toContain('quá dài (1.500 ký tự, tối đa 1.000)');
    expect(await recordCounts(db())).toEqual(before);
    expect((await db().feePayment.findUniqueOrThrow({ where: { id: fee.payment.id } })).status).toBe(
      'declared',
    );
    await harness.restart();
    const disputed = await secretary.ask('Chưa thấy tiền về tài khoản chi bộ.');
    expect(disputed[0].text).toContain('chưa xác nhận đảng phí của đồng chí Phạm Thị Lan cho tháng 11/2026');
    expect(await db().feePayment.findUniqueOrThrow({ where: { id: fee.payment.id } })).toMatchObject({
      status: 'disputed',
      disputeReason: 'Chưa thấy tiền về tài khoản chi bộ.',
      confirmedById: secretary.memberId,
    });
    expect(told(await lastNotification(lan.memberId), 'vi')).toContain(
      'Lý do: Chưa thấy tiền về tài khoản chi bộ.',
    );

    // 3. The review: read in full with the workplace's file, rated "good" with a comment.
    const reviewItem = await secretary.openListed(list, /Đỗ Văn Nam/, hasButtons);
    const reviewText = textOf(reviewItem);
    for (const text of Object.values(SECTIONS)) expect(reviewText).toContain(text);
    expect(reviewText).toContain('Công ty nhận xét: chăm chỉ, đúng giờ.');
    const forwarded = reviewItem.find((message) => message.document !== undefined)!;
    expect(secretary.bytesOf(forwarded).toString()).toBe('%PDF-1.4 signed comment');
    expect(forwarded.document?.file_name).toBe('nhan-xet-noi-lam-viec-do-van-nam-2026.pdf');
    const rateAsk = await secretary.press(reviewItem.at(-1)!, 'Hoàn thành tốt nhiệm vụ');
    expect(rateAsk[0].text).toContain('Xếp loại “Hoàn thành tốt nhiệm vụ” cho đồng chí Đỗ Văn Nam');
    const rated = await secretary.ask('Gương mẫu, giữ liên lạc đều đặn với chi bộ.');
    expect(rated[0].text).toContain('Đã xếp loại năm 2026 cho đồng chí Đỗ Văn Nam: Hoàn thành tốt nhiệm vụ');
    expect(await db().review.findUniqueOrThrow({ where: { id: review.review.id } })).toMatchObject({
      status: 'rated',
      cellRating: 'good',
      cellComment: 'Gương mẫu, giữ liên lạc đều đặn với chi bộ.',
      ratedById: secretary.memberId,
      ratedAt: NOW,
    });

    // 4. The leave request: marked contacted with a note; the member gets no message about the note.
    const requestItem = await secretary.openListed(list, /Vũ Thị Hoa/, hasButtons);
    expect(textOf(requestItem)).toContain('muốn xin ra khỏi Đảng');
    await secretary.press(requestItem.at(-1)!, '📞 Đã liên hệ (ghi chú)');
    const noted = await secretary.ask('Đã gọi điện, đồng chí đồng ý sinh hoạt trực tuyến.');
    expect(noted[0].text).toContain('Đã ghi nhận việc liên hệ với đồng chí Vũ Thị Hoa');
    expect(await db().request.findFirstOrThrow({ where: { memberId: hoa.id } })).toMatchObject({
      status: 'contacted',
      handledById: secretary.memberId,
      note: 'Đã gọi điện, đồng chí đồng ý sinh hoạt trực tuyến.',
    });
    expect(await db().notification.count({ where: { memberId: hoa.id } })).toBe(0);

    // Every step left a Decision row and an audit event by whoever took it: the cell's proposal and four decisions by
    // the secretary, the approval by the committee's officer.
    expect(await db().decision.count({ where: { decidedById: secretary.memberId } })).toBe(5);
    expect(await db().decision.count({ where: { decidedById: officer.memberId } })).toBe(1);
    const actions = (await db().auditEvent.findMany({ where: { actorId: secretary.memberId } })).map(
      (event) => event.action,
    );
    for (const action of [
      'absence.application.proposed',
      'fee.arrangement.approved',
      'fee.payment.disputed',
      'review.rated',
      'request.contacted',
    ]) {
      expect(actions).toContain(action);
    }

    // Nothing is left, and an old button decides nothing twice.
    const [empty] = await secretary.ask('/pending');
    expect(empty.text).toContain('Không có việc nào chờ chi bộ xử lý.');
    const counts = await recordCounts(db());
    const stale = await secretary.pressData(application.at(-1)!.message_id, `pd:approve:${filed.absence.id}`);
    expect(stale[0].text).toContain('Việc này đã được xử lý rồi');
    expect(await recordCounts(db())).toEqual(counts);
  });

  it('confirms a fee in one tap, and marks an absent member to be rated later, then rates them', async () => {
    const { records } = harness;
    const tuan = await createMember(db(), cell, { fullName: 'Hoàng Văn Tuấn', locale: 'en' });
    await db().member.update({
      where: { id: tuan.id },
      data: { recordedSince: new Date('2026-01-05T00:00:00Z') },
    });
    const fee = await records.fees.declare(tuan.id, {
      months: ['2026-10', '2026-11'],
      amountMinor: 40000,
      currency: 'VND',
      method: 'family',
      sourceKey: 'pending:tuan-fee',
      now: NOW,
    });
    const review = await records.reviews.submit(
      tuan.id,
      2026,
      { sections: SECTIONS },
      { sourceKey: 'pending:tuan-review', now: NOW },
    );
    if (fee.outcome !== 'declared' || review.outcome !== 'submitted') throw new Error('fixtures not written');

    const [list] = await secretary.ask('/pending');
    const feeItem = await secretary.openListed(list, /Khai đóng đảng phí · Hoàng Văn Tuấn/, hasButtons);
    const confirmed = await secretary.press(feeItem.at(-1)!, '✅ Xác nhận đã đóng');
    expect(confirmed[0].text).toContain(
      'Đã xác nhận đảng phí của đồng chí Hoàng Văn Tuấn cho tháng 10/2026, 11/2026',
    );
    expect(await db().feePayment.findUniqueOrThrow({ where: { id: fee.payment.id } })).toMatchObject({
      status: 'confirmed',
      confirmedById: secretary.memberId,
      confirmedAt: NOW,
    });
    expect(told(await lastNotification(tuan.id), 'en')).toBe(
      'The cell confirmed your party fee of ₫40,000 for October 2026, November 2026. Thank you.',
    );

    const reviewItem = await secretary.openListed(
      list,
      /Bản tự kiểm điểm năm 2026 · Hoàng Văn Tuấn/,
      hasButtons,
    );
    const later = await secretary.press(reviewItem.at(-1)!, 'Vắng họp, xếp loại sau');
    expect(later[0].text).toContain('vắng họp, sẽ xếp loại năm 2026 sau');
    expect((await db().review.findUniqueOrThrow({ where: { id: review.review.id } })).status).toBe(
      'absent_rate_later',
    );
    expect(told(await lastNotification(tuan.id), 'en')).toContain(
      'You were absent from the 2026 review meeting',
    );

    // The catch-up rating stays in /pending, without a second "rate later".
    const [again] = await secretary.ask('/pending');
    const catchUp = await secretary.openListed(again, /Xếp loại bù.* · Hoàng Văn Tuấn/, hasButtons);
    const labels = catchUp
      .at(-1)!
      .reply_markup!.inline_keyboard.flat()
      .map((button) => button.text);
    expect(labels).not.toContain('Vắng họp, xếp loại sau');
    await secretary.press(catchUp.at(-1)!, 'Hoàn thành nhiệm vụ');
    await secretary.ask('Xếp loại bù sau khi nhận bản kiểm điểm.');
    expect(await db().review.findUniqueOrThrow({ where: { id: review.review.id } })).toMatchObject({
      status: 'rated',
      cellRating: 'complete',
    });
  });

  it('asks again for an empty or whitespace reason, and /cancel leaves everything as it was', async () => {
    const thu = await createMember(db(), cell, { fullName: 'Trịnh Thị Thu' });
    const fee = await harness.records.fees.declare(thu.id, {
      months: ['2026-11'],
      amountMinor: 20000,
      currency: 'VND',
      method: 'in_person',
      sourceKey: 'pending:thu',
      now: NOW,
    });
    if (fee.outcome !== 'declared') throw new Error('fee not declared');
    const [list] = await secretary.ask('/pending');
    const item = await secretary.openListed(list, /Trịnh Thị Thu/, hasButtons);
    await secretary.press(item.at(-1)!, '⚠️ Chưa khớp (ghi lý do)');
    const before = await recordCounts(db());
    const blank = await secretary.ask('   ');
    expect(blank[0].text).toContain('Nội dung trống');
    const sticker = await secretary.send((userId) => harness.emulator.sendSticker(userId));
    expect(sticker.text).toContain('Hãy gửi nội dung bằng chữ');
    const cancelled = await secretary.ask('/cancel');
    expect(cancelled[0].text).toBe('Đã thôi. Không có gì thay đổi.');
    expect(await recordCounts(db())).toEqual(before);
    // After /cancel a text is an ordinary message again, not a reason.
    await secretary.ask('Chưa thấy tiền');
    expect((await db().feePayment.findUniqueOrThrow({ where: { id: fee.payment.id } })).status).toBe(
      'declared',
    );
  });
});
