// Photos and documents: the channel's file id; anything else where a file is expected says what is wanted.
import type { FileAnswer, FileStep } from '../types';
import { accepted, refused, type Parsed } from './parsed';

export interface ReceivedFile {
  fileType: 'photo' | 'document';
  fileId: string;
  mimeType?: string;
}

export function expectedFileError(step: FileStep): string {
  return step.kind === 'photo' ? 'forms-error-expect-photo' : 'forms-error-expect-document';
}

export function parseFile(step: FileStep, file: ReceivedFile): Parsed<FileAnswer> {
  // A photo sent "as a file" keeps its quality; it is still a photo.
  const isImage = file.fileType === 'photo' || (file.mimeType ?? '').startsWith('image/');
  if (step.kind === 'photo' && !isImage) return refused(expectedFileError(step));
  return accepted({
    fileId: file.fileId,
    fileType: file.fileType,
    ...(file.mimeType ? { mimeType: file.mimeType } : {}),
  });
}
