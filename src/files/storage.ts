// The one interface homecell keeps members' files through: a local folder by default, an S3-compatible bucket by configuration.
export interface FileStorage {
  /** Where the bytes go, for logs and /healthz ("local /data/files", "s3 bucket-name"). */
  readonly description: string;
  /** Stores the bytes under the key; putting the same key again replaces them (keys name content, so it is the same). */
  put(key: string, bytes: Buffer, options: { contentType: string }): Promise<void>;
  /** The bytes stored under the key; throws FileNotFoundError when there are none. */
  get(key: string): Promise<Buffer>;
  exists(key: string): Promise<boolean>;
}

export class FileNotFoundError extends Error {
  constructor(readonly key: string) {
    super(`no stored file under ${key}`);
    this.name = 'FileNotFoundError';
  }
}

/** Keys are homecell's own (`sha256/ab/abcd…`): letters, digits, `-`, `_`, `.` and `/`, never `..` or a leading `/`. */
export function assertStorageKey(key: string): void {
  const valid =
    /^[A-Za-z0-9][A-Za-z0-9._/-]{0,500}$/.test(key) &&
    !key.split('/').some((part) => part === '..' || part === '');
  if (!valid) throw new Error(`not a storage key: ${JSON.stringify(key)}`);
}
