// Callback data of the cell's buttons. Ids in them are only hints: every press is re-checked against the records.
import type { FeeArrangementKind, Rating } from '../../../../generated/prisma/client';
import type { PendingKind } from '../../../../records/pending';

const KIND_CODES: Record<PendingKind, string> = { application: 'a', fee: 'f', review: 'r', request: 'q' };
const RATING_CODES: Record<Rating, string> = { excellent: 'x', good: 'g', complete: 'c', incomplete: 'i' };

export const pendingData = {
  page: (page: number) => `pd:page:${page}`,
  open: (kind: PendingKind, id: number) => `pd:open:${KIND_CODES[kind]}:${id}`,
  approve: (absenceId: number) => `pd:approve:${absenceId}`,
  reject: (absenceId: number) => `pd:reject:${absenceId}`,
  confirm: (paymentId: number) => `pd:confirm:${paymentId}`,
  dispute: (paymentId: number) => `pd:dispute:${paymentId}`,
  rate: (rating: Rating, reviewId: number) => `pd:rate:${RATING_CODES[rating]}:${reviewId}`,
  later: (reviewId: number) => `pd:later:${reviewId}`,
  contacted: (requestId: number) => `pd:contacted:${requestId}`,
  arrangement: (kind: FeeArrangementKind, absenceId: number) => `pd:fee-${kind}:${absenceId}`,
};

// Ids are 1-10 digits: anything longer is forged and never reaches the database.
const ID = '(\\d{1,10})';
export const PENDING_PATTERNS = {
  page: /^pd:page:(\d{1,4})$/,
  open: new RegExp(`^pd:open:([afrq]):${ID}$`),
  decide: new RegExp(`^pd:(approve|reject|confirm|dispute|later|contacted):${ID}$`),
  rate: new RegExp(`^pd:rate:([xgci]):${ID}$`),
  arrangement: new RegExp(`^pd:fee-(late|advance):${ID}$`),
};

export function pendingKindOf(code: string): PendingKind {
  return (Object.entries(KIND_CODES).find(([, value]) => value === code)?.[0] ?? 'request') as PendingKind;
}

export function ratingOf(code: string): Rating {
  return (Object.entries(RATING_CODES).find(([, value]) => value === code)?.[0] ?? 'complete') as Rating;
}

/** Member picked from an ambiguous name: /member, /invite or /export, re-checked like any other id. */
export const memberPickData = (purpose: 'record' | 'invite' | 'review', memberId: number) =>
  `mp:${purpose}:${memberId}`;
export const MEMBER_PICK_PATTERN = /^mp:(record|invite|review):(\d{1,10})$/;
