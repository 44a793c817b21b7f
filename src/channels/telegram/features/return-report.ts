// /report: what the member's return still owes the cell, in the form for what is missing (the report with the host
// organisation's confirmed review, or that review alone).
import { Composer } from 'grammy';
import type { BotContext } from '../context';
import { startForm } from './forms';

export const returnReport = new Composer<BotContext>();

returnReport.chatType('private').command('report', async (ctx) => {
  if (!ctx.member) {
    await ctx.reply(ctx.t('forms-unbound'));
    return;
  }
  const owed = await ctx.deps.records.absenceChanges.returnOwed(ctx.member.id);
  if (!owed) {
    await ctx.reply(ctx.t('back-owed-nothing-owed'));
    return;
  }
  await startForm(ctx, owed.reportMissing ? 'return-report' : 'host-review');
});
