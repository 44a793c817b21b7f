// Photos and documents: the file the channel kept (a StoredFile row); anything else where a file is expected says what is wanted.
import type { FileAnswer, FileStep, FluentArgs } from '../types';
import type { FileRefusalReason } from '../views';
import { accepted, refused, type Parsed } from './parsed';

export interface ReceivedFile {
  fileType: 'photo' | 'document';
  storedFileId: number;
  mimeType: string;
}

export function expectedFileError(step: FileStep): string {
  return step.kind === 'photo' ? 'forms-error-expect-photo' : 'forms-error-expect-document';
}

/** Why the channel did not keep a file, as the member reads it above the question asked again. */
export function fileRefusalError(refusal: FileRefusalReason): { key: string; args?: FluentArgs } {
  switch (refusal.reason) {
    case 'too-big':
      return { key: 'forms-error-file-too-big', args: { max: refusal.maxMegabytes } };
    case 'wrong-type':
      return { key: `forms-error-file-type-${refusal.expected}` };
    case 'unavailable':
      return { key: 'forms-error-file-unavailable' };
  }
}

export function parseFile(step: FileStep, file: ReceivedFile): Parsed<FileAnswer> {
  // The type was read from the file's bytes; a photo sent "as a file" keeps its quality and is still a photo.
  const isImage = file.mimeType.startsWith('image/');
  if (step.kind === 'photo' && !isImage) return refused('forms-error-file-type-photo');
  return accepted({ storedFileId: file.storedFileId, fileType: file.fileType, mimeType: file.mimeType });
}
