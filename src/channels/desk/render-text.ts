// The cell's and committee's screens for a channel with text only: each action becomes a numbered reply ("1. …"),
// an item of a numbered list keeps the list's number, and only the last screen's numbers stay valid.
import { splitText } from '../text-view';
import { encodeDeskAction } from './actions';
import type { DeskButton, DeskReply, MemberFileToSend } from './screen';

export type TextDeskOutput =
  | { type: 'text'; text: string }
  | { type: 'file'; file: MemberFileToSend }
  /** A file homecell wrote for the reader (an export, the attendance list to print), sent from these bytes. */
  | { type: 'document'; bytes: Buffer; fileName: string; caption?: string };

export interface TextDeskRendering {
  outputs: TextDeskOutput[];
  /**
   * The actions the reader may now answer by number, as the codec's data by number; undefined when the replies
   * leave the earlier ones as they were, an empty object when they are spent.
   */
  choices?: Record<string, string>;
}

type Translate = (key: string, args?: Record<string, string | number>) => string;

function numbered(
  rows: readonly DeskButton[][],
  t: Translate,
): { lines: string[]; choices: Record<string, string> } {
  const buttons = rows.flat();
  const choices: Record<string, string> = {};
  const labelled: string[] = [];
  let next = Math.max(0, ...buttons.map((button) => button.listed ?? 0)) + 1;
  for (const button of buttons) {
    if (button.listed !== undefined) {
      // The list's own line already says what this number opens.
      choices[String(button.listed)] = encodeDeskAction(button.action);
      continue;
    }
    choices[String(next)] = encodeDeskAction(button.action);
    labelled.push(`${next}. ${button.label}`);
    next += 1;
  }
  const lines = labelled.length > 0 ? ['', ...labelled] : [];
  if (Object.keys(choices).length > 0) lines.push('', t('desk-footer-numbered'));
  return { lines, choices };
}

/** The replies as texts of at most `limit` characters each, and the numbers they leave to answer. */
export function renderDeskText(
  replies: readonly DeskReply[],
  t: Translate,
  limit: number,
): TextDeskRendering {
  const outputs: TextDeskOutput[] = [];
  let choices: Record<string, string> | undefined;
  const say = (text: string) => {
    for (const part of splitText(text, limit)) outputs.push({ type: 'text', text: part });
  };
  for (const reply of replies) {
    switch (reply.type) {
      case 'message':
      case 'update': {
        // A text channel cannot change a sent message: a page turn is a new one.
        if (!reply.buttons || reply.buttons.flat().length === 0) {
          say(reply.text);
          break;
        }
        const shown = numbered(reply.buttons, t);
        say([reply.text, ...shown.lines].join('\n'));
        choices = shown.choices;
        break;
      }
      case 'refused':
        say(reply.text);
        break;
      case 'close-actions':
        choices = {};
        break;
      case 'member-file':
        outputs.push({ type: 'file', file: reply.file });
        break;
      case 'document':
        outputs.push({
          type: 'document',
          bytes: reply.bytes,
          fileName: reply.fileName,
          caption: reply.caption,
        });
        break;
      case 'chats-unbound':
        // Nothing shown to the reader: the unbound chats' channels forget them on their side.
        break;
    }
  }
  return { outputs, choices };
}
