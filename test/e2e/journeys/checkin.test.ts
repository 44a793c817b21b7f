// The monthly check-in through the Bot API emulator: first check-in, revision, "same as last month", bad inputs.
import { startBotHarness, type BotHarness } from '../../support/bot-harness';
import { createCell, createMember, recordCounts, type TestCell } from '../../support/fixtures';
import { bindMember, buttons, expectDraft, keptBytes, type MemberChat } from '../../support/member-chat';

describe('monthly check-in (/checkin)', () => {
  let harness: BotHarness;
  let cell: TestCell;
  let secretaryId: number;
  // 20 November 2026, 10:00 in Hà Nội, 12:00 in Seoul.
  const now = new Date('2026-11-20T03:00:00Z');

  beforeAll(async () => {
    harness = await startBotHarness({ clock: () => now });
    cell = await createCell(harness.database.db);
    secretaryId = (
      await createMember(harness.database.db, cell, { role: 'secretary', fullName: 'Bí Thư Thử' })
    ).id;
  });
  afterAll(async () => {
    await harness.stop();
  });

  const checkInsOf = (member: MemberChat) =>
    harness.database.db.checkIn.findMany({
      where: { memberId: member.memberId },
      include: { revisions: true },
    });
  /** The messages queued for the secretary about this member's calls. */
  const callAlertsFor = async (member: MemberChat) => {
    const rows = await harness.database.db.notification.findMany({
      where: { memberId: secretaryId, kind: 'message', key: { startsWith: 'checkin-call:' } },
    });
    return rows.filter((row) => (row.payload as { args: { name: string } }).args.name === member.fullName);
  };
  const draftOf = (member: MemberChat, expected: object | undefined) =>
    expectDraft(harness.database.db, member.userId, expected);

  it('records a first check-in answered with buttons, text and a photo, exactly as confirmed', async () => {
    const member = await bindMember(harness, cell, { fullName: 'Ngô Hùng Trung' });
    const before = await recordCounts(harness.database.db);
    const place = await member.say('/checkin');
    expect(place.text).toContain('Báo cáo hằng tháng (1/6)\nTháng này đồng chí đang ở đâu?');
    expect(place.text).toContain('Gõ /cancel bất cứ lúc nào để dừng');
    expect(buttons(place)).toEqual([]);
    const work = await member.say('Thủ Dầu Một, Bình Dương');
    expect(buttons(work)).toEqual(['Bỏ qua']);
    const health = await member.tap(work, 'Bỏ qua');
    expect(buttons(health)).toEqual(['Tốt', 'Bình thường', 'Không tốt']);
    const difficulty = await member.tap(health, 'Bình thường');
    const details = await member.tap(difficulty, 'Việc làm');
    expect(details.text).toContain('(5/7)');
    const call = await member.say('Xưởng giảm ca, thu nhập giảm một nửa');
    const photo = await member.tap(call, 'Có');
    const { reply: summary, bytes } = await member.sendPhoto('workplace');
    expect(summary.text).toBe(
      'Đề nghị đồng chí kiểm tra lại báo cáo hằng tháng:\n\n' +
        'Nơi ở: Thủ Dầu Một, Bình Dương\nCông việc: (bỏ qua)\nSức khỏe: Bình thường\nKhó khăn: Việc làm\n' +
        'Chi tiết khó khăn: Xưởng giảm ca, thu nhập giảm một nửa\nMuốn bí thư gọi: Có\nẢnh: Đã nhận ảnh',
    );
    expect(photo.text).toContain('Không bắt buộc');
    expect(await recordCounts(harness.database.db)).toEqual(before);

    const ack = await member.tap(summary, '✅ Xác nhận');
    const [checkIn] = await checkInsOf(member);
    expect(ack.text).toBe(
      `Đã ghi nhận báo cáo tháng 11/2026 của đồng chí. Mã số: CI-202611-${checkIn.id}. Bí thư chi bộ sẽ gọi điện cho đồng chí.`,
    );
    expect(checkIn).toMatchObject({
      place: 'Thủ Dầu Một, Bình Dương',
      revision: 1,
      answers: {
        place: 'Thủ Dầu Một, Bình Dương',
        work: null,
        health: 'fair',
        difficulty: 'work',
        difficultyDetails: 'Xưởng giảm ca, thu nhập giảm một nửa',
        wantsCall: true,
        photo: { storedFileId: expect.any(Number), fileType: 'photo', mimeType: 'image/jpeg' },
      },
    });
    expect(checkIn.month.toISOString().slice(0, 10)).toBe('2026-11-01');
    const photoAnswer = (checkIn.answers as { photo: { storedFileId: number } }).photo;
    expect(await keptBytes(harness, photoAnswer.storedFileId)).toEqual(bytes);
    expect(checkIn.revisions).toHaveLength(1);
    const [alert] = await callAlertsFor(member);
    expect(alert).toMatchObject({
      key: `checkin-call:${checkIn.revisions[0].id}:${secretaryId}`,
      status: 'pending',
      payload: {
        key: 'checkin-call-requested',
        args: {
          month: '11/2026',
          place: 'Thủ Dầu Một, Bình Dương',
          difficulty: 'work',
          details: 'Xưởng giảm ca, thu nhập giảm một nửa',
        },
      },
    });
    expect(await recordCounts(harness.database.db)).toEqual({
      ...before,
      checkIns: before.checkIns + 1,
      audit: before.audit + 1,
    });
    await draftOf(member, undefined);
  });

  it('revises the month in English, keeping the earlier version, with "still in" and "keep" one-taps', async () => {
    const member = await bindMember(harness, cell, { locale: 'en', timezone: 'Asia/Seoul' });
    const first = await member.say('/checkin');
    await member.say('Suwon, Gyeonggi');
    const health = await member.say('Samsung supplier, line worker');
    const difficulty = await member.tap(health, 'Good');
    const call = await member.tap(difficulty, 'None');
    expect(call.text).toContain('(5/6)\nWould you like the cell secretary to call you?');
    const photo = await member.tap(call, 'No');
    const summary = await member.tap(photo, 'Skip');
    expect(first.text).toContain('Monthly check-in (1/6)');
    const ack = await member.tap(summary, '✅ Confirm');
    expect(ack.text).toMatch(/^Your check-in for November 2026 is recorded\. Reference: CI-202611-\d+\.$/);

    const place = await member.say('/checkin');
    expect(buttons(place)).toEqual(['Still in: Suwon, Gyeonggi']);
    const work = await member.tap(place, 'Still in: Suwon, Gyeonggi');
    expect(buttons(work)).toEqual(['Keep: Samsung supplier, line worker', 'Skip']);
    const health2 = await member.say('Moved to a farm in Icheon');
    const difficulty2 = await member.tap(health2, 'Not good');
    const details = await member.tap(difficulty2, 'Health');
    const call2 = await member.say('Back pain from lifting');
    const photo2 = await member.tap(call2, 'Yes');
    const summary2 = await member.tap(photo2, 'Skip');
    const ack2 = await member.tap(summary2, '✅ Confirm');
    expect(details.text).toContain('Tell us more');
    expect(ack2.text).toMatch(
      /^Your check-in for November 2026 is updated \(version 2\); the earlier one is kept\. Reference: CI-202611-\d+\. The cell secretary will call you\.$/,
    );
    const [checkIn] = await checkInsOf(member);
    expect(checkIn.revision).toBe(2);
    // Version 1 asked for no call, version 2 did: the secretary hears of it once.
    expect(await callAlertsFor(member)).toHaveLength(1);
    expect(checkIn.answers).toMatchObject({
      work: 'Moved to a farm in Icheon',
      health: 'poor',
      wantsCall: true,
    });
    expect(checkIn.revisions.map((revision) => (revision.answers as { work: string }).work).sort()).toEqual([
      'Moved to a farm in Icheon',
      'Samsung supplier, line worker',
    ]);
  });

  it('offers "same as last month" from October’s check-in, and keeps a draft across a restart', async () => {
    const member = await bindMember(harness, cell);
    await harness.records.checkIns.submit(
      member.memberId,
      { place: 'Biên Hòa, Đồng Nai' },
      { sourceKey: `october-${member.memberId}`, now: new Date('2026-10-15T03:00:00Z') },
    );
    const place = await member.say('/checkin');
    expect(buttons(place)).toEqual(['Vẫn ở: Biên Hòa, Đồng Nai']);
    const work = await member.tap(place, 'Vẫn ở: Biên Hòa, Đồng Nai');
    const health = await member.tap(work, 'Bỏ qua');
    await draftOf(member, { formId: 'checkin', stepId: 'health', answers: { place: 'Biên Hòa, Đồng Nai' } });
    await harness.restart();
    const difficulty = await member.say('1');
    expect(difficulty.text).toContain('Đồng chí có đang gặp khó khăn gì không?');
    expect(health.message_id).toBeLessThan(difficulty.message_id);
    const call = await member.say('1');
    const photo = await member.say('không');
    const summary = await member.say('bỏ qua');
    await member.tap(summary, '✅ Xác nhận');
    const rows = await checkInsOf(member);
    expect(rows.map((row) => [row.month.toISOString().slice(0, 7), row.place])).toEqual(
      expect.arrayContaining([
        ['2026-10', 'Biên Hòa, Đồng Nai'],
        ['2026-11', 'Biên Hòa, Đồng Nai'],
      ]),
    );
    expect(call.text).toContain('gọi điện');
    expect(photo.text).toContain('ảnh');
  });

  it('refuses a sticker for the photo, 5,000 characters, and buttons of old or other members’ messages', async () => {
    const member = await bindMember(harness, cell);
    const other = await bindMember(harness, cell);
    const before = await recordCounts(harness.database.db);
    const place = await member.say('/checkin');
    const long = await member.say('x'.repeat(5000));
    expect(long.text).toBe(
      'Tin nhắn quá dài (5.000 ký tự). Mỗi tin nhắn tối đa 4.096 ký tự; hãy chia thành nhiều tin.',
    );
    expect((await member.say('y'.repeat(300))).text).toContain('Câu trả lời quá dài (300 ký tự)');
    const work = await member.say('Hà Nội');
    const health = await member.tap(work, 'Bỏ qua');
    const difficulty = await member.tap(health, 'Tốt');
    // The health buttons are now an earlier question's: pressing one shows where the form is now and answers
    // nothing; another member's press on this chat is refused.
    const healthData = health.reply_markup!.inline_keyboard[0][0];
    const data = 'callback_data' in healthData ? healthData.callback_data : '';
    const back = await member.send((userId) => harness.emulator.pressButton(userId, health.message_id, data));
    expect(back.text).toContain(
      'Nút đó thuộc một câu hỏi trước trong báo cáo hằng tháng. Câu hỏi hiện tại của đồng chí:',
    );
    expect(back.text).toContain('Đồng chí có đang gặp khó khăn gì không?');
    const pick = difficulty.reply_markup!.inline_keyboard[0][0];
    const forged = await other.pressRaw(
      difficulty.message_id,
      'callback_data' in pick ? pick.callback_data : '',
      member.userId,
    );
    expect(forged.text).toContain('tin nhắn cũ');
    const call = await member.tap(back, 'Không có');
    const photo = await member.tap(call, 'Không');
    const sticker = await member.send((userId) => harness.emulator.sendSticker(userId));
    expect(sticker.text).toContain('Câu hỏi này cần một ảnh');
    expect((await member.say('đây là ảnh')).text).toContain('cần một ảnh');
    await draftOf(member, {
      stepId: 'photo',
      answers: { place: 'Hà Nội', health: 'good', difficulty: 'none' },
    });
    expect((await member.say('/cancel')).text).toBe('Đã hủy báo cáo hằng tháng. Không có gì được lưu.');
    expect(place.text).toContain('(1/6)');
    expect(photo.text).toContain('ảnh');
    expect(await recordCounts(harness.database.db)).toEqual(before);
    await draftOf(other, undefined);
  });

  it('files one check-in for a double tap on Confirm', async () => {
    const member = await bindMember(harness, cell);
    await member.say('/checkin');
    await member.say('Hải Phòng');
    await member.say('bỏ qua');
    await member.say('1');
    await member.say('1');
    await member.say('không');
    const summary = await member.say('bỏ qua');
    const { emulator } = harness;
    const first = emulator.pressButtonWithText(member.userId, summary.message_id, '✅ Xác nhận');
    const second = emulator.pressButtonWithText(member.userId, summary.message_id, '✅ Xác nhận');
    await emulator.waitForCallbackAnswer(first.callback_query!.id);
    expect((await emulator.waitForCallbackAnswer(second.callback_query!.id)).text).toContain('tin nhắn cũ');
    emulator.injectUpdate(first);
    await member.say('/help');
    const rows = await checkInsOf(member);
    expect(rows).toHaveLength(1);
    expect(rows[0].revisions).toHaveLength(1);
  });
});
