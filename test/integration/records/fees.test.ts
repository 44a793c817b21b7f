// Fee declarations: months checked against the rules, idempotent by source key, audited; unpaid counts per year.
import { monthToDb } from '../../../src/domain/periods';
import { createCell, createMember, recordCounts } from '../../support/fixtures';
import { auditOf, createRecordsHarness, recordedSince, type RecordsHarness } from './setup';

describe('FeeRecords', () => {
  let harness: RecordsHarness;
  beforeAll(async () => {
    harness = await createRecordsHarness();
  });
  afterAll(async () => {
    await harness.database.drop();
  });

  async function memberSinceJanuary(timezone = 'Asia/Seoul') {
    const member = await createMember(harness.db, await createCell(harness.db), { timezone });
    await recordedSince(harness.db, member.id, '2026-01-01T00:00:00Z');
    return member;
  }

  const payment = (months: string[], sourceKey: string) => ({
    months,
    amountMinor: 20000,
    currency: 'VND',
    method: 'family' as const,
    sourceKey,
    now: new Date('2026-04-10T03:00:00Z'),
  });

  it('declares a payment with its months, once per source key', async () => {
    const member = await memberSinceJanuary();
    const first = await harness.records.fees.declare(member.id, {
      ...payment(['2026-02', '2026-01'], 'fee:1'),
      receiptFileId: 'photo-1',
    });
    expect(first).toMatchObject({
      outcome: 'declared',
      duplicate: false,
      payment: {
        months: ['2026-01', '2026-02'],
        status: 'declared',
        receiptFileId: 'photo-1',
        amountMinor: 20000,
      },
    });
    const counts = await recordCounts(harness.db);
    expect(await harness.records.fees.declare(member.id, payment(['2026-02', '2026-01'], 'fee:1'))).toEqual({
      ...first,
      duplicate: true,
    });
    expect(await recordCounts(harness.db)).toEqual(counts);
    expect(await harness.db.feePaymentMonth.count({ where: { memberId: member.id } })).toBe(2);

    const paymentId = (first as { payment: { id: number } }).payment.id;
    const audit = await auditOf(harness.db, 'FeePayment', paymentId);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'fee.declared', actorId: member.id });
    expect(audit[0].after).toMatchObject({ months: ['2026-01', '2026-02'], currency: 'VND' });

    const now = new Date('2026-04-10T03:00:00Z');
    expect(await harness.records.fees.unpaidMonths(member.id, 2026, now)).toEqual(['2026-03']);
    expect(await harness.records.fees.payableMonths(member.id, now)).toEqual(['2026-03', '2026-04']);
  });

  it('refuses months too far ahead, already paid or malformed, writing nothing', async () => {
    const member = await memberSinceJanuary();
    await harness.records.fees.declare(member.id, payment(['2026-01'], 'fee:2'));
    const counts = await recordCounts(harness.db);
    expect(await harness.records.fees.declare(member.id, payment(['2026-04', '2026-05'], 'fee:3'))).toEqual({
      outcome: 'refused',
      reason: 'month-not-payable',
      months: ['2026-05'],
    });
    expect(await harness.records.fees.declare(member.id, payment(['2026-01', '2026-02'], 'fee:4'))).toEqual({
      outcome: 'refused',
      reason: 'month-already-paid',
      months: ['2026-01'],
    });
    expect(await harness.records.fees.declare(member.id, payment(['2026-4'], 'fee:5'))).toMatchObject({
      reason: 'invalid-month',
    });
    expect(await harness.records.fees.declare(member.id, payment([], 'fee:6'))).toMatchObject({
      reason: 'no-months',
    });
    expect(
      await harness.records.fees.declare(member.id, { ...payment(['2026-02'], 'fee:7'), amountMinor: 0 }),
    ).toMatchObject({ reason: 'invalid-amount' });
    expect(await recordCounts(harness.db)).toEqual(counts);
  });

  it('accepts months ahead inside an approved advance arrangement, and not past its end', async () => {
    const member = await memberSinceJanuary('Asia/Tokyo');
    await harness.db.feeArrangement.create({
      data: {
        memberId: member.id,
        kind: 'advance',
        firstMonth: monthToDb('2026-04'),
        lastMonth: monthToDb('2026-06'),
        decidedAt: new Date('2026-03-01T00:00:00Z'),
      },
    });
    expect(
      await harness.records.fees.declare(member.id, payment(['2026-04', '2026-05', '2026-06'], 'adv:1')),
    ).toMatchObject({ outcome: 'declared' });
    expect(await harness.records.fees.declare(member.id, payment(['2026-07'], 'adv:2'))).toMatchObject({
      outcome: 'refused',
      reason: 'month-not-payable',
    });
  });

  it('does not count a disputed payment, and counts from when the records began', async () => {
    const member = await memberSinceJanuary('Europe/Prague');
    const declared = await harness.records.fees.declare(member.id, payment(['2026-01', '2026-02'], 'dis:1'));
    await harness.db.feePayment.update({
      where: { id: (declared as { payment: { id: number } }).payment.id },
      data: { status: 'disputed' },
    });
    const now = new Date('2026-04-10T03:00:00Z');
    expect(await harness.records.fees.unpaidMonths(member.id, 2026, now)).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
    ]);
    expect(await harness.records.fees.payableMonths(member.id, now)).toContain('2026-01');

    const imported = await createMember(harness.db, await createCell(harness.db), { timezone: 'Asia/Seoul' });
    await recordedSince(harness.db, imported.id, '2026-03-15T00:00:00Z');
    expect(await harness.records.fees.unpaidMonths(imported.id, 2026, now)).toEqual(['2026-03']);
  });
});
