// /export: the record book as documents (XLSX and CSV); /export <name or card> [year]: that member's review as form 2C PDF.
import { Composer, InputFile } from 'grammy';
import type { ExportFile } from '../../../../records/exports';
import type { BotContext } from '../../context';
import {
  acknowledge,
  answerRefused,
  canReadRecords,
  pressedInOwnChat,
  refuseButton,
  refuseCommand,
} from './access';
import { MEMBER_PICK_PATTERN, pickedMember } from './callbacks';
import { languageOf } from './export-language';
import { lookupMember } from './lookup';
import { sendMemberFile } from './send-file';

export const exportFeature = new Composer<BotContext>();
const chat = exportFeature.chatType('private');

async function sendFiles(ctx: BotContext, files: ExportFile[]): Promise<void> {
  for (const file of files) await ctx.replyWithDocument(new InputFile(file.bytes, file.fileName));
}

/** "Nguyễn Văn A 2025" is a name and a year; a lone year is not a name. */
function splitYear(args: string): { query: string; year?: number } {
  const match = /^(.*\S)\s+(\d{4})$/.exec(args.trim());
  return match ? { query: match[1], year: Number(match[2]) } : { query: args.trim() };
}

async function sendReview(ctx: BotContext, memberId: number, year?: number): Promise<void> {
  const result = await ctx.deps.records.exports.reviewPdf(ctx.member!.id, memberId, await languageOf(ctx), {
    year,
    readFile: async (id) => {
      const stored = await ctx.deps.files.read(id);
      return stored && { bytes: stored.bytes, mimeType: stored.file.mimeType };
    },
  });
  if (result.outcome === 'refused') return answerRefused(ctx);
  await acknowledge(ctx);
  if (result.outcome === 'no-review') {
    await ctx.reply(ctx.t('sec-export-no-review', { name: result.memberName, year: String(result.year) }));
    return;
  }
  await sendFiles(ctx, [result.file]);
  // Form 2C goes with the comment of the workplace; a photographed one is sent from homecell's copy.
  if (result.workplaceCommentFile) {
    await sendMemberFile(ctx, {
      ...result.workplaceCommentFile,
      prefer: 'document',
      caption: ctx.t('sec-review-workplace-file', { name: result.memberName }),
      nameParts: [ctx.t('sec-file-name-workplace-comment'), result.memberName, String(result.year)],
    });
  }
}

chat.command('export', async (ctx) => {
  if (!canReadRecords(ctx)) return refuseCommand(ctx, 'export.record-book', 'records');
  const args = ctx.match.trim();
  // A unit code exports that unit (an officer's subtree); asked by anyone else, the records refuse and log it.
  const unitCode = args !== '' && !/\s/.test(args) ? args : undefined;
  const isUnit = unitCode !== undefined && (await ctx.deps.records.stats.unitByCode(unitCode)) !== null;
  if (args !== '' && !isUnit) {
    const { query, year } = splitYear(args);
    const found = await lookupMember(ctx, query, 'review');
    if (found) await sendReview(ctx, found.id, year);
    return;
  }
  await ctx.replyWithChatAction('upload_document').catch(() => undefined);
  const limit = ctx.deps.config.exportChatMaxMembers;
  const result = await ctx.deps.records.exports.recordBook(ctx.member.id, await languageOf(ctx), {
    ...(isUnit ? { unitCode } : {}),
    maxMembers: limit,
  });
  if (result.outcome === 'refused') return answerRefused(ctx);
  if (result.outcome === 'too-large') {
    await ctx.reply(
      ctx.t('sec-export-too-large', {
        unit: result.unit.name,
        code: result.unit.code,
        members: result.members,
        limit,
      }),
    );
    return;
  }
  await sendFiles(ctx, result.files);
  await ctx.reply(ctx.t('sec-export-done', { count: result.files.length }));
});

chat.callbackQuery(MEMBER_PICK_PATTERN, async (ctx, next) => {
  const memberId = pickedMember(ctx, 'review');
  if (memberId === undefined) return next();
  if (!pressedInOwnChat(ctx) || !canReadRecords(ctx)) return refuseButton(ctx, 'export.review-pdf');
  await sendReview(ctx, memberId);
});
