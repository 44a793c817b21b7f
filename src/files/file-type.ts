// Tells the kinds of file members may send apart by their first bytes (magic numbers), never by the name they carry.
import type { FileType } from '../domain/policy';

export interface DetectedFileType {
  type: FileType;
  mimeType: string;
  /** Without the dot, as a readable file name gets it. */
  extension: string;
}

const KNOWN: Record<FileType, Omit<DetectedFileType, 'type'>> = {
  jpeg: { mimeType: 'image/jpeg', extension: 'jpg' },
  png: { mimeType: 'image/png', extension: 'png' },
  webp: { mimeType: 'image/webp', extension: 'webp' },
  heic: { mimeType: 'image/heic', extension: 'heic' },
  pdf: { mimeType: 'application/pdf', extension: 'pdf' },
};

/** ISO base media brands of HEIF images (iPhones write heic; mif1/msf1 are the generic image brands). */
const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']);

const startsWith = (bytes: Buffer, signature: number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((byte, index) => bytes[at + index] === byte);
const ascii = (bytes: Buffer, from: number, to: number) =>
  bytes.length >= to ? bytes.subarray(from, to).toString('latin1') : '';

export function detectFileType(bytes: Buffer): DetectedFileType | undefined {
  const type = typeOf(bytes);
  return type ? { type, ...KNOWN[type] } : undefined;
}

function typeOf(bytes: Buffer): FileType | undefined {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  if (ascii(bytes, 4, 8) === 'ftyp' && HEIF_BRANDS.has(ascii(bytes, 8, 12))) return 'heic';
  // A PDF may have a few bytes before its header (some scanners write a BOM or a blank line).
  if (bytes.subarray(0, 1024).includes('%PDF-', 0, 'latin1')) return 'pdf';
  return undefined;
}

export const isImageType = (type: FileType): boolean => type !== 'pdf';

/** The extension a readable name gets for a mime type homecell stored; 'bin' for anything else (old rows). */
export function extensionOfMimeType(mimeType: string): string {
  return Object.values(KNOWN).find((known) => known.mimeType === mimeType)?.extension ?? 'bin';
}
