// Party-fee confirmation through the Bot API emulator: unpaid months suggested, amount, method, receipt, bad inputs.
import { startBotHarness, type BotHarness } from '../../support/bot-harness';
import { createCell, recordCounts, type TestCell } from '../../support/fixtures';
import { bindMember, buttons, expectDraft, keptBytes, type MemberChat } from '../../support/member-chat';

describe('fee confirmation (/fee)', () => {
  let harness: BotHarness;
  let cell: TestCell;
  // 20 November 2026: August is paid, September and October are unpaid past due, November is due.
  const now = new Date('2026-11-20T03:00:00Z');

  beforeAll(async () => {
    harness = await startBotHarness({ clock: () => now });
    cell = await createCell(harness.database.db);
  });
  afterAll(async () => {
    await harness.stop();
  });

  /** A member on the records since August who paid August. */
  async function memberSinceAugust(locale: 'vi' | 'en' = 'vi'): Promise<MemberChat> {
    const member = await bindMember(harness, cell, { locale });
    await harness.database.db.member.update({
      where: { id: member.memberId },
      data: { recordedSince: new Date('2026-08-10T00:00:00Z'), monthlyFeeVnd: 20000 },
    });
    await harness.records.fees.declare(member.memberId, {
      months: ['2026-08'],
      amountMinor: 20000,
      currency: 'VND',
      method: 'in_person',
      sourceKey: `august-${member.memberId}`,
      now: new Date('2026-08-20T03:00:00Z'),
    });
    return member;
  }

  const paymentsOf = (member: MemberChat) =>
    harness.database.db.feePayment.findMany({
      where: { memberId: member.memberId },
      include: { months: true },
      orderBy: { id: 'asc' },
    });
  const monthsOf = (payment: { months: Array<{ month: Date }> }) =>
    payment.months.map((row) => row.month.toISOString().slice(0, 7)).sort();

  it('suggests the unpaid months, pre-fills the expected amount and stores the declaration as confirmed', async () => {
    const member = await memberSinceAugust();
    const before = await recordCounts(harness.database.db);
    const months = await member.say('/fee');
    expect(months.text).toContain('Xác nhận đóng đảng phí (1/4)');
    expect(buttons(months)).toEqual(['09/2026', '10/2026', '11/2026', 'Xong']);
    const september = await member.tapInPlace(months, '09/2026');
    const both = await member.tapInPlace(september, '10/2026');
    expect(buttons(both)).toEqual(['✓ 09/2026', '✓ 10/2026', '11/2026', 'Xong']);
    const amount = await member.tap(both, 'Xong');
    expect(buttons(amount)).toEqual(['Đúng mức phải đóng: 40.000\u00a0₫']);
    const method = await member.tap(amount, 'Đúng mức phải đóng: 40.000\u00a0₫');
    expect(buttons(method)).toEqual([
      'Chuyển khoản',
      'Nhờ gia đình đóng hộ',
      'Đóng trực tiếp',
      'Cổng dịch vụ công quốc gia',
    ]);
    const receipt = await member.tap(method, 'Nhờ gia đình đóng hộ');
    const { reply: summary, bytes } = await member.sendPhoto('receipt');
    expect(receipt.text).toContain('biên lai');
    expect(summary.text).toBe(
      'Đề nghị đồng chí kiểm tra lại xác nhận đóng đảng phí:\n\n' +
        'Các tháng: 09/2026, 10/2026\nSố tiền: 40.000\u00a0₫\nCách đóng: Nhờ gia đình đóng hộ\nBiên lai: Đã nhận ảnh',
    );
    const ack = await member.tap(summary, '✅ Xác nhận');
    const [, payment] = await paymentsOf(member);
    expect(ack.text).toBe(
      `Đã ghi nhận đồng chí đóng đảng phí các tháng 09/2026, 10/2026. Mã số: FEE-${payment.id}. ` +
        'Khoản này ở trạng thái “đã khai báo” cho đến khi chi bộ xác nhận đã nhận tiền.',
    );
    expect(payment).toMatchObject({
      amountMinor: 40000,
      currency: 'VND',
      method: 'family',
      receiptStoredFileId: expect.any(Number),
      receiptFileId: null,
      status: 'declared',
    });
    expect(await keptBytes(harness, payment.receiptStoredFileId)).toEqual(bytes);
    expect(monthsOf(payment)).toEqual(['2026-09', '2026-10']);
    expect(await recordCounts(harness.database.db)).toEqual({
      ...before,
      fees: before.fees + 1,
      audit: before.audit + 1,
    });
    expect((await harness.records.fees.unpaidMonths(member.memberId, 2026, now)).length).toBe(0);
  });

  it('refuses "abc", negative and absurd amounts and a month too far ahead, in English; edits from the summary', async () => {
    const member = await memberSinceAugust('en');
    const months = await member.say('/fee');
    const ahead = await member.say('05/2027');
    expect(ahead.text).toContain('May 2027 cannot be chosen here');
    expect(ahead.text).toContain('September 2026, October 2026, November 2026');
    await expectDraft(harness.database.db, member.userId, { stepId: 'months', answers: {} });
    const amount = await member.say('11/2026');
    expect(amount.text).toContain('How much did you pay in total?');
    expect(buttons(amount)).toEqual(['The amount due: ₫20,000']);
    expect((await member.say('abc')).text).toContain('That is not an amount');
    expect((await member.say('-20000')).text).toContain('The amount cannot be negative.');
    expect((await member.say('0')).text).toContain('The amount must be more than zero.');
    expect((await member.say('999999999')).text).toContain('looks wrong');
    expect((await member.say('30000 BTC')).text).toContain('BTC');
    await expectDraft(harness.database.db, member.userId, {
      stepId: 'amount',
      answers: { months: ['2026-11'] },
    });
    const method = await member.say('25000 KRW');
    const receipt = await member.tap(method, 'Bank transfer');
    expect(receipt.text).toContain('Send a photo of the receipt');
    const sticker = await member.send((userId) => harness.emulator.sendSticker(userId));
    expect(sticker.text).toContain('needs a photo');
    const summary = await member.tap(sticker, 'Skip');
    expect(summary.text).toContain('Amount: ₩25,000\nMethod: Bank transfer\nReceipt: (skipped)');
    const menu = await member.tapInPlace(summary, '✏️ Edit');
    const editMethod = await member.tap(menu, 'Method');
    const back = await member.tap(editMethod, 'National public-service portal');
    expect(back.text).toContain('Method: National public-service portal');
    const ack = await member.tap(back, '✅ Confirm');
    expect(ack.text).toMatch(/^Your party fee for November 2026 is recorded\. Reference: FEE-\d+\./);
    const [, payment] = await paymentsOf(member);
    expect(payment).toMatchObject({
      amountMinor: 25000,
      currency: 'KRW',
      method: 'public_portal',
      receiptFileId: null,
    });
    expect(monthsOf(payment)).toEqual(['2026-11']);
    expect(months.text).toContain('Party-fee confirmation (1/4)');
  });

  it('says there is nothing to confirm when every month is declared, and writes nothing', async () => {
    const member = await memberSinceAugust();
    await harness.records.fees.declare(member.memberId, {
      months: ['2026-09', '2026-10', '2026-11'],
      amountMinor: 60000,
      currency: 'VND',
      method: 'bank_transfer',
      sourceKey: `rest-${member.memberId}`,
      now,
    });
    const before = await recordCounts(harness.database.db);
    const reply = await member.say('/fee');
    expect(reply.text).toContain('Đồng chí không còn tháng nào cần xác nhận đóng đảng phí');
    expect(await recordCounts(harness.database.db)).toEqual(before);
    await expectDraft(harness.database.db, member.userId, undefined);
  });

  it('ticks the only month on offer, and names months when none is chosen', async () => {
    const member = await memberSinceAugust();
    await harness.records.fees.declare(member.memberId, {
      months: ['2026-09', '2026-10'],
      amountMinor: 40000,
      currency: 'VND',
      method: 'bank_transfer',
      sourceKey: `autumn-${member.memberId}`,
      now,
    });
    const months = await member.say('/fee');
    expect(buttons(months)).toEqual(['✓ 11/2026', 'Xong']);
    const none = await member.tapInPlace(months, '✓ 11/2026');
    expect(buttons(none)).toEqual(['11/2026', 'Xong']);
    const refused = await member.tap(none, 'Xong');
    expect(refused.text).toContain('⚠️ Hãy chọn ít nhất 1 tháng.');
    const amount = await member.say('11/2026');
    expect(buttons(amount)).toEqual(['Đúng mức phải đóng: 20.000\u00a0₫']);
    await member.say('/cancel');
  });

  it('keeps a half-filled declaration across a restart, and a re-delivered confirm files it once', async () => {
    const member = await memberSinceAugust();
    await member.say('/fee');
    await member.say('1, 2');
    await expectDraft(harness.database.db, member.userId, {
      stepId: 'amount',
      answers: { months: ['2026-09', '2026-10'] },
    });
    await harness.restart();
    const method = await member.say('40.000');
    await member.say('1');
    const summary = await member.say('bỏ qua');
    expect(method.text).toContain('Đồng chí đóng bằng cách nào?');
    const press = harness.emulator.pressButtonWithText(member.userId, summary.message_id, '✅ Xác nhận');
    await harness.emulator.waitForCallbackAnswer(press.callback_query!.id);
    harness.emulator.injectUpdate(press);
    await member.say('/help');
    const payments = await paymentsOf(member);
    expect(payments).toHaveLength(2);
    expect(monthsOf(payments[1])).toEqual(['2026-09', '2026-10']);
    expect(payments[1]).toMatchObject({ amountMinor: 40000, method: 'bank_transfer' });
  });
});
