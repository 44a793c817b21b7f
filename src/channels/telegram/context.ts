// The bot's context: session, translations, the member behind the chat, and the shared dependencies.
import type { I18nFlavor } from '@grammyjs/i18n';
import type { Context, SessionFlavor } from 'grammy';
import type { Clock } from '../../clock';
import type { Config } from '../../config';
import type { MemberFiles } from '../../files';
import type { FormState } from '../../forms/types';
import type { Locale, Translate } from '../../i18n';
import type { Logger } from '../../logger';
import type { Records } from '../../records';
import type { MemberScope } from '../../records/members';

/** Kept in the session store as plain JSON; survives restarts. */
export interface SessionData {
  /** Language chosen before the chat is bound to a member (afterwards the member record holds it). */
  locale?: Locale;
  /** A group is told once that the bot works in private chats only. */
  groupNoticeSent?: boolean;
  /** The form being filled in: a draft survives restarts and expires after the policy's days. */
  form?: FormState;
}

export interface BotDeps {
  config: Pick<Config, 'defaultLocale' | 'homeTimezone' | 'exportChatMaxMembers' | 'publicUrl'>;
  logger: Logger;
  records: Records;
  /** Translation outside an update's context (command menus, messages to other chats). */
  translate: Translate;
  /** The rules' clock (tests and the sandbox's clock control move it). */
  clock: Clock;
  /** Files members send: checked against the policy and kept in the file storage (src/files). */
  files: MemberFiles;
  /** The Bot API server the bot talks to; files are downloaded from `<root>/file/bot<token>/<path>`. */
  telegramApiRoot: string;
}

interface Extras {
  deps: BotDeps;
  log: Logger;
  /** The member bound to this chat, loaded from the records on every update; undefined when unbound. */
  member?: MemberScope;
  /** Writes the session now (it is written anyway when the update ends): before telling a member a form is filed. */
  saveSession(): Promise<void>;
}

export type BotContext = Context & SessionFlavor<SessionData> & I18nFlavor & Extras;
