// /pending: what awaits the cell, oldest first, a page of buttons at a time; a press opens the item in full.
import { Composer, InlineKeyboard } from 'grammy';
import type { BotContext } from '../../context';
import { isCellLeader, isOfficer, pressedInOwnChat, refuseButton, refuseCommand } from './access';
import { PENDING_PATTERNS, pendingData, pendingKindOf } from './callbacks';
import { viewFormats } from './format';
import { pendingView } from './pending-views';
import { sendMemberFile } from './send-file';

export const pending = new Composer<BotContext>();
const chat = pending.chatType('private');
const PAGE_SIZE = 8;
const NUMBERS_PER_ROW = 4;

async function pageOf(ctx: BotContext, page: number) {
  const listed = await ctx.deps.records.pending.listFor(ctx.member!.id);
  if (listed.outcome === 'refused') return undefined;
  const { entries } = listed;
  const pages = Math.max(1, Math.ceil(entries.length / PAGE_SIZE));
  const current = Math.min(Math.max(page, 0), pages - 1);
  const shown = entries.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  const formats = await viewFormats(ctx);
  const lines = [
    entries.length === 0
      ? ctx.t('sec-pending-empty')
      : ctx.t('sec-pending-header', { count: entries.length }),
    ...shown.map((entry, index) =>
      ctx.t('sec-pending-line', {
        number: current * PAGE_SIZE + index + 1,
        name: entry.memberName,
        kind: ctx.t('sec-pending-kind', { kind: entry.kind, detail: entry.detail }),
        since: formats.localTime(entry.since),
      }),
    ),
  ];
  if (pages > 1) lines.push('', ctx.t('sec-pending-page', { page: current + 1, pages }));
  // The list already names each item; its button is only the item's number, so the screen says it once.
  const keyboard = new InlineKeyboard();
  shown.forEach((entry, index) => {
    if (index > 0 && index % NUMBERS_PER_ROW === 0) keyboard.row();
    keyboard.text(String(current * PAGE_SIZE + index + 1), pendingData.open(entry.kind, entry.id));
  });
  keyboard.row();
  if (current > 0) keyboard.text(ctx.t('sec-button-previous'), pendingData.page(current - 1));
  if (current < pages - 1) keyboard.text(ctx.t('sec-button-next'), pendingData.page(current + 1));
  return { text: lines.join('\n'), keyboard };
}

chat.command('pending', async (ctx, next) => {
  // A committee officer's /pending lists what the cells proposed to their unit (features/officer/pending.ts).
  if (isOfficer(ctx)) return next();
  if (!isCellLeader(ctx)) return refuseCommand(ctx, 'pending.list', 'leader');
  const page = await pageOf(ctx, 0);
  if (!page) return refuseCommand(ctx, 'pending.list', 'leader');
  await ctx.reply(page.text, { reply_markup: page.keyboard });
});

// Every pd: button: the presser must be a cell leader now, in their own chat; the records check the rest.
chat.callbackQuery(/^pd:/, async (ctx, next) => {
  if (!pressedInOwnChat(ctx) || !isCellLeader(ctx)) return refuseButton(ctx, 'pending.button');
  await next();
});

chat.callbackQuery(PENDING_PATTERNS.page, async (ctx) => {
  const page = await pageOf(ctx, Number(ctx.match[1]));
  if (!page) return refuseButton(ctx, 'pending.list');
  await ctx.answerCallbackQuery();
  await ctx.editMessageText(page.text, { reply_markup: page.keyboard }).catch(() => undefined);
});

chat.callbackQuery(PENDING_PATTERNS.open, async (ctx) => {
  const kind = pendingKindOf(ctx.match[1]);
  const result = await ctx.deps.records.pending.detailFor(ctx.member!.id, kind, Number(ctx.match[2]));
  if (result.outcome === 'refused') {
    // Not found and another cell's item read the same, so a forged id learns nothing.
    await ctx.answerCallbackQuery({ text: ctx.t('access-button-refused'), show_alert: true });
    return;
  }
  await ctx.answerCallbackQuery();
  const view = pendingView(result.detail, (key, args) => ctx.t(key, args), await viewFormats(ctx));
  const texts = [...view.texts];
  const last = texts.pop()!;
  for (const text of texts) await ctx.reply(text);
  if (view.file) await sendMemberFile(ctx, view.file);
  await ctx.reply(last, { reply_markup: view.keyboard });
});
