// MemberFeeYear, the per-member, per-year masks of fee months the database keeps by trigger for the statistics.
import { createCell, createMember } from '../../support/fixtures';
import { createRecordsHarness, recordedSince, type RecordsHarness } from './setup';

const bits = (...months: number[]) => months.reduce((mask, month) => mask | (1 << (month - 1)), 0);

describe('MemberFeeYear masks', () => {
  let harness: RecordsHarness;
  beforeAll(async () => {
    harness = await createRecordsHarness();
  });
  afterAll(async () => {
    await harness.database.drop();
  });

  const masksOf = (memberId: number) =>
    harness.db.memberFeeYear.findMany({
      where: { memberId },
      select: { year: true, paidMask: true, anyMask: true },
      orderBy: { year: 'asc' },
    });

  async function declare(
    memberId: number,
    months: string[],
    sourceKey: string,
    now = '2026-12-10T03:00:00Z',
  ) {
    const result = await harness.records.fees.declare(memberId, {
      months,
      amountMinor: 20000 * months.length,
      currency: 'VND',
      method: 'family',
      sourceKey,
      now: new Date(now),
    });
    if (result.outcome !== 'declared') throw new Error(`not declared: ${JSON.stringify(result)}`);
    return result.payment;
  }

  it('follows declarations across years, disputes and their resolution, and deleted payments', async () => {
    const member = await createMember(harness.db, await createCell(harness.db));
    await recordedSince(harness.db, member.id, '2026-09-01T00:00:00Z');
    const autumn = await declare(member.id, ['2026-09', '2026-10'], 'a');
    const winter = await declare(member.id, ['2026-12'], 'b');
    const january = await declare(member.id, ['2027-01'], 'b2', '2027-01-20T03:00:00Z');
    expect(await masksOf(member.id)).toEqual([
      { year: 2026, paidMask: bits(9, 10, 12), anyMask: bits(9, 10, 12) },
      { year: 2027, paidMask: bits(1), anyMask: bits(1) },
    ]);

    await harness.db.feePayment.update({ where: { id: autumn.id }, data: { status: 'disputed' } });
    expect((await masksOf(member.id))[0]).toEqual({
      year: 2026,
      paidMask: bits(12),
      anyMask: bits(9, 10, 12),
    });
    await harness.db.feePayment.update({ where: { id: autumn.id }, data: { status: 'confirmed' } });
    expect((await masksOf(member.id))[0].paidMask).toBe(bits(9, 10, 12));

    await harness.db.feePayment.deleteMany({ where: { id: { in: [winter.id, january.id] } } });
    expect(await masksOf(member.id)).toEqual([{ year: 2026, paidMask: bits(9, 10), anyMask: bits(9, 10) }]);
  });

  it('counts a month paid again after a dispute as paid, and a bulk insert refreshes every member once', async () => {
    const cell = await createCell(harness.db);
    const first = await createMember(harness.db, cell);
    await recordedSince(harness.db, first.id, '2026-01-01T00:00:00Z');
    const disputed = await declare(first.id, ['2026-03'], 'c');
    await harness.db.feePayment.update({ where: { id: disputed.id }, data: { status: 'disputed' } });
    await declare(first.id, ['2026-03'], 'd');
    expect(await masksOf(first.id)).toEqual([{ year: 2026, paidMask: bits(3), anyMask: bits(3) }]);

    const others = await Promise.all([createMember(harness.db, cell), createMember(harness.db, cell)]);
    await harness.db.$executeRaw`
      WITH payments AS (
        INSERT INTO "FeePayment" ("memberId", "amountMinor", method, status, "declaredAt")
        SELECT id, 60000, 'in_person', 'confirmed', '2026-07-01' FROM "Member"
        WHERE id = ANY (${others.map((m) => m.id)}::int[])
        RETURNING id, "memberId")
      INSERT INTO "FeePaymentMonth" ("paymentId", "memberId", month)
      SELECT p.id, p."memberId", make_date(2026, g, 1) FROM payments p CROSS JOIN generate_series(4, 6) g`;
    for (const other of others)
      expect(await masksOf(other.id)).toEqual([
        { year: 2026, paidMask: bits(4, 5, 6), anyMask: bits(4, 5, 6) },
      ]);
  });
});
