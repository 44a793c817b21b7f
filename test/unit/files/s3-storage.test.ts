// The S3-compatible storage against a stand-in client: object keys under the prefix, bytes and type sent, 404 as missing.
import { NoSuchKey, NotFound, type S3Client } from '@aws-sdk/client-s3';
import { S3FileStorage } from '../../../src/files/s3-storage';
import { FileNotFoundError } from '../../../src/files/storage';

function fakeBucket() {
  const objects = new Map<string, Buffer>();
  const calls: Array<{ name: string; input: Record<string, unknown> }> = [];
  const client = {
    send: (command: { constructor: { name: string }; input: Record<string, unknown> }) => {
      const { name } = command.constructor;
      const { input } = command;
      calls.push({ name, input });
      const key = String(input.Key);
      if (name === 'PutObjectCommand') {
        objects.set(key, input.Body as Buffer);
        return Promise.resolve({});
      }
      const object = objects.get(key);
      const metadata = { $metadata: { httpStatusCode: 404 } };
      if (name === 'HeadObjectCommand')
        return object
          ? Promise.resolve({})
          : Promise.reject(new NotFound({ message: 'NotFound', ...metadata }));
      if (!object) return Promise.reject(new NoSuchKey({ message: 'NoSuchKey', ...metadata }));
      return Promise.resolve({
        Body: { transformToByteArray: () => Promise.resolve(new Uint8Array(object)) },
      });
    },
  };
  return { client: client as unknown as S3Client, objects, calls };
}

describe('S3FileStorage', () => {
  it('puts, finds and gets objects under the prefix', async () => {
    const bucket = fakeBucket();
    const storage = new S3FileStorage(
      { bucket: 'homecell-files', region: 'us-east-1', prefix: 'cell-a/' },
      bucket.client,
    );
    expect(await storage.exists('sha256/ab/abc')).toBe(false);
    await storage.put('sha256/ab/abc', Buffer.from('%PDF-1.4'), { contentType: 'application/pdf' });
    expect(bucket.calls.find((call) => call.name === 'PutObjectCommand')?.input).toMatchObject({
      Bucket: 'homecell-files',
      Key: 'cell-a/sha256/ab/abc',
      ContentType: 'application/pdf',
    });
    expect(await storage.exists('sha256/ab/abc')).toBe(true);
    expect((await storage.get('sha256/ab/abc')).toString()).toBe('%PDF-1.4');
    await expect(storage.get('sha256/ab/none')).rejects.toBeInstanceOf(FileNotFoundError);
    await expect(storage.get('../x')).rejects.toThrow(/not a storage key/);
  });
});
