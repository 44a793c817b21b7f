// /documents: the documents the secretary attached to the cell's next meeting, sent from homecell's own copies.
import { Composer } from 'grammy';
import type { BotContext } from '../context';
import { sendMemberFile } from './secretary/send-file';

export const meetingDocuments = new Composer<BotContext>();

meetingDocuments.chatType('private').command('documents', async (ctx) => {
  if (!ctx.member) {
    await ctx.reply(ctx.t('forms-unbound'));
    return;
  }
  const { meetings } = ctx.deps.records;
  const [next] = await meetings.upcoming(ctx.member.cellId, ctx.deps.clock());
  const documents = next ? await meetings.documentsOf(next.id) : [];
  if (!next || documents.length === 0) {
    await ctx.reply(ctx.t('meeting-docs-none', { scheduled: next ? 'yes' : 'no' }));
    return;
  }
  await ctx.reply(ctx.t('meeting-docs-header', { count: documents.length, place: next.place }));
  for (const document of documents) {
    await sendMemberFile(ctx, {
      storedFileId: document.storedFileId,
      legacyFileId: null,
      prefer: 'document',
      caption: document.fileName,
      nameParts: [document.fileName.replace(/\.[^.]+$/, '')],
    });
  }
});
