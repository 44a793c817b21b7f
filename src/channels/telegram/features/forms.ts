// Telegram glue of the form engine: drafts in the session, answers and button presses in, rendered views out.
import { Composer } from 'grammy';
import type { Message } from 'grammy/types';
import type { Clock } from '../../../clock';
import type { FormEngine } from '../../../forms';
import { decodeFormCallback, renderTelegram } from '../form-view';
import type { FormEnv, FormInput, FormTurn } from '../../../forms';
import type { FormState } from '../../../forms/types';
import { isLocale } from '../../../i18n';
import type { BotContext } from '../context';
import { receiveMemberFile, telegramFileOf } from '../receive-file';
import { syncCommandMenu } from '../middlewares/command-menu';

interface FormsRuntime {
  engine: FormEngine;
  clock: Clock;
}

// Set by the forms composer for each update, so startForm works from any feature registered after it.
const runtimes = new WeakMap<BotContext, FormsRuntime>();
// Updates in which a form was started: the draft reminder after other commands is not wanted there.
const startedForms = new WeakSet<BotContext>();

async function formEnv(ctx: BotContext, clock: Clock): Promise<FormEnv | undefined> {
  if (!ctx.member) return undefined;
  const locale = await ctx.i18n.getLocale();
  const persistDraft = async (state: FormState) => {
    ctx.session.form = state;
    await ctx.saveSession();
  };
  return {
    member: ctx.member,
    records: ctx.deps.records,
    now: clock(),
    locale,
    translate: ctx.deps.translate,
    persistDraft,
  };
}

/** Stores the draft (or clears it), then makes the Bot API calls the views need. */
async function applyTurn(ctx: BotContext, turn: FormTurn, env: FormEnv): Promise<void> {
  if (turn.state) ctx.session.form = turn.state;
  else delete ctx.session.form;
  if (turn.views.some((view) => view.type === 'submitted')) {
    // Forgotten before the member reads "filed": a kill after the acknowledgement must not bring the draft back.
    // Should the store be down, the draft stays marked "submitting" and the next update finishes it instead.
    await ctx
      .saveSession()
      .catch((error: unknown) => ctx.log.warn({ err: error }, 'could not store the session'));
  }
  const pressed = ctx.callbackQuery?.message;
  for (const operation of renderTelegram(turn.views, env.locale, ctx.deps.translate)) {
    const options = operation.keyboard ? { reply_markup: operation.keyboard } : {};
    if (operation.method === 'edit' && pressed) {
      const edited = await ctx.editMessageText(operation.text, options).then(
        () => true,
        (error: unknown) => {
          ctx.log.warn({ err: error }, 'could not edit the form message');
          return false;
        },
      );
      if (edited || !operation.fallbackToSend) continue;
    } else if (operation.method === 'edit' && !operation.fallbackToSend) continue;
    await ctx.reply(operation.text, options);
  }
  if (turn.views.some((view) => view.type === 'submitted')) await followLanguageChange(ctx);
}

/** A submitted form may have changed the member's language (/settings): answer and offer the menu in it from now on. */
async function followLanguageChange(ctx: BotContext): Promise<void> {
  if (!ctx.member || !ctx.chat) return;
  const { locale } = await ctx.deps.records.members.profileOf(ctx.member.id);
  if (locale === ctx.member.locale || !isLocale(locale)) return;
  ctx.member.locale = locale;
  ctx.i18n.useLocale(locale);
  await syncCommandMenu(ctx);
  await ctx.reply(ctx.t('language-changed'));
}

function isCommand(ctx: BotContext): boolean {
  return (ctx.message?.entities ?? []).some((entity) => entity.type === 'bot_command' && entity.offset === 0);
}

/** A file is downloaded and kept only for a question that takes one; elsewhere it is refused as other media are. */
async function inputOf(
  ctx: BotContext,
  message: Message,
  expectedFile: 'photo' | 'document' | undefined,
): Promise<Exclude<FormInput, { type: 'action' }>> {
  if (message.text !== undefined) return { type: 'text', text: message.text };
  const file = telegramFileOf(message);
  if (file && expectedFile) return receiveMemberFile(ctx, file, expectedFile);
  if (file) return { type: 'media', mediaType: file.fileType };
  const mediaType = [
    'sticker',
    'voice',
    'video',
    'video_note',
    'audio',
    'animation',
    'location',
    'contact',
  ].find((key) => key in message);
  return { type: 'media', mediaType: mediaType ?? 'other' };
}

/**
 * Starts a form (or offers to continue the member's draft) from any feature registered after the forms
 * composer: a command, a button of a reminder, a deep link.
 */
export async function startForm(ctx: BotContext, formId: string): Promise<void> {
  const runtime = runtimes.get(ctx);
  if (!runtime) throw new Error('startForm: the forms composer must be registered before this feature');
  startedForms.add(ctx);
  const env = await formEnv(ctx, runtime.clock);
  if (!env) {
    await ctx.reply(ctx.t('forms-unbound'));
    return;
  }
  await applyTurn(ctx, await runtime.engine.start(formId, ctx.session.form, env), env);
}

/** A composer answering `/command` by starting the form; the same as setting `command` on the definition. */
export function formCommand(command: string, formId: string): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.chatType('private').command(command, (ctx) => startForm(ctx, formId));
  return composer;
}

export function formsFeature(engine: FormEngine, clock: Clock): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.use((ctx, next) => {
    runtimes.set(ctx, { engine, clock });
    return next();
  });
  const chat = composer.chatType('private');

  // A draft the member confirmed just before the process stopped: finished and acknowledged, never offered again.
  chat.use(async (ctx, next) => {
    const draft = ctx.session.form;
    if (!draft?.submitting) return next();
    const env = await formEnv(ctx, clock);
    if (!env) return next();
    await applyTurn(ctx, await engine.finishSubmission(draft, env), env);
    // A text meant for that form has nothing left to answer; a command or a button goes on.
    if (ctx.message && !isCommand(ctx)) return;
    return next();
  });

  // An old draft is dropped when the member next writes, with a notice naming it.
  chat.use(async (ctx, next) => {
    const draft = ctx.session.form;
    if (!draft || ctx.from?.id !== ctx.chat.id || !engine.isExpired(draft, clock())) return next();
    delete ctx.session.form;
    await ctx.reply(engine.expiryNotice(draft, await ctx.i18n.getLocale()));
    // An answer to the expired draft has nothing left to answer; a command or another button goes on.
    if (ctx.message && !isCommand(ctx)) return;
    return next();
  });

  chat.callbackQuery(/^f:/, async (ctx) => {
    const stale = () => ctx.answerCallbackQuery({ text: ctx.t('forms-stale-button'), show_alert: true });
    // A press forged on another member's message would otherwise act on that member's draft.
    if (ctx.from.id !== ctx.chat.id) return stale();
    const decoded = decodeFormCallback(ctx.callbackQuery.data);
    const draft = ctx.session.form;
    const env = await formEnv(ctx, clock);
    if (!decoded || !draft || !env) return stale();
    const turn = await engine.handle(draft, { type: 'action', ...decoded }, env);
    if (turn.stale) {
      // A button of an earlier question of the form in progress: the member is shown where the form is now.
      await ctx.answerCallbackQuery();
      const note = ctx.t('forms-old-button', { title: engine.titleOf(draft.formId, env.locale) });
      await applyTurn(ctx, await engine.resume(draft, env, note), env);
      return;
    }
    await ctx.answerCallbackQuery();
    await applyTurn(ctx, turn, env);
  });

  chat.command('cancel', async (ctx, next) => {
    const draft = ctx.session.form;
    const env = await formEnv(ctx, clock);
    if (!draft || !env) return next();
    await applyTurn(ctx, engine.cancel(draft, env), env);
  });

  for (const form of engine.definitions) {
    if (form.command) chat.command(form.command, (ctx) => startForm(ctx, form.id));
  }

  chat.on('message', async (ctx, next) => {
    const draft = ctx.session.form;
    if (!draft) return next();
    const env = await formEnv(ctx, clock);
    if (!env) {
      // The chat was unbound meanwhile: the draft has no member to belong to.
      delete ctx.session.form;
      return next();
    }
    if (isCommand(ctx)) {
      // /help, /language...: the other feature answers, the draft stays, and the member sees where it was.
      await next();
      const still = ctx.session.form;
      // The command may have changed the language (/language): read it again.
      const after = await formEnv(ctx, clock);
      if (startedForms.has(ctx) || !still || still.draftId !== draft.draftId || !after) return;
      const note = ctx.t('forms-still-open', { title: engine.titleOf(still.formId, after.locale) });
      await applyTurn(ctx, await engine.resume(still, after, note), after);
      return;
    }
    const input = await inputOf(ctx, ctx.message, engine.expectedFile(draft));
    await applyTurn(ctx, await engine.handle(draft, input, env), env);
  });

  return composer;
}
