// What the database holds of the members' submissions, read with plain SQL (the benchmark never asks the service):
// check-in revisions by the place typed, fee months by chat, requests by their text.
import { query } from './postgres';
import type { Submission } from './members';
import { chatOf } from './seed';

export interface HeldRecords {
  /** Check-in revisions: their check-in's id and the place typed. */
  checkIns: Array<{ checkInId: number; place: string | null; wantsCall: string | null }>;
  fees: Array<{ paymentId: number; chat: string; month: string }>;
  requests: Array<{ id: number; text: string }>;
}

export async function heldRecords(url: string): Promise<HeldRecords> {
  const [checkIns, fees, requests] = await Promise.all([
    query<{ checkInId: number; place: string | null; wantsCall: string | null }>(
      url,
      `SELECT "checkInId", answers->>'place' AS place, answers->>'wantsCall' AS "wantsCall" FROM "CheckInRevision"`,
    ),
    query<{ paymentId: number; chat: string; month: string }>(
      url,
      `SELECT m."paymentId", ci."externalId" AS chat, to_char(m.month, 'YYYY-MM') AS month
         FROM "FeePaymentMonth" m JOIN "ChatIdentity" ci ON ci."memberId" = m."memberId"`,
    ),
    query<{ id: number; text: string }>(url, `SELECT id, text FROM "Request"`),
  ]);
  return { checkIns, fees, requests };
}

/** The rows that hold this submission (by what only it typed), and whether its reference names one of them. */
export function rowsOf(
  submission: Submission,
  held: HeldRecords,
): { rows: number; referenceHeld: boolean | undefined; ids: number[] } {
  const reference = submission.ack?.reference;
  const id = reference ? Number(reference.split('-').at(-1)) : undefined;
  if (submission.form === 'checkin') {
    const rows = held.checkIns.filter((row) => row.place === submission.token);
    return {
      rows: rows.length,
      referenceHeld: id === undefined ? undefined : rows.some((r) => r.checkInId === id),
      ids: rows.map((r) => r.checkInId),
    };
  }
  if (submission.form === 'fee') {
    const chat = String(chatOf(submission.member));
    const rows = held.fees.filter((row) => row.chat === chat && row.month === submission.feeMonth);
    return {
      rows: rows.length,
      referenceHeld: id === undefined ? undefined : rows.some((r) => r.paymentId === id),
      ids: rows.map((r) => r.paymentId),
    };
  }
  const rows = held.requests.filter((row) => row.text.includes(submission.token));
  return {
    rows: rows.length,
    referenceHeld: id === undefined ? undefined : rows.some((r) => r.id === id),
    ids: rows.map((r) => r.id),
  };
}
