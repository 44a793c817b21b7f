// A photo or document sent to a form's file question: downloaded from the Bot API at once (getFile + the file URL), checked, kept.
import { GrammyError } from 'grammy';
import type { Message } from 'grammy/types';
import type { ExpectedFile, FileRefusal } from '../../files';
import type { FormInput } from '../../forms';
import type { BotContext } from './context';

type FileInput = Extract<FormInput, { type: 'file' } | { type: 'file-refused' }>;

interface TelegramFile {
  fileType: 'photo' | 'document';
  fileId: string;
  size?: number;
  fileName?: string;
}

/** The photo (its largest size) or the document of a message; undefined for anything else. */
export function telegramFileOf(message: Message): TelegramFile | undefined {
  const photo = message.photo?.at(-1);
  if (photo) return { fileType: 'photo', fileId: photo.file_id, size: photo.file_size };
  const document = message.document;
  if (document)
    return {
      fileType: 'document',
      fileId: document.file_id,
      size: document.file_size,
      ...(document.file_name ? { fileName: document.file_name } : {}),
    };
  return undefined;
}

class TooBig extends Error {}

/** The body, stopped as soon as it passes `maxBytes` (a server may not say the length, or say it wrongly). */
async function downloadAtMost(url: string, maxBytes: number): Promise<Buffer> {
  const response = await fetch(url, { signal: AbortSignal.timeout(60_000) });
  if (!response.ok || !response.body) throw new Error(`file download answered HTTP ${response.status}`);
  if (Number(response.headers.get('content-length') ?? 0) > maxBytes) {
    await response.body.cancel();
    throw new TooBig();
  }
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of response.body) {
    length += chunk.length;
    if (length > maxBytes) throw new TooBig();
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}

/**
 * Downloads the file, checks its size and real type against the policy and keeps it, in that order, so a refused
 * file writes nothing. The Bot API serves files for one token, for a while: homecell keeps its own copy.
 */
export async function receiveMemberFile(
  ctx: BotContext,
  file: TelegramFile,
  expected: ExpectedFile,
): Promise<FileInput> {
  const { files } = ctx.deps;
  const refused = (refusal: FileRefusal): FileInput => {
    ctx.log.info(
      { refusal: refusal.reason, fileType: file.fileType, size: file.size },
      'member file refused',
    );
    return { type: 'file-refused', refusal };
  };
  const tooBig: FileRefusal = { reason: 'too-big', maxMegabytes: files.maxMegabytes };
  const announced = files.refusalForSize(file.size);
  if (announced) return refused(announced);
  let bytes: Buffer;
  try {
    const info = await ctx.api.getFile(file.fileId);
    if (files.refusalForSize(info.file_size)) return refused(tooBig);
    if (!info.file_path) throw new Error('getFile gave no file_path');
    const url = `${ctx.deps.telegramApiRoot}/file/bot${ctx.api.token}/${info.file_path}`;
    bytes = await downloadAtMost(url, files.maxBytes);
  } catch (error) {
    // Telegram lets a bot download 20 MB at most: a larger file is refused by getFile itself.
    if (error instanceof TooBig || (error instanceof GrammyError && /too big/i.test(error.description)))
      return refused(tooBig);
    ctx.log.warn({ err: error }, 'could not download the member file');
    return { type: 'file-refused', refusal: { reason: 'unavailable' } };
  }
  const kept = await files.keep(ctx.member!.id, bytes, {
    expected,
    ...(file.fileName ? { fileName: file.fileName } : {}),
  });
  if (!kept.ok) return refused(kept.refusal);
  return {
    type: 'file',
    fileType: file.fileType,
    storedFileId: kept.file.id,
    mimeType: kept.file.mimeType,
  };
}
