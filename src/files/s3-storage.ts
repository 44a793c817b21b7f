// Files kept in an S3-compatible bucket (AWS S3, MinIO, R2…): one object per key; credentials come from the SDK's usual chain.
import {
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { assertStorageKey, FileNotFoundError, type FileStorage } from './storage';

export interface S3StorageOptions {
  bucket: string;
  /** Region of the bucket; S3-compatible servers usually take any (us-east-1). */
  region: string;
  /** An S3-compatible server (MinIO, R2…); unset: AWS. Such servers are addressed by path, not by subdomain. */
  endpoint?: string;
  /** Put before every key, e.g. `homecell/`. */
  prefix?: string;
}

const isNotFound = (error: unknown) =>
  error instanceof S3ServiceException &&
  (error.name === 'NoSuchKey' || error.name === 'NotFound' || error.$metadata.httpStatusCode === 404);

export class S3FileStorage implements FileStorage {
  readonly description: string;
  private readonly client: S3Client;

  constructor(
    private readonly options: S3StorageOptions,
    client?: S3Client,
  ) {
    this.description = `s3 ${options.bucket}${options.endpoint ? ` at ${options.endpoint}` : ''}`;
    // Access keys: AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, a profile, or the instance's role, as the SDK finds them.
    this.client =
      client ??
      new S3Client({
        region: options.region,
        ...(options.endpoint ? { endpoint: options.endpoint, forcePathStyle: true } : {}),
      });
  }

  async put(key: string, bytes: Buffer, options: { contentType: string }): Promise<void> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.options.bucket,
        Key: this.objectKey(key),
        Body: bytes,
        ContentType: options.contentType,
        ContentLength: bytes.length,
      }),
    );
  }

  async get(key: string): Promise<Buffer> {
    try {
      const answer = await this.client.send(
        new GetObjectCommand({ Bucket: this.options.bucket, Key: this.objectKey(key) }),
      );
      if (!answer.Body) throw new FileNotFoundError(key);
      return Buffer.from(await answer.Body.transformToByteArray());
    } catch (error) {
      if (isNotFound(error)) throw new FileNotFoundError(key);
      throw error;
    }
  }

  async exists(key: string): Promise<boolean> {
    try {
      await this.client.send(
        new HeadObjectCommand({ Bucket: this.options.bucket, Key: this.objectKey(key) }),
      );
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  }

  private objectKey(key: string): string {
    assertStorageKey(key);
    return `${this.options.prefix ?? ''}${key}`;
  }
}
