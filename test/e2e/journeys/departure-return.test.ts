// The departure wizard and the return through the Bot API emulator: recommendations, applications, contacts, return report.
import { startBotHarness, type BotHarness } from '../../support/bot-harness';
import { createCell, recordCounts, type TestCell } from '../../support/fixtures';
import { bindMember, buttons, expectDraft, keptBytes, type MemberChat } from '../../support/member-chat';

describe('departure (/away) and return (/back)', () => {
  let harness: BotHarness;
  let cell: TestCell;
  // 20 November 2026, 10:00 in Hà Nội.
  const now = new Date('2026-11-20T03:00:00Z');

  beforeAll(async () => {
    harness = await startBotHarness({ clock: () => now });
    cell = await createCell(harness.database.db);
    await harness.records.directory.importDirectory([
      {
        countryCode: 'KR',
        organisation: 'Đảng ủy ngoài nước (mẫu)',
        contact: 'lienhe@example.org',
        isExample: true,
      },
    ]);
  });
  afterAll(async () => {
    await harness.stop();
  });

  const absencesOf = (member: MemberChat) =>
    harness.database.db.absence.findMany({ where: { memberId: member.memberId }, orderBy: { id: 'asc' } });
  const statusOf = async (member: MemberChat) =>
    (await harness.database.db.member.findUniqueOrThrow({ where: { id: member.memberId } })).status;
  const day = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;

  it('recommends a temporary transfer for six months at a fixed place in Vietnam and files it', async () => {
    const member = await bindMember(harness, cell);
    const before = await recordCounts(harness.database.db);
    const destination = await member.say('/away');
    expect(destination.text).toContain('Khai báo đi làm xa (1/7)');
    const place = await member.tap(destination, 'Trong nước (tỉnh khác)');
    expect(place.text).toContain('Đồng chí đến tỉnh, thành phố nào');
    await member.say('KCN Mỹ Phước, Bến Cát, Bình Dương');
    const months = await member.say('01/12/2026');
    expect(months.text).toContain('bao nhiêu tháng');
    const work = await member.say('6');
    const organisation = await member.tap(work, 'Ở một chỗ cố định');
    const arrangement = await member.tap(organisation, 'Có');
    expect(arrangement.text).toContain(
      'Theo các câu trả lời, đồng chí nên xin chuyển sinh hoạt đảng tạm thời, vì đi từ 3 tháng đến dưới 12 tháng, ở một chỗ cố định có tổ chức đảng.',
    );
    expect(buttons(arrangement)).toEqual([
      'Chuyển sinh hoạt tạm thời (nên chọn)',
      'Đi ngắn ngày, không cần thủ tục',
      'Tạm miễn sinh hoạt',
      'Chuyển sinh hoạt chính thức',
    ]);
    const endsOn = await member.tap(arrangement, 'Chuyển sinh hoạt tạm thời (nên chọn)');
    expect(endsOn.text).toContain(
      'Đồng chí sinh hoạt tạm thời ở nơi đến cho tới ngày nào? Muộn nhất là 30/11/2027.',
    );
    expect(buttons(endsOn)).toEqual(['Dùng: 01/06/2027']);
    expect((await member.say('01/12/2027')).text).toContain('Ngày không được sau 30/11/2027.');
    expect((await member.say('31/11/2026')).text).toContain('Không có ngày 31/11/2026 trên lịch');
    const summary = await member.tap(await member.say('giữa năm sau'), 'Dùng: 01/06/2027');
    expect(summary.text).toBe(
      'Đề nghị đồng chí kiểm tra lại khai báo đi làm xa:\n\n' +
        'Nơi đến: Trong nước (tỉnh khác)\nNơi ở, làm việc: KCN Mỹ Phước, Bến Cát, Bình Dương\n' +
        'Ngày đi: 01/12/2026\nThời gian dự kiến (tháng): 6\nTính chất công việc: Ở một chỗ cố định\n' +
        'Có tổ chức đảng: Có\nHình thức: Chuyển sinh hoạt tạm thời (nên chọn)\nĐến ngày: 01/06/2027',
    );
    const ack = await member.tap(summary, '✅ Xác nhận');
    const [absence] = await absencesOf(member);
    expect(ack.text).toContain('Đã gửi đề nghị chuyển sinh hoạt đảng tạm thời tới chi bộ.');
    expect(ack.text).toContain(`Mã số: AWAY-${absence.id}. Khi về, gõ /back`);
    expect(absence).toMatchObject({
      kind: 'domestic',
      countryCode: 'VN',
      place: 'KCN Mỹ Phước, Bến Cát, Bình Dương',
      mobile: false,
      organisationThere: true,
      arrangement: 'temporary_transfer',
      applicationStatus: 'submitted',
      reason: null,
    });
    expect([day(absence.startsOn), day(absence.expectedEndOn)]).toEqual(['2026-12-01', '2027-06-01']);
    // Filed for 1 December, on 20 November: at home until then (DOMAIN rule 11); no status is written.
    expect(await statusOf(member)).toBe('active');
    expect(await harness.records.standing.standingOf(member.memberId, now)).toMatchObject({
      state: 'active',
      absence: null,
      upcomingAbsence: { startsOn: '2026-12-01', applicationStatus: 'submitted' },
    });
    expect(await recordCounts(harness.database.db)).toEqual({
      ...before,
      absences: before.absences + 1,
      audit: before.audit + 1,
    });
    // Not begun and not decided: /away offers to take it back rather than a second departure.
    expect((await member.say('/away')).text).toContain('Đồng chí đã có khai báo đi làm xa chưa đến ngày đi');
    await member.say('/cancel');
  });

  it('recommends an exemption for ten months in Korea, in English, with the overseas contacts and a time-zone hint', async () => {
    const member = await bindMember(harness, cell, { locale: 'en' });
    const destination = await member.say('/away');
    const country = await member.tap(destination, 'Abroad');
    expect((await member.say('Việt Nam')).text).toContain('Vietnam is not abroad');
    const place = await member.say('Hàn Quốc');
    expect(place.text).toContain('Which city or region of that country?');
    await member.say('Ansan, Gyeonggi');
    await member.say('2026-11-10');
    const work = await member.say('10');
    const organisation = await member.tap(work, 'One fixed place');
    const arrangement = await member.tap(organisation, "I don't know");
    expect(arrangement.text).toContain(
      'From your answers, you should apply for a temporary exemption from party activities, because you go abroad for under 12 months.',
    );
    expect(buttons(arrangement)).toEqual(['Temporary exemption (recommended)', 'Official transfer']);
    const reason = await member.tap(arrangement, 'Temporary exemption (recommended)');
    const endsOn = await member.say('Factory contract under the EPS scheme, night shifts');
    expect(endsOn.text).toContain('At the latest 9 Nov 2027.');
    const summary = await member.say('09/09/2027');
    expect(reason.text).toContain('Why are you applying');
    expect(summary.text).toContain('Country: South Korea');
    const ack = await member.tap(summary, '✅ Confirm');
    expect(ack.text).toContain('Your application for a temporary exemption is sent to the cell.');
    expect(ack.text).toContain(
      '• Đảng ủy ngoài nước (mẫu): lienhe@example.org (EXAMPLE ENTRY, not a real contact)',
    );
    expect(ack.text).toContain('where you are going uses Seoul time. Send /settings');
    const [absence] = await absencesOf(member);
    expect(absence).toMatchObject({
      kind: 'abroad',
      countryCode: 'KR',
      arrangement: 'temporary_exemption',
      applicationStatus: 'submitted',
      organisationThere: null,
      reason: 'Factory contract under the EPS scheme, night shifts',
    });
    expect([day(absence.startsOn), day(absence.expectedEndOn)]).toEqual(['2026-11-10', '2027-09-09']);
    expect(country.text).toContain('Which country?');
  });

  it('recommends an official transfer for two years in Japan and keeps the draft across a restart', async () => {
    const member = await bindMember(harness, cell);
    await member.say('/away');
    await member.say('2');
    await member.say('Nhật Bản');
    await member.say('Osaka');
    await member.say('15/01/2027');
    await expectDraft(harness.database.db, member.userId, { formId: 'away', stepId: 'months' });
    await harness.restart();
    await member.say('24');
    await member.say('1');
    const arrangement = await member.say('3');
    expect(arrangement.text).toContain(
      'xin chuyển sinh hoạt đảng chính thức, vì đi nước ngoài từ 12 tháng trở lên',
    );
    const summary = await member.say('1');
    expect(summary.text).toContain('Hình thức: Chuyển sinh hoạt chính thức (nên chọn)');
    expect(summary.text).not.toContain('Đến ngày');
    const ack = await member.tap(summary, '✅ Xác nhận');
    expect(ack.text).toContain('Danh bạ của cấp ủy chưa có tổ chức đảng ở nước này');
    const [absence] = await absencesOf(member);
    expect(absence).toMatchObject({ arrangement: 'official_transfer', countryCode: 'JP' });
    expect(day(absence.expectedEndOn)).toBe('2029-01-15');
  });

  it('ends the absence with a return report and the host organisation’s confirmed review', async () => {
    const member = await bindMember(harness, cell);
    const before = await recordCounts(harness.database.db);
    expect((await member.say('/back')).text).toContain('Chi bộ không có khai báo đi làm xa nào của đồng chí');
    await harness.records.absences.fileDeparture(member.memberId, {
      kind: 'domestic',
      place: 'Biên Hòa, Đồng Nai',
      countryCode: 'VN',
      mobile: false,
      organisationThere: true,
      startsOn: '2026-05-01',
      expectedEndOn: '2026-11-01',
      arrangement: 'temporary_transfer',
      reason: null,
      sourceKey: `departure-${member.memberId}`,
    });
    const returnedOn = await member.say('/back');
    expect(returnedOn.text).toContain('Báo cáo khi trở về (1/3)');
    expect(buttons(returnedOn)).toEqual(['Hôm nay (20/11/2026)']);
    const future = await member.say('25/11/2026');
    expect(future.text).toContain('Ngày không được sau 20/11/2026.');
    const report = await member.tap(future, 'Hôm nay (20/11/2026)');
    expect(report.text?.match(/gửi nhiều tin nhắn/gi)).toHaveLength(1);
    await member.say('Làm ở công ty may Đồng Nai 6 tháng, sinh hoạt ở chi bộ khu phố 3.');
    const collecting = await member.say('Đóng đảng phí đủ qua gia đình.');
    const hostReview = await member.tap(collecting, 'Xong');
    const { reply: summary, bytes } = await member.sendDocument('kiem-diem.pdf');
    expect(hostReview.text).toContain('bản tự kiểm điểm được tổ chức đảng');
    expect(summary.text).toContain(
      'Báo cáo: Làm ở công ty may Đồng Nai 6 tháng, sinh hoạt ở chi bộ khu phố 3.\nĐóng đảng phí đủ qua gia đình.',
    );
    const ack = await member.tap(summary, '✅ Xác nhận');
    expect(ack.text).toContain('Chào mừng đồng chí trở về!');
    expect(ack.text).toContain('trong vòng 15 ngày');
    const [absence] = await absencesOf(member);
    expect(absence).toMatchObject({
      returnReport:
        'Làm ở công ty may Đồng Nai 6 tháng, sinh hoạt ở chi bộ khu phố 3.\nĐóng đảng phí đủ qua gia đình.',
      returnReportStoredFileId: expect.any(Number),
      returnReportFileId: null,
    });
    expect(await keptBytes(harness, absence.returnReportStoredFileId)).toEqual(bytes);
    expect(day(absence.endedOn)).toBe('2026-11-20');
    expect(await statusOf(member)).toBe('active');
    expect(await recordCounts(harness.database.db)).toEqual({
      ...before,
      absences: before.absences + 1,
      audit: before.audit + 2,
    });
  });

  it('refuses a return dated before the departure at the summary and lets the member correct it', async () => {
    const member = await bindMember(harness, cell, { locale: 'en' });
    await harness.records.absences.fileDeparture(member.memberId, {
      kind: 'abroad',
      place: 'Taichung',
      countryCode: 'TW',
      mobile: false,
      organisationThere: false,
      startsOn: '2026-10-01',
      expectedEndOn: '2027-03-01',
      arrangement: 'temporary_exemption',
      reason: 'Contract work',
      sourceKey: `departure-${member.memberId}`,
    });
    await member.say('/back');
    await member.say('15/09/2026');
    await member.say('Back early: the factory closed and the contract ended.');
    await member.say('done');
    const summary = await member.say('skip');
    const refused = await member.tap(summary, '✅ Confirm');
    expect(refused.text).toContain('You cannot be back before you left. Please change the return date.');
    expect((await absencesOf(member))[0].endedOn).toBeNull();
    const menu = await member.tapInPlace(refused, '✏️ Edit');
    const date = await member.tap(menu, 'Back on');
    const fixed = await member.say('18/11/2026');
    await member.tap(fixed, '✅ Confirm');
    expect(day((await absencesOf(member))[0].endedOn)).toBe('2026-11-18');
    expect(date.text).toContain('On what date did you get home?');
  });
});
