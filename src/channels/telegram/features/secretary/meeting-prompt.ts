// The /meeting questions answered by typing or sending a file, on Telegram: the next message while one is open goes
// to src/channels/desk/meeting-prompt.ts; a file is downloaded and kept here, only when the question wants one.
import { Composer } from 'grammy';
import { answerMeetingPrompt, type MeetingPromptInput } from '../../../desk/meeting-prompt';
import type { BotContext } from '../../context';
import { deskEnv, showDesk } from '../../desk-view';
import { receiveMemberFile, telegramFileOf } from '../../receive-file';
import './meeting-data';

/** Registered before the forms and the decisions' prompt: while a meeting question is open, the next text answers it. */
export const meetingPrompts = new Composer<BotContext>();

meetingPrompts.chatType('private').on('message', async (ctx, next) => {
  const prompt = ctx.session.meetingPrompt;
  if (!prompt) return next();
  // A form opened after this question: the newer one is what the text answers.
  const form = ctx.session.form;
  if (form && Date.parse(form.updatedAt) > Date.parse(prompt.askedAt)) {
    delete ctx.session.meetingPrompt;
    return next();
  }
  const command = ctx.entities('bot_command').find((entity) => entity.offset === 0);
  const file = telegramFileOf(ctx.message);
  const text = ctx.message.text;
  const input: MeetingPromptInput = command
    ? { type: 'command', command: command.text.slice(1).split('@')[0] }
    : file
      ? { type: 'file', receive: () => receiveMemberFile(ctx, file, 'document') }
      : text === undefined
        ? { type: 'other' }
        : { type: 'text', text };
  const replies = await answerMeetingPrompt(await deskEnv(ctx), input);
  if (!replies) return next();
  await showDesk(ctx, replies);
});
