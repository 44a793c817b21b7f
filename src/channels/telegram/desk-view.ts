// The cell's and committee's screens on Telegram: their actions as inline buttons carrying the codec's data, a page
// turn edited in place, a refusal as an alert on the pressed button, spent buttons removed.
import { InlineKeyboard, InputFile } from 'grammy';
import { encodeDeskAction } from '../desk/actions';
import type { DeskButton, DeskEnv, DeskReply } from '../desk/screen';
import type { BotContext } from './context';
import { viewFormats } from './features/secretary/format';
import { sendMemberFile } from './features/secretary/send-file';

export function deskKeyboard(rows: readonly DeskButton[][] | undefined): InlineKeyboard | undefined {
  const filled = (rows ?? []).filter((row) => row.length > 0);
  if (filled.length === 0) return undefined;
  return InlineKeyboard.from(
    filled.map((row) =>
      row.map((button) => InlineKeyboard.text(button.label, encodeDeskAction(button.action))),
    ),
  );
}

/** The screens' view of this update: the member the records loaded, the reader's language and formats. */
export async function deskEnv(ctx: BotContext): Promise<DeskEnv> {
  return {
    member: ctx.member,
    records: ctx.deps.records,
    t: (key, args) => ctx.t(key, args),
    formats: await viewFormats(ctx),
    buttons: true,
    actorLabel: `telegram:${ctx.from?.id ?? 'unknown'}`,
    homeTimezone: ctx.deps.config.homeTimezone,
    files: ctx.deps.files,
    exportMaxMembers: ctx.deps.config.exportChatMaxMembers,
    inviteLink: (code) => `https://t.me/${ctx.me.username}?start=${code}`,
    prompt: {
      get: () => ctx.session.decisionPrompt,
      set: (prompt) => {
        ctx.session.decisionPrompt = prompt;
      },
      clear: () => {
        delete ctx.session.decisionPrompt;
      },
      save: () => ctx.saveSession(),
    },
    // The session fields the meeting screens kept before they were channel-neutral: questions in flight survive.
    meetingPrompt: {
      get: () => ctx.session.meetingPrompt,
      set: (prompt) => {
        ctx.session.meetingPrompt = prompt;
      },
      clear: () => {
        delete ctx.session.meetingPrompt;
      },
      save: () => ctx.saveSession(),
    },
    attendanceDraft: {
      get: () => ctx.session.meetingAttendance,
      set: (draft) => {
        ctx.session.meetingAttendance = draft;
      },
      clear: () => {
        delete ctx.session.meetingAttendance;
      },
      save: () => ctx.saveSession(),
    },
    fileMaxMegabytes: ctx.deps.files.maxMegabytes,
    log: ctx.log,
  };
}

/** Shows the replies in order; a pressed button is answered once, first (with the alert when it was refused). */
export async function showDesk(ctx: BotContext, replies: readonly DeskReply[]): Promise<void> {
  if (ctx.callbackQuery) {
    const refused = replies.find((reply) => reply.type === 'refused');
    await ctx.answerCallbackQuery(refused ? { text: refused.text, show_alert: true } : undefined);
  }
  for (const reply of replies) {
    switch (reply.type) {
      case 'message':
        // A screen's links (an invite) are for copying into another chat: no preview card under them.
        await ctx.reply(reply.text, {
          reply_markup: deskKeyboard(reply.buttons),
          link_preview_options: { is_disabled: true },
        });
        break;
      case 'update': {
        // Unchanged text (the same page pressed twice) is an error Telegram gives; nothing is lost by it.
        const edited = await ctx
          .editMessageText(reply.text, { reply_markup: deskKeyboard(reply.buttons) })
          .then(
            () => true,
            (error: unknown) => {
              if (reply.orSend) ctx.log.warn({ err: error }, 'could not redraw the screen');
              return false;
            },
          );
        if (!edited && reply.orSend)
          await ctx.reply(reply.text, { reply_markup: deskKeyboard(reply.buttons) });
        break;
      }
      case 'refused':
        if (!ctx.callbackQuery) await ctx.reply(reply.text);
        break;
      case 'close-actions':
        await ctx.editMessageReplyMarkup({ reply_markup: undefined }).catch(() => undefined);
        break;
      case 'member-file':
        await sendMemberFile(ctx, reply.file);
        break;
      case 'document':
        await ctx.replyWithDocument(new InputFile(reply.bytes, reply.fileName), { caption: reply.caption });
        break;
      case 'chats-unbound':
        // The old chat keeps the menu of a bound member until told otherwise; best effort, the records are done.
        for (const chat of reply.chats) {
          if (chat.channel !== 'telegram') continue;
          await ctx.api
            .deleteMyCommands({ scope: { type: 'chat', chat_id: Number(chat.externalId) } })
            .catch((error: unknown) => ctx.log.warn({ err: error }, "could not reset the old chat's menu"));
        }
        break;
    }
  }
}
