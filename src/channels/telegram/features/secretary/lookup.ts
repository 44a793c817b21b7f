// "<name or card number>" after /export and /full_exemption on Telegram: the desk's lookup, its answer shown here
// unless exactly one member is found.
import { lookupMember as lookupOnDesk } from '../../../desk/lookup';
import type { MemberPickPurpose } from '../../../desk/actions';
import type { FoundMember } from '../../../../records/roster';
import type { BotContext } from '../../context';
import { deskEnv, showDesk } from '../../desk-view';

export async function lookupMember(
  ctx: BotContext,
  query: string,
  purpose: MemberPickPurpose,
): Promise<FoundMember | undefined> {
  const looked = await lookupOnDesk(await deskEnv(ctx), query, purpose);
  if ('found' in looked) return looked.found;
  await showDesk(ctx, looked.replies);
  return undefined;
}
