// A typed message to the cell's and committee's screens on a channel with text only: a command, the answer to an
// open question, or the number of a choice the last screen offered. Undefined when the screens do not take it (a
// member's form, another feature).
import { decodeDeskAction } from './actions';
import { answerPrompt } from './decisions';
import { pendingCommand } from './pending';
import { pressDesk } from './press';
import type { DeskEnv, DeskReply } from './screen';

/** The commands the screens answer here, without the slash. */
const COMMANDS: Record<string, (env: DeskEnv) => Promise<DeskReply[]>> = {
  pending: pendingCommand,
};

export async function deskTextTurn(
  env: DeskEnv,
  text: string,
  /** The choices the last screen left, by number (see renderDeskText). */
  choices: Readonly<Record<string, string>> | undefined,
): Promise<DeskReply[] | undefined> {
  const trimmed = text.trim();
  const command = /^\/([a-z_]+)(?:@\S+)?(?:\s|$)/i.exec(trimmed)?.[1]?.toLowerCase();
  if (command !== undefined) {
    const answered = await answerPrompt(env, { type: 'command', command });
    if (answered) return answered;
    return COMMANDS[command]?.(env);
  }
  // While a question is open, the text is its answer, even a number.
  const answered = await answerPrompt(env, { type: 'text', text });
  if (answered) return answered;
  const data = /^[0-9]{1,3}$/.test(trimmed) ? choices?.[String(Number(trimmed))] : undefined;
  const action = data === undefined ? undefined : decodeDeskAction(data);
  return action ? pressDesk(env, action) : undefined;
}
