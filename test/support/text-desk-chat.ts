// A chat on a channel that has text only, for the cell's and committee's screens: typed lines in, numbered texts
// out, the open question and the last screen's numbers kept as a channel keeps them in its session.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { renderDeskText } from '../../src/channels/desk/render-text';
import type { AttendanceDraft, MeetingPrompt } from '../../src/channels/desk/meeting-state';
import type { DecisionPrompt, SessionSlot } from '../../src/channels/desk/screen';
import { deskTextTurn } from '../../src/channels/desk/text-turn';
import { ZALO_MAX_TEXT } from '../../src/channels/zalo/client';
import type { Database } from '../../src/db/client';
import { LocalFileStorage, MemberFiles } from '../../src/files';
import { loadPolicy } from '../../src/domain/policy';
import { createI18n, translator } from '../../src/i18n';
import { readerFormats } from '../../src/presentation/formats';
import type { Records } from '../../src/records';
import { RECORDED_LONG_AGO } from './fixtures';

const translate = translator(createI18n('vi'), 'vi');
let nextChat = 770_000;

export interface TextDeskChat {
  memberId: number;
  /** Everything the screens answer to one typed line, each message as text ("[file: …]", "[document: …]"). */
  say(text: string): Promise<string[]>;
  /** The question the chat's session keeps open, as a restart would read it back. */
  readonly prompt: DecisionPrompt | undefined;
  /** The meeting question the session keeps open. */
  readonly meetingPrompt: MeetingPrompt | undefined;
  /** The documents homecell sent the chat so far (the attendance list), as the channel would upload them. */
  readonly documents: ReadonlyArray<{ fileName: string; bytes: Buffer }>;
}

/** A session field as a slot, as a channel keeps it. */
function slotOf<K extends keyof ChatSession>(
  session: ChatSession,
  key: K,
): SessionSlot<NonNullable<ChatSession[K]>> {
  return {
    get: () => session[key] ?? undefined,
    set: (value) => {
      session[key] = value;
    },
    clear: () => {
      delete session[key];
    },
    save: async () => undefined,
  };
}

interface ChatSession {
  prompt?: DecisionPrompt;
  meetingPrompt?: MeetingPrompt;
  attendanceDraft?: AttendanceDraft;
  choices?: Record<string, string>;
}

/** Binds a Zalo chat (the text-only channel) to the member and talks to the screens through it. */
export async function textDeskChat(
  db: Database,
  records: Records,
  memberId: number,
  options: { locale?: 'vi' | 'en'; files?: MemberFiles } = {},
): Promise<TextDeskChat> {
  const locale = options.locale ?? 'vi';
  const files =
    options.files ??
    new MemberFiles(
      new LocalFileStorage(fs.mkdtempSync(path.join(os.tmpdir(), 'homecell-text-desk-'))),
      records.storedFiles,
      records.policy.files,
      () => records.decisions.now(),
    );
  nextChat += 1;
  const externalId = `zalo-${nextChat}`;
  await db.chatIdentity.create({
    data: { channel: 'zalo', externalId, memberId, boundAt: RECORDED_LONG_AGO },
  });
  const session: ChatSession = {};
  const documents: Array<{ fileName: string; bytes: Buffer }> = [];
  const log = pino({ level: 'silent' });
  const { maxMegabytes } = loadPolicy().files;
  return {
    memberId,
    get prompt() {
      return session.prompt;
    },
    get meetingPrompt() {
      return session.meetingPrompt;
    },
    documents,
    async say(text) {
      const member = await records.members.findByChat('zalo', externalId);
      const t = (key: string, args?: Record<string, string | number>) => translate(locale, key, args);
      const replies = await deskTextTurn(
        {
          member,
          records,
          t,
          formats: readerFormats(locale, 'Asia/Ho_Chi_Minh', translate),
          buttons: false,
          actorLabel: `zalo:${externalId}`,
          homeTimezone: 'Asia/Ho_Chi_Minh',
          files,
          exportMaxMembers: 20_000,
          // On Zalo the member types the code to the bot: there is no deep link.
          inviteLink: () => undefined,
          prompt: slotOf(session, 'prompt'),
          meetingPrompt: slotOf(session, 'meetingPrompt'),
          attendanceDraft: slotOf(session, 'attendanceDraft'),
          fileMaxMegabytes: maxMegabytes,
          log,
        },
        text,
        session.choices,
      );
      if (!replies) return [];
      const rendered = renderDeskText(replies, t, ZALO_MAX_TEXT);
      if (rendered.choices) session.choices = rendered.choices;
      return rendered.outputs.map((output) => {
        if (output.type === 'text') return output.text;
        if (output.type === 'file') return `[file: ${output.file.caption}]`;
        documents.push({ fileName: output.fileName, bytes: output.bytes });
        return `[document: ${output.caption ?? output.fileName}]`;
      });
    },
  };
}

/** The number of a numbered choice in a text, by its label: "2. ⚠️ Chưa khớp (ghi lý do)" -> "2". */
export function numberOf(text: string, label: string | RegExp): string {
  const line = text.split('\n').find((candidate) => {
    const rest = candidate.replace(/^\d+\. /, '');
    return (
      /^\d+\. /.test(candidate) && (typeof label === 'string' ? rest.startsWith(label) : label.test(rest))
    );
  });
  if (!line) throw new Error(`no numbered choice ${String(label)} in:\n${text}`);
  return /^(\d+)\./.exec(line)![1];
}
