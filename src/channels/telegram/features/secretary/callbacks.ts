// Button data of /export's member pick, the one cell screen not yet channel-neutral, written and read by the one
// codec of src/channels/desk/actions.ts. Ids in it are only hints: every press is re-checked against the records.
import { decodeDeskActionOf, deskActionPattern, type MemberPickPurpose } from '../../../desk/actions';
import type { BotContext } from '../../context';

export const MEMBER_PICK_PATTERN = deskActionPattern('member-pick');

/** The member picked, when the pressed data is a pick for this purpose (a route matched the pattern already). */
export function pickedMember(ctx: BotContext, purpose: MemberPickPurpose): number | undefined {
  const action = decodeDeskActionOf('member-pick', ctx.callbackQuery?.data);
  return action?.purpose === purpose ? action.memberId : undefined;
}
