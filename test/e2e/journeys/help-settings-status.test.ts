// Asking the cell for help, the member's settings and "my standing", through the Bot API emulator.
import { startBotHarness, type BotHarness } from '../../support/bot-harness';
import { createCell, recordCounts, type TestCell } from '../../support/fixtures';
import { bindMember, buttons, expectDraft } from '../../support/member-chat';

describe('/help_me, /settings and /status', () => {
  let harness: BotHarness;
  let cell: TestCell;
  // 20 November 2026, 10:00 in Hà Nội.
  const now = new Date('2026-11-20T03:00:00Z');

  beforeAll(async () => {
    harness = await startBotHarness({ clock: () => now });
    cell = await createCell(harness.database.db);
  });
  afterAll(async () => {
    await harness.stop();
  });

  it('records "thinking of leaving" at once, in the member’s words, with one record per confirm', async () => {
    const member = await bindMember(harness, cell);
    const before = await recordCounts(harness.database.db);
    const kind = await member.say('/help_me');
    expect(buttons(kind)).toEqual(['Tôi đang gặp khó khăn', 'Tôi đang nghĩ đến việc xin ra khỏi Đảng']);
    const text = await member.tap(kind, 'Tôi đang nghĩ đến việc xin ra khỏi Đảng');
    expect(text.text).toContain('Chi bộ sẽ liên hệ để trao đổi trước khi làm bất cứ thủ tục nào.');
    await member.say('Làm ca đêm ở Hàn Quốc, không thể sinh hoạt.');
    const collecting = await member.say('Sợ bị xóa tên vì không đóng phí kịp.');
    const summary = await member.tap(collecting, 'Xong');
    const ack = await member.tap(summary, '✅ Xác nhận');
    const requests = await harness.database.db.request.findMany({ where: { memberId: member.memberId } });
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({
      kind: 'leave',
      status: 'open',
      text: 'Làm ca đêm ở Hàn Quốc, không thể sinh hoạt.\nSợ bị xóa tên vì không đóng phí kịp.',
    });
    expect(ack.text).toBe(
      `Đã ghi nhận, mã số REQ-${requests[0].id}. Bí thư chi bộ được báo ngay và sẽ liên hệ với đồng chí. Chưa có thủ tục nào được tiến hành; chi bộ muốn nghe đồng chí chia sẻ trước.`,
    );
    expect(await recordCounts(harness.database.db)).toEqual({
      ...before,
      requests: before.requests + 1,
      audit: before.audit + 1,
    });
  });

  it('asks for difficulties in English and refuses an empty or too short text', async () => {
    const member = await bindMember(harness, cell, { locale: 'en' });
    const kind = await member.say('/help_me');
    await member.tap(kind, 'I am having difficulties');
    const short = await member.say('ok');
    expect((await member.tap(short, 'Done')).text).toContain('That answer is too short (2 characters)');
    const collecting = await member.say('My employer keeps my passport.');
    const summary = await member.tap(collecting, 'Done');
    const ack = await member.tap(summary, '✅ Confirm');
    expect(ack.text).toMatch(
      /^Recorded, reference REQ-\d+\. The cell secretary has been alerted and will contact you\.$/,
    );
    const [request] = await harness.database.db.request.findMany({ where: { memberId: member.memberId } });
    expect(request).toMatchObject({ kind: 'difficulty', text: 'My employer keeps my passport.' });
  });

  it('changes language, time zone (suggested from the country) and reminder hours; the menu follows', async () => {
    const member = await bindMember(harness, cell);
    await harness.records.absences.fileDeparture(member.memberId, {
      kind: 'abroad',
      place: 'Ansan',
      countryCode: 'KR',
      mobile: false,
      organisationThere: false,
      startsOn: '2026-10-01',
      expectedEndOn: '2027-06-30',
      arrangement: 'temporary_exemption',
      reason: 'Lao động hợp đồng',
      sourceKey: `departure-${member.memberId}`,
    });
    const language = await member.say('/settings');
    expect(buttons(language)).toEqual(['Tiếng Việt', 'English']);
    const zone = await member.tap(language, 'English');
    expect(buttons(zone)).toEqual([
      'Việt Nam (bây giờ là 10:00)',
      'Seoul (bây giờ là 12:00)',
      'Múi giờ khác',
    ]);
    const hours = await member.tap(zone, 'Seoul (bây giờ là 12:00)');
    expect(buttons(hours)).toEqual([
      '8:00–21:00 (mặc định)',
      '6:00–9:00',
      '11:00–14:00',
      '18:00–22:00',
      'Khung giờ khác',
    ]);
    const from = await member.tap(hours, 'Khung giờ khác');
    expect((await member.say('25')).text).toContain('Số không được lớn hơn 22.');
    const to = await member.say('19');
    expect((await member.say('7')).text).toContain('Giờ kết thúc phải sau giờ bắt đầu.');
    const summary = await member.say('23');
    expect(summary.text).toContain('Ngôn ngữ: English\nMúi giờ: Seoul (bây giờ là 12:00)');
    expect(from.text).toContain('từ mấy giờ');
    expect(to.text).toContain('Đến mấy giờ');
    const after = harness.emulator.mark();
    const ack = await member.tap(summary, '✅ Xác nhận');
    expect(ack.text).toBe(
      'Đã lưu cài đặt. Múi giờ: Seoul (bây giờ là 12:00). Lời nhắc được gửi trong khoảng 19:00–23:00.',
    );
    const switched = await harness.emulator.waitForMessage(member.userId, {
      after,
      match: (m) => m.text === 'Language set to English.',
    });
    expect(switched.text).toBe('Language set to English.');
    expect(
      await harness.database.db.member.findUniqueOrThrow({
        where: { id: member.memberId },
        select: { locale: true, timezone: true, preferredHourFrom: true, preferredHourTo: true },
      }),
    ).toEqual({ locale: 'en', timezone: 'Asia/Seoul', preferredHourFrom: 19, preferredHourTo: 23 });
    const menu = harness.emulator.commands({ type: 'chat', chat_id: member.userId });
    expect(menu.find((entry) => entry.command === 'checkin')?.description).toBe('Monthly check-in');
    expect((await member.say('/help')).text).toContain('/help_me - Tell the cell about a difficulty');
  });

  it('asks a member bound on Telegram and Zalo which one reminders go to, and only such a member', async () => {
    const single = await bindMember(harness, cell);
    const language = await single.say('/settings');
    const zone = await single.tap(language, 'Tiếng Việt');
    const hours = await single.tap(zone, 'Việt Nam (bây giờ là 10:00)');
    const summary = await single.tap(hours, '8:00–21:00 (mặc định)');
    expect(summary.text).not.toContain('Nhận lời nhắc qua');
    await single.tap(summary, '✅ Xác nhận');

    const both = await bindMember(harness, cell);
    await harness.database.db.chatIdentity.create({
      data: { channel: 'zalo', externalId: `zalo-${both.userId}`, memberId: both.memberId, boundAt: now },
    });
    const language2 = await both.say('/settings');
    const zone2 = await both.tap(language2, 'Tiếng Việt');
    const hours2 = await both.tap(zone2, 'Việt Nam (bây giờ là 10:00)');
    const channel = await both.tap(hours2, '8:00–21:00 (mặc định)');
    expect(channel.text).toContain('Đồng chí muốn nhận lời nhắc và thông báo qua ứng dụng nào?');
    expect(buttons(channel)).toEqual(['Telegram', 'Zalo']);
    const summary2 = await both.tap(channel, 'Zalo');
    expect(summary2.text).toContain('Nhận lời nhắc qua: Zalo');
    await both.tap(summary2, '✅ Xác nhận');
    const stored = await harness.database.db.member.findMany({
      where: { id: { in: [single.memberId, both.memberId] } },
      select: { id: true, reminderChannel: true },
      orderBy: { id: 'asc' },
    });
    expect(stored.map((row) => row.reminderChannel)).toEqual([null, 'zalo']);
    const audit = await harness.database.db.auditEvent.findFirstOrThrow({
      where: { action: 'member.settings.changed', actorId: both.memberId },
    });
    expect(audit.after).toMatchObject({ reminderChannel: 'zalo' });
  });

  it('takes a typed city for "another time zone" and refuses one it cannot find', async () => {
    const member = await bindMember(harness, cell, { locale: 'en' });
    const before = await recordCounts(harness.database.db);
    const language = await member.say('/settings');
    const zone = await member.tap(language, 'English');
    const typed = await member.tap(zone, 'Another time zone');
    expect(typed.text).toContain('Type the city or country you are in');
    expect((await member.say('Atlantis')).text).toContain('That time zone was not found.');
    await expectDraft(harness.database.db, member.userId, { stepId: 'zoneTyped' });
    const hours = await member.say('prague');
    const summary = await member.tap(hours, '8:00–21:00 (default)');
    expect(summary.text).toContain('Time zone: prague');
    await member.tap(summary, '✅ Confirm');
    const stored = await harness.database.db.member.findUniqueOrThrow({ where: { id: member.memberId } });
    expect([stored.timezone, stored.preferredHourFrom, stored.preferredHourTo]).toEqual([
      'Europe/Prague',
      null,
      null,
    ]);
    expect(await recordCounts(harness.database.db)).toEqual({ ...before, audit: before.audit + 1 });
  });

  it('tells fee months paid (confirmed by the cell), declared (waiting for the cell) and unpaid apart', async () => {
    const member = await bindMember(harness, cell, { fullName: 'Trần Văn Bảy' });
    await harness.database.db.member.update({
      where: { id: member.memberId },
      data: { recordedSince: new Date('2026-08-01T00:00:00Z') },
    });
    const declare = (months: string[], key: string) =>
      harness.records.fees.declare(member.memberId, {
        months,
        amountMinor: 40000 * months.length,
        currency: 'VND',
        method: 'in_person',
        sourceKey: `${key}-${member.memberId}`,
        now,
      });
    const confirmed = await declare(['2026-08', '2026-09'], 'summer');
    if (confirmed.outcome !== 'declared') throw new Error(confirmed.outcome);
    await harness.database.db.feePayment.update({
      where: { id: confirmed.payment.id },
      data: { status: 'confirmed', confirmedAt: now },
    });
    const lines = async () => ((await member.say('/status')).text ?? '').split('\n');
    // Everything due is confirmed: only then "paid"; November is this month, not paid yet.
    await declare(['2026-10'], 'october');
    const waiting = await lines();
    expect(waiting.filter((line) => line.includes('Đảng phí'))).toEqual([
      '⏳ Đảng phí năm 2026: không còn tháng nào quá hạn chưa đóng; 1 tháng đồng chí đã báo đóng, đang chờ chi bộ xác nhận (10/2026).',
      '▫️ Đảng phí tháng 11/2026: chưa đóng; hạn 30/11/2026 23:59.',
    ]);
    expect(waiting.join('\n')).not.toContain('✅ Đảng phí');
    await harness.database.db.feePayment.updateMany({
      where: { memberId: member.memberId },
      data: { status: 'confirmed', confirmedAt: now },
    });
    expect((await lines()).filter((line) => line.includes('Đảng phí'))[0]).toBe(
      '✅ Đảng phí năm 2026: các tháng đến hạn đều đã đóng, chi bộ đã xác nhận.',
    );
  });

  it('tells a member whose stay abroad is on record without an arrangement what to apply for, and how', async () => {
    const member = await bindMember(harness, cell, { fullName: 'Lý Thị Chín' });
    // As the import writes it: the stay, without an application.
    await harness.database.db.absence.create({
      data: {
        memberId: member.memberId,
        kind: 'abroad',
        countryCode: 'CZ',
        startsOn: new Date('2026-06-01T00:00:00Z'),
        createdAt: now,
        updatedAt: now,
      },
    });
    const status = (await member.say('/status')).text ?? '';
    expect(status).toContain(
      '🌏 Đang ở nước ngoài từ 01/06/2026: chưa có đơn xin tạm miễn hay chuyển sinh hoạt.\n❗ Đợt đi này chưa có đơn. Ở nước ngoài, đồng chí cần xin tạm miễn sinh hoạt đảng, hoặc chuyển sinh hoạt đảng chính thức nếu ở lâu dài.',
    );
    expect(status).toContain('đồng chí gõ /help_me, nhắn bí thư chi bộ hình thức muốn xin và lý do');
    expect(status).not.toContain('chưa có hình thức');
    const away = await member.say('/away');
    expect(away.text).toContain(
      'chưa có đơn xin hình thức nào. Ở nước ngoài, đồng chí cần xin tạm miễn sinh hoạt đảng',
    );
    expect(away.text).toContain('Đề nghị đồng chí gõ /help_me');
    // /help_me is there to take it.
    expect(buttons(await member.say('/help_me'))).toContain('Tôi đang gặp khó khăn');
  });

  it('shows the standing: check-in due, unpaid months and the removal warning, the exemption and the next deadline', async () => {
    const member = await bindMember(harness, cell, { fullName: 'Hoàng Văn Tuấn', timezone: 'Asia/Taipei' });
    await harness.database.db.member.update({
      where: { id: member.memberId },
      data: { recordedSince: new Date('2026-07-05T00:00:00Z') },
    });
    await harness.records.fees.declare(member.memberId, {
      months: ['2026-07', '2026-08'],
      amountMinor: 40000,
      currency: 'VND',
      method: 'family',
      sourceKey: `paid-${member.memberId}`,
      now,
    });
    await harness.records.absences.fileDeparture(member.memberId, {
      kind: 'abroad',
      place: 'Đài Trung',
      countryCode: 'TW',
      mobile: false,
      organisationThere: false,
      startsOn: '2026-07-10',
      expectedEndOn: '2026-12-10',
      arrangement: 'temporary_exemption',
      reason: 'Hợp đồng lao động',
      sourceKey: `away-${member.memberId}`,
    });
    const status = await member.say('/status');
    expect(status.text).toBe(
      [
        'Tình hình của đồng chí Hoàng Văn Tuấn, lúc 20/11/2026 11:00 giờ Đài Bắc:',
        '',
        '⏳ Chưa báo cáo tháng 11/2026; hạn cuối 30/11/2026 23:59. Gõ /checkin.',
        '⚠️ Đã 3 tháng liền chưa báo cáo.',
        '⚠️ Đảng phí năm 2026: 2 tháng chưa đóng (09/2026, 10/2026). Thêm một tháng nữa là chi bộ có thể phải xem xét xóa tên; hãy đóng ngay bằng /fee.',
        '⏳ Đảng phí năm 2026: 2 tháng đồng chí đã báo đóng, đang chờ chi bộ xác nhận (07/2026, 08/2026).',
        '▫️ Đảng phí tháng 11/2026: chưa đóng; hạn 30/11/2026 23:59.',
        '🌏 Đang ở nước ngoài từ 10/07/2026: tạm miễn sinh hoạt (đang chờ chi bộ xét).',
        '▫️ Tạm miễn sinh hoạt đến 10/12/2026 (còn 20 ngày).',
        '⏳ Kiểm điểm năm 2026: chưa nộp; hạn 14/12/2026 23:59. Gõ /review.',
        '▫️ Họp chi bộ: chi bộ chưa lên lịch buổi họp tới.',
        '',
        'Hạn gần nhất: báo cáo hằng tháng, lúc 30/11/2026 23:59.',
      ].join('\n'),
    );
  });
});
