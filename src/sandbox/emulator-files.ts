// Stores the bytes of every file sent either way, under Telegram-like file_id, file_unique_id and file_path.
import { createHash, randomBytes } from 'node:crypto';
import type { Document, PhotoSize } from 'grammy/types';

export type StoredFileKind = 'documents' | 'photos' | 'stickers' | 'voice';

export interface StoredFile {
  file_id: string;
  file_unique_id: string;
  file_path: string;
  kind: StoredFileKind;
  bytes: Buffer;
  file_name?: string;
  mime_type?: string;
}

const DEFAULT_EXTENSION: Record<StoredFileKind, string> = {
  documents: 'dat',
  photos: 'jpg',
  stickers: 'webp',
  voice: 'oga',
};

export class FileStore {
  private readonly byId = new Map<string, StoredFile>();
  private readonly byPath = new Map<string, StoredFile>();
  /** Files of an earlier bot token: the people still see them, the bot can no longer fetch or resend them. */
  private readonly retired = new Set<StoredFile>();
  private fileCounter = 0;

  add(
    kind: StoredFileKind,
    bytes: Buffer,
    details: { fileName?: string; mimeType?: string } = {},
  ): StoredFile {
    this.fileCounter += 1;
    const extension = /\.([A-Za-z0-9]{1,8})$/.exec(details.fileName ?? '')?.[1] ?? DEFAULT_EXTENSION[kind];
    const file: StoredFile = {
      file_id: `${kind.slice(0, 2).toUpperCase()}${randomBytes(24).toString('base64url')}`,
      // Same bytes, same unique id: Telegram's file_unique_id is stable across uploads of one file.
      file_unique_id: createHash('sha256').update(bytes).digest('base64url').slice(0, 16),
      file_path: `${kind}/file_${this.fileCounter}.${extension}`,
      kind,
      bytes,
      ...(details.fileName !== undefined ? { file_name: details.fileName } : {}),
      ...(details.mimeType !== undefined ? { mime_type: details.mimeType } : {}),
    };
    this.byId.set(file.file_id, file);
    this.byPath.set(file.file_path, file);
    return file;
  }

  /** Every file, in the order they came, for the sandbox's saved chats. */
  all(): StoredFile[] {
    return [...this.byId.values()];
  }

  get count(): number {
    return this.fileCounter;
  }

  /** Files saved by an earlier run: their ids and paths stay valid, and new paths go on from `count`. */
  restore(files: StoredFile[], count: number): void {
    for (const file of files) {
      this.byId.set(file.file_id, file);
      this.byPath.set(file.file_path, file);
    }
    this.fileCounter = Math.max(this.fileCounter, count);
  }

  get(fileId: string): StoredFile | undefined {
    return this.byId.get(fileId);
  }

  /** As the bot's calls (getFile, a file id in sendPhoto) and downloads see it: a retired file is unknown. */
  getForBot(fileId: string): StoredFile | undefined {
    const file = this.byId.get(fileId);
    return file && !this.retired.has(file) ? file : undefined;
  }

  getByPathForBot(filePath: string): StoredFile | undefined {
    const file = this.byPath.get(filePath);
    return file && !this.retired.has(file) ? file : undefined;
  }

  /** Telegram's file ids belong to one bot: after a change of token none of the files so far is the bot's. */
  retireAll(): void {
    for (const file of this.byId.values()) this.retired.add(file);
  }
}

export function documentOf(file: StoredFile): Document {
  return {
    file_id: file.file_id,
    file_unique_id: file.file_unique_id,
    ...(file.file_name !== undefined ? { file_name: file.file_name } : {}),
    ...(file.mime_type !== undefined ? { mime_type: file.mime_type } : {}),
    file_size: file.bytes.length,
  };
}

/** One size only: the emulator does not resize, and bots usually take the last (largest) entry anyway. */
export function photoSizesOf(file: StoredFile): PhotoSize[] {
  const { width, height } = imageDimensions(file.bytes);
  return [
    {
      file_id: file.file_id,
      file_unique_id: file.file_unique_id,
      width,
      height,
      file_size: file.bytes.length,
    },
  ];
}

/** Reads PNG and JPEG headers; anything else gets a plausible placeholder size. */
function imageDimensions(bytes: Buffer): { width: number; height: number } {
  const isPng = bytes.length >= 24 && bytes.readUInt32BE(0) === 0x89504e47;
  if (isPng) return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  const isJpeg = bytes.length > 4 && bytes[0] === 0xff && bytes[1] === 0xd8;
  if (isJpeg) {
    let position = 2;
    while (position + 9 < bytes.length && bytes[position] === 0xff) {
      const marker = bytes[position + 1];
      const segmentLength = bytes.readUInt16BE(position + 2);
      const isStartOfFrame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
      if (isStartOfFrame) {
        return { width: bytes.readUInt16BE(position + 7), height: bytes.readUInt16BE(position + 5) };
      }
      position += 2 + segmentLength;
    }
  }
  return { width: 640, height: 480 };
}
