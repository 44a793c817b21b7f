// The file storage the configuration picks: an S3-compatible bucket when FILES_S3_BUCKET is set, else DATA_DIR/files.
import path from 'node:path';
import type { Config } from '../config';
import { LocalFileStorage } from './local-storage';
import { S3FileStorage } from './s3-storage';
import type { FileStorage } from './storage';

export { FileNotFoundError, type FileStorage } from './storage';
export { LocalFileStorage } from './local-storage';
export {
  MemberFiles,
  fileNameSlug,
  readableFileName,
  type ExpectedFile,
  type FileRefusal,
} from './member-files';

export function createFileStorage(config: Pick<Config, 'dataDir' | 'files'>): FileStorage {
  const { s3 } = config.files;
  if (s3) return new S3FileStorage(s3);
  return new LocalFileStorage(path.join(config.dataDir, 'files'));
}
