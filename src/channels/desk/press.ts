// An action chosen on a cell's or committee's screen, on any channel: checked against the chooser's role now, then
// handed to its screen. Actions of screens not yet channel-neutral are left to the channel (undefined).
import { isLeaderScope, isOfficerScope, refusedAction } from './access';
import { encodeDeskAction, type DeskAction } from './actions';
import { cellDecision, officerDecision } from './decisions';
import { openPending, pendingPage } from './pending';
import type { DeskEnv, DeskReply } from './screen';

export async function pressDesk(env: DeskEnv, action: DeskAction): Promise<DeskReply[] | undefined> {
  const data = encodeDeskAction(action);
  switch (action.type) {
    case 'pending-page':
    case 'pending-open':
    case 'pending-decide':
    case 'pending-rate':
    case 'fee-arrangement':
      // The chooser must be a cell leader now; the records check the rest (the cell, the item's state).
      if (!isLeaderScope(env.member)) return refusedAction(env, 'pending.button', data);
      if (action.type === 'pending-page') return pendingPage(env, 'cell', action.page, data);
      if (action.type === 'pending-open') return openPending(env, 'cell', action.kind, action.id);
      return cellDecision(env, action);
    case 'officer-page':
    case 'officer-open':
    case 'officer-decide':
      // The chooser must be an officer now; the records check the unit.
      if (!isOfficerScope(env.member)) return refusedAction(env, 'officer.pending.button', data);
      if (action.type === 'officer-page') return pendingPage(env, 'officer', action.page, data);
      if (action.type === 'officer-open') return openPending(env, 'officer', 'application', action.id);
      return officerDecision(env, action);
    default:
      return undefined;
  }
}
