// A committee officer's /pending: the applications the cells proposed to the officer's unit (or a unit below it),
// oldest proposal first; an opened one is approved in one tap, or rejected, or sent back to the cell with a question.
import { Composer, InlineKeyboard } from 'grammy';
import type { PendingEntry } from '../../../../records/pending';
import type { BotContext } from '../../context';
import { isOfficer, pressedInOwnChat, refuseButton, refuseCommand } from '../secretary/access';
import { OFFICER_PATTERNS, officerData } from '../secretary/callbacks';
import { finishTap, promptIfPending } from '../secretary/decide';
import { viewFormats } from '../secretary/format';
import { pendingView } from '../secretary/pending-views';

export const officerPending = new Composer<BotContext>();
const chat = officerPending.chatType('private');
const PAGE_SIZE = 8;
const NUMBERS_PER_ROW = 4;

function kindOf(ctx: BotContext, entry: PendingEntry): string {
  return ctx.t('sec-pending-kind', { kind: entry.kind, detail: entry.detail });
}

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
      ? ctx.t('officer-pending-empty')
      : ctx.t('officer-pending-header', { count: entries.length }),
    ...shown.map((entry, index) =>
      ctx.t('officer-pending-line', {
        number: current * PAGE_SIZE + index + 1,
        name: entry.memberName,
        cell: entry.cellName ?? '-',
        kind: kindOf(ctx, entry),
        since: formats.localTime(entry.since),
      }),
    ),
  ];
  if (pages > 1) lines.push('', ctx.t('sec-pending-page', { page: current + 1, pages }));
  // As the cell's /pending: the list names each application, its button is only its number.
  const keyboard = new InlineKeyboard();
  shown.forEach((entry, index) => {
    if (index > 0 && index % NUMBERS_PER_ROW === 0) keyboard.row();
    keyboard.text(String(current * PAGE_SIZE + index + 1), officerData.open(entry.id));
  });
  keyboard.row();
  if (current > 0) keyboard.text(ctx.t('sec-button-previous'), officerData.page(current - 1));
  if (current < pages - 1) keyboard.text(ctx.t('sec-button-next'), officerData.page(current + 1));
  return { text: lines.join('\n'), keyboard };
}

chat.command('pending', async (ctx) => {
  if (!isOfficer(ctx)) return refuseCommand(ctx, 'pending.list', 'leader');
  const page = await pageOf(ctx, 0);
  if (!page) return refuseCommand(ctx, 'pending.list', 'officer');
  await ctx.reply(page.text, { reply_markup: page.keyboard });
});

// Every od: button: the presser must be an officer now, in their own chat; the records check the unit.
chat.callbackQuery(/^od:/, async (ctx, next) => {
  if (!pressedInOwnChat(ctx) || !isOfficer(ctx)) return refuseButton(ctx, 'officer.pending.button');
  await next();
});

chat.callbackQuery(OFFICER_PATTERNS.page, async (ctx) => {
  const page = await pageOf(ctx, Number(ctx.match[1]));
  if (!page) return refuseButton(ctx, 'pending.list');
  await ctx.answerCallbackQuery();
  await ctx.editMessageText(page.text, { reply_markup: page.keyboard }).catch(() => undefined);
});

chat.callbackQuery(OFFICER_PATTERNS.open, async (ctx) => {
  const result = await ctx.deps.records.pending.detailFor(
    ctx.member!.id,
    'application',
    Number(ctx.match[1]),
  );
  if (result.outcome === 'refused') {
    // Another unit's application and a forged id read the same.
    await ctx.answerCallbackQuery({ text: ctx.t('access-button-refused'), show_alert: true });
    return;
  }
  await ctx.answerCallbackQuery();
  const view = pendingView(result.detail, (key, args) => ctx.t(key, args), await viewFormats(ctx), 'officer');
  const texts = [...view.texts];
  const last = texts.pop()!;
  for (const text of texts) await ctx.reply(text);
  await ctx.reply(last, { reply_markup: view.keyboard });
});

chat.callbackQuery(OFFICER_PATTERNS.decide, async (ctx) => {
  const id = Number(ctx.match[2]);
  const prompt = (action: 'officer-reject' | 'ask-more') => (memberName: string, askedAt: string) => ({
    action,
    absenceId: id,
    memberName,
    askedAt,
  });
  switch (ctx.match[1]) {
    case 'approve':
      return finishTap(ctx, {
        kind: 'step',
        result: await ctx.deps.records.decisions.applicationStep(ctx.member!.id, id, { step: 'approve' }),
      });
    case 'reject':
      return promptIfPending(ctx, 'application', id, prompt('officer-reject'));
    case 'ask':
      return promptIfPending(ctx, 'application', id, prompt('ask-more'));
  }
});
