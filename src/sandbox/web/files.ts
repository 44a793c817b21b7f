// Files in the web chat: a person's photo or document upload (base64 JSON), and downloads of files either side sent.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Update } from 'grammy/types';
import { z } from 'zod';
import type { BotApiEmulator } from '../emulator';
import { mimeTypeFor } from '../emulator-content';
import { readJson, SandboxHttpError, notFound } from './http-json';

/** Telegram bots may download files up to 20 MB; 10 MB keeps a sandbox upload quick and memory small. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
// Base64 is 4 bytes per 3, plus room for the rest of the JSON.
const MAX_UPLOAD_BODY_BYTES = Math.ceil((MAX_UPLOAD_BYTES * 4) / 3) + 64 * 1024;
const MAX_CAPTION_LENGTH = 1024;

const uploadSchema = z.object({
  kind: z.enum(['photo', 'document']),
  fileName: z
    .string()
    .min(1)
    .max(255)
    .refine((name) => !/[/\\\0]/.test(name), 'must be a plain file name'),
  mimeType: z
    .string()
    .max(255)
    .regex(/^[\w.+-]+\/[\w.+-]+$/, 'must be a MIME type such as image/jpeg')
    .optional(),
  caption: z.string().max(MAX_CAPTION_LENGTH).optional(),
  dataBase64: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64'),
});

const fileTooLarge = () =>
  new SandboxHttpError(413, 'file-too-large', `Files can be at most ${MAX_UPLOAD_BYTES / (1024 * 1024)} MB.`);

/** Sniffs the picture formats Telegram accepts as photos. */
function imageTypeOf(bytes: Buffer): string | undefined {
  if (bytes.length >= 8 && bytes.readUInt32BE(0) === 0x89504e47) return 'image/png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.subarray(0, 4).toString('latin1') === 'GIF8') return 'image/gif';
  if (
    bytes.subarray(0, 4).toString('latin1') === 'RIFF' &&
    bytes.subarray(8, 12).toString('latin1') === 'WEBP'
  )
    return 'image/webp';
  return undefined;
}

/** Reads an upload from the page and hands it to the bot as the person's message. */
export async function receiveUpload(
  request: IncomingMessage,
  emulator: BotApiEmulator,
  chatId: number,
): Promise<Update> {
  const upload = await readJson(request, uploadSchema, MAX_UPLOAD_BODY_BYTES).catch((error: unknown) => {
    throw error instanceof SandboxHttpError && error.status === 413 ? fileTooLarge() : error;
  });
  const bytes = Buffer.from(upload.dataBase64, 'base64');
  if (bytes.length === 0) throw new SandboxHttpError(400, 'file-empty', 'The file is empty.');
  if (bytes.length > MAX_UPLOAD_BYTES) throw fileTooLarge();
  const caption = upload.caption?.trim() ? { caption: upload.caption } : {};
  if (upload.kind === 'photo') {
    if (!imageTypeOf(bytes)) {
      throw new SandboxHttpError(400, 'not-an-image', 'That file is not a JPEG, PNG, GIF or WebP picture.');
    }
    return emulator.sendPhoto(chatId, { bytes, ...caption });
  }
  const mimeType = upload.mimeType ?? mimeTypeFor(upload.fileName, 'application/octet-stream');
  return emulator.sendDocument(chatId, { bytes, fileName: upload.fileName, mimeType, ...caption });
}

interface FileFacts {
  isPhoto: boolean;
  fileName?: string;
  mimeType?: string;
}

/** Looks the file up in the given chats, so the page can only fetch files that were sent where it can see. */
function findFile(emulator: BotApiEmulator, chatIds: number[], fileId: string): FileFacts | undefined {
  for (const chatId of chatIds) {
    for (const { message } of emulator.conversation(chatId)) {
      if (message.photo?.some((size) => size.file_id === fileId)) return { isPhoto: true };
      if (message.document?.file_id === fileId) {
        return { isPhoto: false, fileName: message.document.file_name, mimeType: message.document.mime_type };
      }
    }
  }
  return undefined;
}

/** RFC 6266: an ASCII fallback for old clients and the exact UTF-8 name (Vietnamese) for the rest. */
function contentDisposition(kind: 'inline' | 'attachment', fileName: string): string {
  const fallback = fileName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${kind}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

export function sendFile(
  response: ServerResponse,
  emulator: BotApiEmulator,
  chatIds: number[],
  fileId: string,
): void {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(fileId)) throw notFound('file-not-found', 'There is no such file.');
  const facts = findFile(emulator, chatIds, fileId);
  if (!facts) throw notFound('file-not-found', 'There is no such file.');
  const bytes = emulator.fileBytes(fileId);
  const fileName = facts.fileName ?? (facts.isPhoto ? 'photo.jpg' : 'file');
  const contentType = facts.isPhoto
    ? (imageTypeOf(bytes) ?? 'application/octet-stream')
    : (facts.mimeType ?? mimeTypeFor(fileName, 'application/octet-stream'));
  response.writeHead(200, {
    'content-type': contentType,
    'content-length': bytes.length,
    // Documents come from anyone; served as downloads in a sandboxed origin they cannot script the page.
    'content-disposition': contentDisposition(facts.isPhoto ? 'inline' : 'attachment', fileName),
    'content-security-policy': "default-src 'none'; sandbox",
    'x-content-type-options': 'nosniff',
    'cache-control': 'private, max-age=3600',
  });
  response.end(bytes);
}
