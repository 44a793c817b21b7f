// The record book's per-member tables: roster (with standing), absences, and the member-by-month check-in and fee grids.
import type { Database } from '../../db/client';
import { majorUnits } from '../../domain/money';
import { isCoveredByArrangement, unpaidMonths } from '../../domain/fees';
import { calendarDateFromDb, monthsOfYear } from '../../domain/periods';
import type { Policy } from '../../domain/policy';
import { removalGround, type YearAbsences } from '../../domain/meetings';
import { memberStanding, type MemberFacts, type MemberStanding } from '../../domain/standing';
import { loadMemberFacts, loadMemberStates, monthOfDate } from '../member-facts';
import { absencesThisYear } from '../meetings';
import { perMemberRows, type BatchMember } from './member-batches';
import { dateCell, localTimeCell, type CellValue, type ExportTable, type TableContext } from './types';

const ids = (members: BatchMember[]) => members.map((member) => member.id);

/**
 * A cache of a pure rule over member facts: members with the same facts (most of a cell: at home, paid up) get
 * the same answer, worked out once per export rather than once per member.
 */
function memoized<Result>(rule: (facts: MemberFacts) => Result): (facts: MemberFacts) => Result {
  const cache = new Map<string, Result>();
  return (facts) => {
    const key = JSON.stringify(facts);
    let result = cache.get(key);
    if (result === undefined) {
      result = rule(facts);
      if (cache.size < 50_000) cache.set(key, result);
    }
    return result;
  };
}
const yesNo = (context: TableContext, value: boolean | null) =>
  context.t('lbl-yes-no', { value: value === null ? 'unknown' : value ? 'yes' : 'no' });

// Who the row is about, as the secretary files it; the cell's code is on the technical sheet with the other keys.
function identity(context: TableContext, member: BatchMember): CellValue[] {
  return [member.cardNumber, member.fullName, member.cell.name];
}

const IDENTITY_HEADERS = ['export-col-card', 'export-col-name', 'export-col-cell'];
const IDENTITY_WIDTHS = [14, 26, 28];

function headers(context: TableContext, keys: string[], extra: string[] = []): string[] {
  return [...[...IDENTITY_HEADERS, ...keys].map((key) => context.t(key)), ...extra];
}

export function rosterTable(db: Database, context: TableContext, policy: Policy): ExportTable {
  const columns = [
    'export-col-role',
    'export-col-status',
    'export-col-birth-year',
    'export-col-monthly-fee',
    'export-col-connected',
    'export-col-away-kind',
    'export-col-country',
    'export-col-arrangement',
    'export-col-application',
    'export-col-from',
    'export-col-until',
    'export-col-full-exemption',
    'export-col-full-exemption-from',
    'export-col-full-exemption-until',
    'export-col-checkin-this-month',
    'export-col-unpaid-count',
    'export-col-unpaid-months',
    'export-col-fee-stage',
    'export-col-review-status',
    'export-col-meeting-unexcused',
    'export-col-removal-review',
  ];
  return {
    id: 'roster',
    title: context.t('export-sheet-roster'),
    headers: headers(context, columns),
    widths: [
      ...IDENTITY_WIDTHS,
      14,
      22,
      8,
      12,
      10,
      12,
      20,
      20,
      14,
      12,
      12,
      18,
      12,
      12,
      14,
      10,
      24,
      22,
      16,
      12,
      40,
    ],
    rows: () => {
      const standingOf = memoized((facts: MemberFacts) => memberStanding(facts, policy, context.now));
      return perMemberRows(db, context, async (members) => {
        const [facts, meetings] = await Promise.all([
          loadMemberFacts(db, ids(members), context.now),
          absencesThisYear(db, ids(members), context.now, policy),
        ]);
        return members.map((member) => {
          const standing = standingOf(facts.get(member.id)!);
          // The absence in force, or else a departure filed for a later day (the state says "at home" until then).
          const absence = standing.absence ?? standing.upcomingAbsence;
          const exemption = standing.fullExemption;
          return [
            ...identity(context, member),
            context.t('lbl-role', { role: member.role }),
            context.t('lbl-member-state', { state: standing.state }),
            member.birthYear,
            member.monthlyFeeVnd,
            yesNo(context, member._count.identities > 0),
            absence ? context.t('lbl-absence-kind', { kind: absence.kind }) : '',
            absence?.countryCode ?? '',
            absence?.arrangement ? context.t('lbl-arrangement', { arrangement: absence.arrangement }) : '',
            absence ? context.t('lbl-application-status', { status: absence.applicationStatus }) : '',
            dateCell(absence?.startsOn),
            dateCell(absence?.expectedEndOn),
            exemption
              ? context.t('lbl-full-exemption-reason', { reason: exemption.reason ?? 'unknown' })
              : '',
            dateCell(exemption?.startsOn),
            dateCell(exemption?.endsOn),
            standing.checkIn.required ? yesNo(context, standing.checkIn.done) : '',
            standing.fees.unpaidCount,
            standing.fees.unpaidMonths.join(', '),
            context.t('lbl-fee-stage', { stage: standing.fees.stage }),
            context.t('lbl-review-standing', { status: standing.review.status }),
            meetings.get(member.id)!.unexcused,
            removalReviewCell(context, standing, meetings.get(member.id)!),
          ];
        });
      });
    },
  };
}

/** Why the member is eligible for removal review (either half of the ground), or blank. */
function removalReviewCell(context: TableContext, standing: MemberStanding, meetings: YearAbsences): string {
  const ground = removalGround(standing.fees.stage, meetings);
  return ground
    ? context.t('export-removal-review', {
        ground,
        unpaid: standing.fees.unpaidCount,
        absences: meetings.unexcused,
      })
    : '';
}

export function absencesTable(db: Database, context: TableContext): ExportTable {
  const columns = [
    'export-col-away-kind',
    'export-col-place',
    'export-col-country',
    'export-col-mobile',
    'export-col-organisation-there',
    'export-col-arrangement',
    'export-col-application',
    'export-col-from',
    'export-col-until',
    'export-col-ended',
    'export-col-reason',
    'export-col-decided-at',
    'export-col-decision-note',
    'export-col-return-report',
  ];
  return {
    id: 'absences',
    title: context.t('export-sheet-absences'),
    headers: headers(context, columns),
    widths: [...IDENTITY_WIDTHS, 12, 22, 8, 8, 10, 20, 14, 12, 12, 12, 30, 18, 30, 30],
    rows: () =>
      perMemberRows(db, context, async (members) => {
        const byId = new Map(members.map((member) => [member.id, member]));
        const absences = await db.absence.findMany({
          where: { memberId: { in: ids(members) } },
          orderBy: [{ memberId: 'asc' }, { startsOn: 'asc' }],
        });
        return absences.map((absence) => [
          ...identity(context, byId.get(absence.memberId)!),
          context.t('lbl-absence-kind', { kind: absence.kind }),
          absence.place ?? '',
          absence.countryCode,
          yesNo(context, absence.mobile),
          yesNo(context, absence.organisationThere),
          absence.arrangement ? context.t('lbl-arrangement', { arrangement: absence.arrangement }) : '',
          context.t('lbl-application-status', { status: absence.applicationStatus }),
          dateCell(calendarDateFromDb(absence.startsOn)),
          dateCell(absence.expectedEndOn && calendarDateFromDb(absence.expectedEndOn)),
          dateCell(absence.endedOn && calendarDateFromDb(absence.endedOn)),
          absence.reason ?? '',
          localTimeCell(absence.decidedAt, byId.get(absence.memberId)!.cell.timezone),
          absence.decisionNote ?? '',
          absence.returnReport ?? '',
        ]);
      }),
  };
}

export function checkInGridTable(db: Database, context: TableContext): ExportTable {
  const months = monthsOfYear(context.year);
  return {
    id: 'checkins',
    title: context.t('export-sheet-checkins', { year: String(context.year) }),
    headers: headers(context, ['export-col-status'], months),
    widths: [...IDENTITY_WIDTHS, 16, ...months.map(() => 12)],
    rows: () =>
      perMemberRows(db, context, async (members) => {
        const rows = await db.checkIn.findMany({
          where: {
            memberId: { in: ids(members) },
            month: {
              gte: new Date(Date.UTC(context.year, 0, 1)),
              lte: new Date(Date.UTC(context.year, 11, 1)),
            },
          },
          select: { memberId: true, month: true, place: true },
        });
        const checked = new Map(rows.map((row) => [`${row.memberId}:${monthOfDate(row.month)}`, row.place]));
        const states = await loadMemberStates(db, members, context.now);
        return members.map((member) => [
          ...identity(context, member),
          context.t('lbl-member-state', { state: states.get(member.id)!.state }),
          ...months.map((month) => {
            const place = checked.get(`${member.id}:${month}`);
            // A check-in without a place still counts: a mark, so the cell is never blank for a done month.
            return place === undefined ? '' : place || '✓';
          }),
        ]);
      }),
  };
}

/** "400 TWD; 12.5 USD": the year's totals in currencies other than VND, as the month cells write them. */
function otherCurrencies(byCurrency: Map<string, number> | undefined): string | null {
  const others = [...(byCurrency ?? new Map<string, number>())]
    .filter(([currency]) => currency !== 'VND')
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, total]) => `${majorUnits(Math.round(total), currency)} ${currency}`);
  return others.length > 0 ? others.join('; ') : null;
}

export function feeGridTable(db: Database, context: TableContext): ExportTable {
  const months = monthsOfYear(context.year);
  return {
    id: 'fees',
    title: context.t('export-sheet-fees', { year: String(context.year) }),
    headers: headers(
      context,
      ['export-col-monthly-fee'],
      [
        ...months,
        context.t('export-col-paid-total'),
        context.t('export-col-paid-total-other'),
        context.t('export-col-unpaid-count'),
      ],
    ),
    widths: [...IDENTITY_WIDTHS, 12, ...months.map(() => 11), 14, 18, 10],
    rows: () =>
      perMemberRows(db, context, async (members) => {
        // Flat rows straight from SQL: one per paid month, with its payment's share, so nothing nested is built.
        // Read side by side with the facts: two connections, half the wait.
        const [facts, payments] = await Promise.all([
          loadMemberFacts(db, ids(members), context.now),
          db.$queryRaw<
            Array<{ memberId: number; month: Date; share: number; currency: string; status: string }>
          >`
            SELECT f."memberId", f.month, p."amountMinor"::float8 / count(*) OVER (PARTITION BY p.id) AS share,
                   p.currency, p.status::text AS status
            FROM "FeePaymentMonth" f JOIN "FeePayment" p ON p.id = f."paymentId"
            WHERE f."memberId" = ANY (${ids(members)}::int[])`,
        ]);
        const cells = new Map<string, CellValue>();
        // The year's total per member and currency: VND in its own column, the others named beside it.
        const totals = new Map<number, Map<string, number>>();
        for (const payment of payments) {
          const month = monthOfDate(payment.month);
          const key = `${payment.memberId}:${month}`;
          if (payment.status === 'disputed') {
            if (!cells.has(key)) cells.set(key, context.t('lbl-fee-state', { state: 'disputed' }));
            continue;
          }
          // Amounts in VND are numbers a spreadsheet can add up; other currencies say which they are.
          const inVnd = payment.currency === 'VND';
          cells.set(
            key,
            inVnd
              ? Math.round(payment.share)
              : `${majorUnits(payment.share, payment.currency)} ${payment.currency}`,
          );
          if (month.startsWith(`${context.year}-`)) {
            const byCurrency = totals.get(payment.memberId) ?? new Map<string, number>();
            byCurrency.set(payment.currency, (byCurrency.get(payment.currency) ?? 0) + payment.share);
            totals.set(payment.memberId, byCurrency);
          }
        }
        const unpaidOf = memoized((memberFacts: MemberFacts) =>
          unpaidMonths({
            year: context.year,
            paidMonths: memberFacts.paidMonths,
            arrangements: memberFacts.feeArrangements,
            activeSince: memberFacts.activeSince,
            now: context.now,
            zone: memberFacts.zone,
          }),
        );
        return members.map((member) => {
          const memberFacts = facts.get(member.id)!;
          const unpaid = unpaidOf(memberFacts);
          return [
            ...identity(context, member),
            member.monthlyFeeVnd,
            ...months.map(
              (month) =>
                cells.get(`${member.id}:${month}`) ??
                (unpaid.includes(month)
                  ? 0
                  : isCoveredByArrangement(month, memberFacts.feeArrangements)
                    ? context.t('lbl-fee-state', { state: 'arrangement' })
                    : null),
            ),
            Math.round(totals.get(member.id)?.get('VND') ?? 0),
            otherCurrencies(totals.get(member.id)),
            unpaid.length,
          ];
        });
      }),
  };
}
