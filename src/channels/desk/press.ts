// An action chosen on a cell's or committee's screen, on any channel: checked against the chooser's role now, then
// handed to its screen.
import { isLeaderScope, isOfficerScope, refusedAction } from './access';
import { encodeDeskAction, type DeskAction, type MemberPickPurpose } from './actions';
import { cellDecision, officerDecision } from './decisions';
import { reviewExport } from './export';
import { decideFullExemption, fullExemptionFor } from './full-exemption';
import { issueInvite } from './invite';
import { pressMeeting } from './meeting';
import { showRecord } from './member-record';
import { openPending, pendingPage } from './pending';
import { askToConfirm, cancelUnlink, confirmUnlink } from './unlink';
import type { DeskEnv, DeskReply } from './screen';

/** A member picked from a list of several of the same name: the screen the name was asked for. */
async function pickedMember(
  env: DeskEnv,
  purpose: MemberPickPurpose,
  memberId: number,
  data: string,
): Promise<DeskReply[]> {
  const leader = isLeaderScope(env.member);
  switch (purpose) {
    case 'record':
      if (!leader && !isOfficerScope(env.member)) return refusedAction(env, 'record.read', data);
      return showRecord(env, memberId);
    case 'invite':
      if (!leader) return refusedAction(env, 'invite.issue', data);
      return issueInvite(env, memberId);
    case 'unlink':
      if (!leader) return refusedAction(env, 'unlink.request', data);
      return askToConfirm(env, memberId);
    case 'exempt':
      if (!leader) return refusedAction(env, 'full-exemption.request', data);
      return fullExemptionFor(env, memberId);
    case 'review':
      if (!leader && !isOfficerScope(env.member)) return refusedAction(env, 'export.review-pdf', data);
      return reviewExport(env, memberId);
  }
}

export async function pressDesk(env: DeskEnv, action: DeskAction): Promise<DeskReply[]> {
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
    case 'member-pick':
      return pickedMember(env, action.purpose, action.memberId, data);
    case 'full-exemption':
      if (!isLeaderScope(env.member)) return refusedAction(env, 'full-exemption.decide', data);
      return decideFullExemption(env, action);
    case 'unlink-confirm':
    case 'unlink-cancel':
      if (!isLeaderScope(env.member)) return refusedAction(env, 'unlink.confirm', data);
      return action.type === 'unlink-cancel'
        ? cancelUnlink(env)
        : confirmUnlink(env, action.memberId, action.connectionId);
    case 'meeting-schedule':
    case 'meeting-default':
    case 'meeting-open':
    case 'meeting-edit':
    case 'meeting-cancel':
    case 'meeting-attendance':
    case 'meeting-cycle':
    case 'meeting-save':
    case 'meeting-document':
    case 'meeting-print':
      return pressMeeting(env, action);
  }
}
