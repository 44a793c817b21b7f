// Takes in a file a member sent (size and real type checked against the policy) and keeps it; reads it back for the cell.
import { createHash } from 'node:crypto';
import type { Clock } from '../clock';
import type { Policy } from '../domain/policy';
import { foldAccents } from '../presentation/fold';
import type { StoredFileRecords, StoredFileView } from '../records/stored-files';
import { detectFileType, extensionOfMimeType, isImageType, type DetectedFileType } from './file-type';
import type { FileStorage } from './storage';

/** What a form's file step takes: an image only, or an image or a PDF. */
export type ExpectedFile = 'photo' | 'document';

export type FileRefusal =
  { reason: 'too-big'; maxMegabytes: number } | { reason: 'wrong-type'; expected: ExpectedFile };

export type KeepResult = { ok: true; file: StoredFileView } | { ok: false; refusal: FileRefusal };

const MEGABYTE = 1024 * 1024;

/** A name for a chat or an archive: accents folded, only letters, digits and `-`, e.g. "nguyen-thi-lan". */
export function fileNameSlug(text: string): string {
  return (
    foldAccents(text)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'file'
  );
}

/** The member's own name for a document, keeping its letters (accents too), with the extension of its real type. */
function readableName(original: string | undefined, detected: DetectedFileType, fallback: string): string {
  const base = (original ?? '')
    .replace(/^.*[\\/]/, '')
    .replace(/\.[^.]*$/, '')
    .normalize('NFC')
    .replace(/[^\p{L}\p{N} ._-]+/gu, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 100);
  return `${base === '' ? fallback : base}.${detected.extension}`;
}

export class MemberFiles {
  constructor(
    private readonly storage: FileStorage,
    private readonly records: StoredFileRecords,
    private readonly policy: Policy['files'],
    private readonly clock: Clock,
  ) {}

  get maxMegabytes(): number {
    return this.policy.maxMegabytes;
  }

  get maxBytes(): number {
    return this.policy.maxMegabytes * MEGABYTE;
  }

  /** The size a channel announces, checked before downloading anything. */
  refusalForSize(size: number | undefined): FileRefusal | undefined {
    return size !== undefined && size > this.maxBytes
      ? { reason: 'too-big', maxMegabytes: this.policy.maxMegabytes }
      : undefined;
  }

  /** Checks the bytes (size, and type by their first bytes); nothing is written unless they are taken. */
  check(
    bytes: Buffer,
    expected: ExpectedFile,
  ): { ok: true; detected: DetectedFileType } | { ok: false; refusal: FileRefusal } {
    const tooBig = this.refusalForSize(bytes.length);
    if (tooBig) return { ok: false, refusal: tooBig };
    const detected = detectFileType(bytes);
    const accepted =
      detected !== undefined &&
      this.policy.acceptedTypes.includes(detected.type) &&
      (expected === 'document' || isImageType(detected.type));
    if (!accepted) return { ok: false, refusal: { reason: 'wrong-type', expected } };
    return { ok: true, detected };
  }

  /** Stores the bytes (named by their SHA-256, so a file sent twice is kept once) and records who sent it. */
  async keep(
    memberId: number,
    bytes: Buffer,
    details: { expected: ExpectedFile; fileName?: string },
  ): Promise<KeepResult> {
    const checked = this.check(bytes, details.expected);
    if (!checked.ok) return checked;
    const { detected } = checked;
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const storageKey = `sha256/${sha256.slice(0, 2)}/${sha256}`;
    if (!(await this.storage.exists(storageKey)))
      await this.storage.put(storageKey, bytes, { contentType: detected.mimeType });
    const day = this.clock().toISOString().slice(0, 10);
    const fallback = `${isImageType(detected.type) ? 'photo' : 'document'}-${day}`;
    const file = await this.records.create({
      memberId,
      storageKey,
      fileName: readableName(details.fileName, detected, fallback),
      mimeType: detected.mimeType,
      size: bytes.length,
      sha256,
    });
    return { ok: true, file };
  }

  /** The stored bytes and their row; undefined when there is no such row. */
  async read(storedFileId: number): Promise<{ file: StoredFileView; bytes: Buffer } | undefined> {
    const file = await this.records.get(storedFileId);
    if (!file) return undefined;
    return { file, bytes: await this.storage.get(file.storageKey) };
  }
}

/** `bien-lai-nguyen-thi-lan-2026-11.jpg`: what the file is, whose, and when, with the extension of its type. */
export function readableFileName(parts: readonly string[], mimeType: string): string {
  return `${parts.map(fileNameSlug).join('-')}.${extensionOfMimeType(mimeType)}`;
}
