// createBot: builds the grammY bot from its dependencies; nothing connects or starts here.
import { autoRetry } from '@grammyjs/auto-retry';
import { sequentialize } from '@grammyjs/runner';
import { Bot, session, type StorageAdapter } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import { systemClock, type Clock } from '../../clock';
import { FormEngine, JOURNEY_FORMS, type FormDefinition } from '../../forms';
import { isLocale } from '../../i18n';
import { createBotI18n } from './i18n';
import type { BotContext, BotDeps, SessionData } from './context';
import { formsFeature } from './features/forms';
import { help } from './features/help';
import { openForm } from './features/open-form';
import { returnReport } from './features/return-report';
import { meetingDocuments } from './features/meeting-documents';
import { statusFeature } from './features/status';
import { language } from './features/language';
import { dashboard } from './features/dashboard';
import { cellFeatures, decisionPrompts, meetingPrompts } from './features/secretary';
import { start } from './features/start';
import { unhandled } from './features/unhandled';
import { chatSessionKey } from '../../records/session-storage';
import { LegacyTelegramSessionKeys } from './legacy-session-keys';
import { attachDeps } from './middlewares/attach-deps';
import { commandMenu } from './middlewares/command-menu';
import { apologise, isOrdinaryRefusal, localeForApology } from './apology';
import { RecentChatLocales } from './chat-locales';
import { inbox, type ClaimedUpdates } from './middlewares/inbox';
import { usableUpdates } from './middlewares/usable-updates';
import { loadMember } from './middlewares/load-member';
import { messageLimits } from './middlewares/message-limits';
import { privateOnly } from './middlewares/private-only';
import { saveSession } from './middlewares/save-session';
import { reachableAgain } from './middlewares/reachable-again';

export interface CreateBotOptions extends Omit<BotDeps, 'clock' | 'telegramApiRoot'> {
  token: string;
  apiRoot: string;
  sessionStorage: StorageAdapter<SessionData>;
  /** Known in advance (webhook mode, tests) to skip the getMe call at start. */
  botInfo?: UserFromGetMe;
  /** The forms members can fill in; default the journeys' forms. */
  forms?: readonly FormDefinition[];
  /** Days an untouched form draft is kept (policy); default 7. */
  draftTtlDays?: number;
  /** Time source for form drafts; tests move it. */
  clock?: Clock;
  /** Updates stored in the inbox before they reach the bot (webhook, take-over); shared with the UpdateProcessor. */
  claimedUpdates?: ClaimedUpdates;
}

/** Updates of one chat are handled in order; different chats run in parallel. */
export function sessionKey(ctx: { chat?: { id: number } }): string | undefined {
  return ctx.chat ? chatSessionKey('telegram', ctx.chat.id) : undefined;
}

export function createBot(options: CreateBotOptions): Bot<BotContext> {
  const { token, apiRoot, botInfo, forms, draftTtlDays, claimedUpdates, ...rest } = options;
  const sessionStorage = new LegacyTelegramSessionKeys(options.sessionStorage);
  const clock = options.clock ?? systemClock;
  const deps: BotDeps = { ...rest, clock, telegramApiRoot: apiRoot };
  const bot = new Bot<BotContext>(token, { client: { apiRoot }, botInfo });
  // Telegram's 429s carry retry_after; waiting it out is always right for a reply.
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60 }));

  const i18n = createBotI18n<BotContext>(deps.config.defaultLocale, (ctx) => {
    if (ctx.member && isLocale(ctx.member.locale)) return ctx.member.locale;
    if (ctx.session?.locale) return ctx.session.locale;
    const phone = ctx.from?.language_code;
    return isLocale(phone) ? phone : deps.config.defaultLocale;
  });

  const formEngine = new FormEngine({
    forms: forms ?? JOURNEY_FORMS,
    translate: deps.translate,
    draftTtlDays,
  });

  const chatLocales = new RecentChatLocales();

  bot.use(attachDeps(deps));
  // Before anything reads the chat: what has no chat (an inline query, a poll) is not for this bot.
  bot.use(usableUpdates);
  bot.use(sequentialize(sessionKey));
  bot.errorBoundary(
    async (error) => {
      const ctx = error.ctx;
      if (isOrdinaryRefusal(error.error))
        ctx.log.warn({ err: error.error }, 'Telegram refused a call; nothing to answer');
      else ctx.log.error({ err: error.error }, 'update failed');
      // Whatever failed (even the inbox or the session before i18n ran), the member is answered.
      await apologise(ctx, localeForApology(ctx, deps, chatLocales), deps);
    },
    inbox(claimedUpdates ?? new WeakSet()),
    session({ initial: (): SessionData => ({}), storage: sessionStorage, getSessionKey: sessionKey }),
    saveSession(sessionStorage, sessionKey),
    loadMember(chatLocales),
    reachableAgain,
    i18n,
    commandMenu,
    privateOnly,
    messageLimits,
    // A secretary's typed answer to a meeting question or a reason for a decision must not be taken for a form answer.
    meetingPrompts,
    decisionPrompts,
    formsFeature(formEngine, clock),
    openForm,
    returnReport,
    statusFeature(clock),
    meetingDocuments,
    start,
    help,
    language,
    dashboard,
    cellFeatures,
    unhandled,
  );

  bot.catch((error) => {
    deps.logger.error({ err: error.error, updateId: error.ctx.update.update_id }, 'unhandled bot error');
  });
  return bot;
}
