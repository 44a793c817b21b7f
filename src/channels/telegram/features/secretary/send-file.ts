// Forwards a file a member sent (a receipt photo, a signed workplace comment) by its Telegram file id.
import type { BotContext } from '../../context';

/**
 * The records keep only the file id, not whether it was a photo or a document, and Telegram refuses a photo's
 * id in sendDocument: try the likely kind first, then the other, and say so if neither works.
 */
export async function sendMemberFile(
  ctx: BotContext,
  file: { fileId: string; prefer: 'photo' | 'document'; caption: string },
): Promise<void> {
  const asPhoto = () => ctx.replyWithPhoto(file.fileId, { caption: file.caption });
  const asDocument = () => ctx.replyWithDocument(file.fileId, { caption: file.caption });
  const [first, second] = file.prefer === 'photo' ? [asPhoto, asDocument] : [asDocument, asPhoto];
  try {
    await first();
  } catch {
    try {
      await second();
    } catch (error) {
      ctx.log.warn({ err: error }, 'could not forward the member file');
      await ctx.reply(ctx.t('sec-file-unavailable'));
    }
  }
}
