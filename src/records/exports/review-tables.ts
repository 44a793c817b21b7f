// The record book's reviews and ratings of a year, and its decision log.
import type { Database } from '../../db/client';
import { REVIEW_SECTIONS } from '../../domain/review';
import { loadMemberStates } from '../member-facts';
import { sectionsOf } from '../pending';
import { perMemberRows } from './member-batches';
import { BATCH_SIZE } from './member-batches';
import { localTimeCell, type CellValue, type ExportTable, type TableContext } from './types';

const IDENTITY = ['export-col-card', 'export-col-name', 'export-col-cell'];

export function reviewsTable(db: Database, context: TableContext): ExportTable {
  const columns = [
    ...IDENTITY,
    'export-col-year',
    'export-col-review-status',
    'export-col-submitted-at',
    'export-col-self-rating',
    'export-col-cell-rating',
    'export-col-cell-comment',
    'export-col-rated-by',
    'export-col-rated-at',
    'export-col-workplace-comment',
    'export-col-workplace-file',
  ];
  return {
    id: 'reviews',
    title: context.t('export-sheet-reviews', { year: String(context.year) }),
    headers: [
      ...columns.map((key) => context.t(key)),
      ...REVIEW_SECTIONS.map((section) => context.t(`form2c-section-${section}`)),
    ],
    widths: [14, 26, 28, 6, 18, 18, 24, 24, 40, 22, 18, 40, 10, 50, 50, 50, 50],
    rows: () =>
      perMemberRows(db, context, async (members) => {
        const reviews = await db.review.findMany({
          where: { memberId: { in: members.map((member) => member.id) }, year: context.year },
        });
        const byMember = new Map(reviews.map((review) => [review.memberId, review]));
        const raters = await db.member.findMany({
          where: { id: { in: reviews.flatMap((review) => (review.ratedById ? [review.ratedById] : [])) } },
          select: { id: true, fullName: true },
        });
        const raterName = new Map(raters.map((rater) => [rater.id, rater.fullName]));
        // Everyone in the cell's care is on the sheet (a member whose transfer begins later still is): "miễn đánh
        // giá" only for a full exemption in force; a temporary exemption while away is reviewed like anyone.
        const states = await loadMemberStates(db, members, context.now);
        return members
          .filter((member) => byMember.has(member.id) || states.get(member.id)!.inCare)
          .map((member): CellValue[] => {
            const review = byMember.get(member.id);
            const sections = review ? sectionsOf(review.sections) : undefined;
            return [
              member.cardNumber,
              member.fullName,
              member.cell.name,
              context.year,
              review
                ? context.t('lbl-review-status', { status: review.status })
                : context.t('lbl-review-status', {
                    status: states.get(member.id)!.fullExemption ? 'exempt' : 'missing',
                  }),
              localTimeCell(review?.submittedAt, member.cell.timezone),
              review?.selfRating ? context.t('lbl-rating', { rating: review.selfRating }) : '',
              review?.cellRating ? context.t('lbl-rating', { rating: review.cellRating }) : '',
              review?.cellComment ?? '',
              review?.ratedById ? (raterName.get(review.ratedById) ?? '') : '',
              localTimeCell(review?.ratedAt, member.cell.timezone),
              review?.workplaceCommentText ?? '',
              review?.workplaceCommentStoredFileId || review?.workplaceCommentFileId
                ? context.t('lbl-yes-no', { value: 'yes' })
                : '',
              ...REVIEW_SECTIONS.map((section) => sections?.[section] ?? ''),
            ];
          });
      }),
  };
}

export function decisionsTable(db: Database, context: TableContext): ExportTable {
  const columns = [
    'export-col-decided-at',
    'export-col-card',
    'export-col-name',
    'export-col-cell',
    'export-col-decision-kind',
    'export-col-decision-outcome',
    'export-col-reason',
    'export-col-decided-by',
  ];
  const unitFilter =
    context.scope.kind === 'cell'
      ? { unitId: context.scope.cellId }
      : { unit: { OR: [{ path: context.scope.path }, { path: { startsWith: `${context.scope.path}/` } }] } };
  return {
    id: 'decisions',
    title: context.t('export-sheet-decisions', { year: String(context.year) }),
    headers: columns.map((key) => context.t(key)),
    widths: [20, 14, 26, 28, 22, 20, 40, 26],
    rows: async function* () {
      let lastId = 0;
      for (;;) {
        const batch = await db.decision.findMany({
          where: {
            ...unitFilter,
            id: { gt: lastId },
            decidedAt: {
              gte: new Date(Date.UTC(context.year, 0, 1)),
              lt: new Date(Date.UTC(context.year + 1, 0, 1)),
            },
          },
          include: { unit: { select: { name: true, timezone: true } } },
          orderBy: { id: 'asc' },
          take: BATCH_SIZE,
        });
        if (batch.length === 0) return;
        const people = await db.member.findMany({
          where: {
            id: {
              in: batch
                .flatMap((row) => [row.memberId, row.decidedById])
                .filter((id): id is number => id !== null),
            },
          },
          select: { id: true, fullName: true, cardNumber: true },
        });
        const person = new Map(people.map((row) => [row.id, row]));
        yield batch.map((row) => [
          // In the zone of the unit that decided: the time its minutes and its paper book record.
          localTimeCell(row.decidedAt, row.unit.timezone),
          row.memberId ? (person.get(row.memberId)?.cardNumber ?? '') : '',
          row.memberId ? (person.get(row.memberId)?.fullName ?? '') : '',
          row.unit.name,
          context.t('lbl-decision-kind', { kind: row.kind }),
          context.t('lbl-decision-outcome', { outcome: row.outcome }),
          row.reason ?? '',
          row.decidedById ? (person.get(row.decidedById)?.fullName ?? '') : '',
        ]);
        lastId = batch.at(-1)!.id;
        if (batch.length < BATCH_SIZE) return;
      }
    },
  };
}
