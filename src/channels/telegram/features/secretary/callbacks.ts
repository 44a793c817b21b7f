// Callback data of the cell's buttons. Ids in them are only hints: every press is re-checked against the records.
import type { FeeArrangementKind, Rating } from '../../../../generated/prisma/client';
import type { PendingKind } from '../../../../records/pending';

const KIND_CODES: Record<PendingKind, string> = { application: 'a', fee: 'f', review: 'r', request: 'q' };
const RATING_CODES: Record<Rating, string> = { excellent: 'x', good: 'g', complete: 'c', incomplete: 'i' };

export const pendingData = {
  page: (page: number) => `pd:page:${page}`,
  open: (kind: PendingKind, id: number) => `pd:open:${KIND_CODES[kind]}:${id}`,
  approve: (absenceId: number) => `pd:approve:${absenceId}`,
  propose: (absenceId: number) => `pd:propose:${absenceId}`,
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
  decide: new RegExp(`^pd:(approve|propose|reject|confirm|dispute|later|contacted):${ID}$`),
  rate: new RegExp(`^pd:rate:([xgci]):${ID}$`),
  arrangement: new RegExp(`^pd:fee-(late|advance):${ID}$`),
};

export function pendingKindOf(code: string): PendingKind {
  return (Object.entries(KIND_CODES).find(([, value]) => value === code)?.[0] ?? 'request') as PendingKind;
}

export function ratingOf(code: string): Rating {
  return (Object.entries(RATING_CODES).find(([, value]) => value === code)?.[0] ?? 'complete') as Rating;
}

/** The deciding unit's officer on a proposed application: open it, approve, reject or ask the cell for more. */
export const officerData = {
  page: (page: number) => `od:page:${page}`,
  open: (absenceId: number) => `od:open:${absenceId}`,
  approve: (absenceId: number) => `od:approve:${absenceId}`,
  reject: (absenceId: number) => `od:reject:${absenceId}`,
  ask: (absenceId: number) => `od:ask:${absenceId}`,
};
export const OFFICER_PATTERNS = {
  page: /^od:page:(\d{1,4})$/,
  open: new RegExp(`^od:open:${ID}$`),
  decide: new RegExp(`^od:(approve|reject|ask):${ID}$`),
};

/** Member picked from an ambiguous name: /member, /invite, /unlink or /export, re-checked like any other id. */
export const memberPickData = (
  purpose: 'record' | 'invite' | 'review' | 'unlink' | 'exempt',
  memberId: number,
) => `mp:${purpose}:${memberId}`;
export const MEMBER_PICK_PATTERN = /^mp:(record|invite|review|unlink|exempt):(\d{1,10})$/;

/** /full_exemption's choice: record one for age or health, or end the running one. */
export const fullExemptionData = (choice: 'age' | 'health' | 'end', memberId: number) =>
  `fx:${choice}:${memberId}`;
export const FULL_EXEMPTION_PATTERN = /^fx:(age|health|end):(\d{1,10})$/;

/** /unlink's confirmation: the member and the connection asked about (a press after it changed is stale). */
export const unlinkData = {
  confirm: (memberId: number, connectionId: number) => `ul:yes:${memberId}:${connectionId}`,
  cancel: (memberId: number) => `ul:no:${memberId}`,
};
export const UNLINK_PATTERNS = {
  confirm: /^ul:yes:(\d{1,10}):(\d{1,10})$/,
  cancel: /^ul:no:(\d{1,10})$/,
};
