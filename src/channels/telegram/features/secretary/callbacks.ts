// Button data of the cell's Telegram screens not yet channel-neutral, written and read by the one codec of
// src/channels/desk/actions.ts. Ids in them are only hints: every press is re-checked against the records.
import type { FeeArrangementKind } from '../../../../generated/prisma/client';
import {
  decodeDeskActionOf,
  deskActionPattern,
  encodeDeskAction,
  type FullExemptionChoice,
  type MemberPickPurpose,
} from '../../../desk/actions';
import type { BotContext } from '../../context';

/** Member picked from an ambiguous name: /member, /invite, /unlink or /export. */
export const memberPickData = (purpose: MemberPickPurpose, memberId: number) =>
  encodeDeskAction({ type: 'member-pick', purpose, memberId });
export const MEMBER_PICK_PATTERN = deskActionPattern('member-pick');

/** The fee arrangement a cell may allow for an exemption it approved (also offered from /member). */
export const feeArrangementData = (kind: FeeArrangementKind, absenceId: number) =>
  encodeDeskAction({ type: 'fee-arrangement', kind, id: absenceId });

/** /full_exemption's choice: record one for age or health, or end the running one. */
export const fullExemptionData = (choice: FullExemptionChoice, memberId: number) =>
  encodeDeskAction({ type: 'full-exemption', choice, memberId });
export const FULL_EXEMPTION_PATTERN = deskActionPattern('full-exemption');

/** /unlink's confirmation: the member and the connection asked about (a press after it changed is stale). */
export const unlinkData = {
  confirm: (memberId: number, connectionId: number) =>
    encodeDeskAction({ type: 'unlink-confirm', memberId, connectionId }),
  cancel: (memberId: number) => encodeDeskAction({ type: 'unlink-cancel', memberId }),
};
export const UNLINK_PATTERNS = {
  confirm: deskActionPattern('unlink-confirm'),
  cancel: deskActionPattern('unlink-cancel'),
};

/** The member picked, when the pressed data is a pick for this purpose (a route matched the pattern already). */
export function pickedMember(ctx: BotContext, purpose: MemberPickPurpose): number | undefined {
  const action = decodeDeskActionOf('member-pick', ctx.callbackQuery?.data);
  return action?.purpose === purpose ? action.memberId : undefined;
}
