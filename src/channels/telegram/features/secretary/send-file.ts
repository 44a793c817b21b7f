// Sends a file a member sent (a receipt photo, a signed workplace comment) to the secretary from homecell's own copy.
import { InputFile } from 'grammy';
import { readableFileName } from '../../../../files';
import type { MemberFileToSend } from '../../../desk/screen';
import type { BotContext } from '../../context';

/** Telegram shows these inline as a photo; HEIC and PDF go as documents. */
const PHOTO_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp']);

export async function sendMemberFile(ctx: BotContext, file: MemberFileToSend): Promise<void> {
  const caption = file.caption;
  try {
    if (file.storedFileId !== null) {
      const stored = await ctx.deps.files.read(file.storedFileId);
      if (!stored) throw new Error(`no stored file ${file.storedFileId}`);
      const name = readableFileName(file.nameParts, stored.file.mimeType);
      const input = () => new InputFile(stored.bytes, name);
      if (file.prefer === 'photo' && PHOTO_TYPES.has(stored.file.mimeType)) {
        // Telegram refuses some photos (odd proportions, too many pixels): the same bytes go as a document then.
        const sent = await ctx.replyWithPhoto(input(), { caption }).then(
          () => true,
          () => false,
        );
        if (!sent) await ctx.replyWithDocument(input(), { caption });
      } else await ctx.replyWithDocument(input(), { caption });
      return;
    }
    if (file.legacyFileId !== null) await sendByLegacyId(ctx, file.legacyFileId, file.prefer, caption);
  } catch (error) {
    ctx.log.warn({ err: error, storedFileId: file.storedFileId }, 'could not send the member file');
    await ctx.reply(ctx.t('sec-file-unavailable'));
  }
}

/** The old rows keep only the id, not whether it was a photo or a document, and Telegram refuses a photo's id in
 * sendDocument: try the likely kind first, then the other. */
async function sendByLegacyId(
  ctx: BotContext,
  fileId: string,
  prefer: 'photo' | 'document',
  caption: string,
): Promise<void> {
  const asPhoto = () => ctx.replyWithPhoto(fileId, { caption });
  const asDocument = () => ctx.replyWithDocument(fileId, { caption });
  const [first, second] = prefer === 'photo' ? [asPhoto, asDocument] : [asDocument, asPhoto];
  try {
    await first();
  } catch {
    await second();
  }
}
