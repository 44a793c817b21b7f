// The typed reason, comment, resolution or question of a decision on Telegram: registered before the forms, so while
// one is asked for the next message answers it (src/channels/desk/decisions.ts), not a form.
import { Composer } from 'grammy';
import { answerPrompt, type PromptInput } from '../../../desk/decisions';
import type { DecisionPrompt } from '../../../desk/screen';
import type { BotContext } from '../../context';
import { deskEnv, showDesk } from '../../desk-view';

declare module '../../context' {
  interface SessionData {
    /** A decision waiting for the secretary's typed reason, comment or note. */
    decisionPrompt?: DecisionPrompt;
  }
}

export const decisionPrompts = new Composer<BotContext>();

decisionPrompts.chatType('private').on('message', async (ctx, next) => {
  if (!ctx.session.decisionPrompt) return next();
  const command = ctx.entities('bot_command').find((entity) => entity.offset === 0);
  const text = ctx.message.text;
  const input: PromptInput = command
    ? { type: 'command', command: command.text.slice(1).split('@')[0] }
    : text === undefined
      ? { type: 'other' }
      : { type: 'text', text };
  const replies = await answerPrompt(await deskEnv(ctx), input);
  if (!replies) return next();
  await showDesk(ctx, replies);
});
