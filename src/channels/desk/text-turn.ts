// A typed message to the cell's and committee's screens on a channel with text only: a command, the answer to an
// open question, or the number of a choice the last screen offered. Undefined when the screens do not take it (a
// member's form, another feature).
import { decodeDeskAction } from './actions';
import { answerPrompt } from './decisions';
import { endAbsenceCommand } from './end-absence';
import { exportCommand } from './export';
import { fullExemptionCommand } from './full-exemption';
import { inviteCommand } from './invite';
import { meetingCommand } from './meeting';
import { answerMeetingPrompt } from './meeting-prompt';
import { memberCommand } from './member-record';
import { pendingCommand } from './pending';
import { membersCommand, overdueCommand } from './roster';
import { statsCommand } from './stats';
import { unlinkCommand } from './unlink';
import { pressDesk } from './press';
import type { DeskEnv, DeskReply } from './screen';

/** The commands the screens answer here, without the slash, given what follows the command. */
const COMMANDS: Record<string, (env: DeskEnv, args: string) => Promise<DeskReply[]>> = {
  pending: pendingCommand,
  members: membersCommand,
  member: memberCommand,
  overdue: overdueCommand,
  invite: inviteCommand,
  unlink: unlinkCommand,
  stats: statsCommand,
  full_exemption: fullExemptionCommand,
  end_absence: endAbsenceCommand,
  export: exportCommand,
  meeting: meetingCommand,
};

export async function deskTextTurn(
  env: DeskEnv,
  text: string,
  /** The choices the last screen left, by number (see renderDeskText). */
  choices: Readonly<Record<string, string>> | undefined,
): Promise<DeskReply[] | undefined> {
  const trimmed = text.trim();
  const typed = /^\/([a-z_]+)(?:@\S+)?(?:\s+([\s\S]*))?$/i.exec(trimmed);
  if (typed) {
    const command = typed[1].toLowerCase();
    // A meeting's question first: a decision's asked after it ends it (see answerMeetingPrompt).
    const ended = await answerMeetingPrompt(env, { type: 'command', command });
    if (ended) return ended;
    const answered = await answerPrompt(env, { type: 'command', command });
    if (answered) return answered;
    return COMMANDS[command]?.(env, typed[2] ?? '');
  }
  // While a question is open, the text is its answer, even a number.
  const meetingAnswer = await answerMeetingPrompt(env, { type: 'text', text });
  if (meetingAnswer) return meetingAnswer;
  const answered = await answerPrompt(env, { type: 'text', text });
  if (answered) return answered;
  const data = /^[0-9]{1,3}$/.test(trimmed) ? choices?.[String(Number(trimmed))] : undefined;
  const action = data === undefined ? undefined : decodeDeskAction(data);
  return action ? pressDesk(env, action) : undefined;
}
