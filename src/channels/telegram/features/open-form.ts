// The button under a nudge (`open:<formId>`, see ../callback-data.ts): one tap from the reminder into the check-in, fee or review form.
import { Composer } from 'grammy';
import { NUDGE_FORM_IDS, type NudgeFormId } from '../../../domain/due-items';
import { OPEN_FORM_CALLBACK } from '../callback-data';
import type { BotContext } from '../context';
import { startForm } from './forms';

const isNudgeForm = (formId: string): formId is NudgeFormId =>
  (NUDGE_FORM_IDS as readonly string[]).includes(formId);

export const openForm = new Composer<BotContext>();

openForm.chatType('private').callbackQuery(OPEN_FORM_CALLBACK, async (ctx) => {
  const formId = ctx.match[1] ?? '';
  // Buttons of reminders from an older version (or forged ones) name forms that do not exist.
  if (!isNudgeForm(formId)) {
    await ctx.answerCallbackQuery({ text: ctx.t('open-form-unknown'), show_alert: true });
    return;
  }
  await ctx.answerCallbackQuery();
  await startForm(ctx, formId);
});
