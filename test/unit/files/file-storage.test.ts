// The local file storage (put, get, exists, keys that cannot leave its folder) and the type check by first bytes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { detectFileType } from '../../../src/files/file-type';
import { LocalFileStorage } from '../../../src/files/local-storage';
import { fileNameSlug, readableFileName } from '../../../src/files/member-files';
import { FileNotFoundError } from '../../../src/files/storage';

describe('LocalFileStorage', () => {
  let root: string;
  let storage: LocalFileStorage;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'homecell-storage-'));
    storage = new LocalFileStorage(path.join(root, 'files'));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('gives back the bytes it was given, under nested keys, and replaces them on a second put', async () => {
    const bytes = Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x01, 0x02]);
    expect(await storage.exists('sha256/ab/abc')).toBe(false);
    await storage.put('sha256/ab/abc', bytes, { contentType: 'image/jpeg' });
    expect(await storage.exists('sha256/ab/abc')).toBe(true);
    expect(await storage.get('sha256/ab/abc')).toEqual(bytes);
    expect(fs.readFileSync(path.join(root, 'files', 'sha256', 'ab', 'abc'))).toEqual(bytes);
    await storage.put('sha256/ab/abc', Buffer.from('other'), { contentType: 'image/jpeg' });
    expect((await storage.get('sha256/ab/abc')).toString()).toBe('other');
    // No temporary file is left beside it.
    expect(fs.readdirSync(path.join(root, 'files', 'sha256', 'ab'))).toEqual(['abc']);
  });

  it('says a missing key is missing', async () => {
    await expect(storage.get('sha256/00/none')).rejects.toBeInstanceOf(FileNotFoundError);
    expect(await storage.exists('sha256/00/none')).toBe(false);
  });

  it('refuses keys that would leave its folder', async () => {
    for (const key of ['../escape', 'a/../../b', '/etc/passwd', 'a//b', '']) {
      await expect(storage.put(key, Buffer.from('x'), { contentType: 'text/plain' })).rejects.toThrow(
        /not a storage key/,
      );
    }
    expect(fs.existsSync(path.join(root, 'escape'))).toBe(false);
  });
});

describe('detectFileType', () => {
  it.each([
    ['jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0, 0]), 'image/jpeg'],
    ['png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'image/png'],
    ['webp', Buffer.from('RIFF\x10\0\0\0WEBPVP8 ', 'latin1'), 'image/webp'],
    ['heic', Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic\0\0\0\0')]), 'image/heic'],
    ['pdf', Buffer.from('%PDF-1.7\n'), 'application/pdf'],
  ])('knows %s by its first bytes', (type, bytes, mimeType) => {
    expect(detectFileType(bytes)).toMatchObject({ type, mimeType });
  });

  it('knows nothing else, whatever the name says: text, a video, an empty file', () => {
    expect(detectFileType(Buffer.from('bien lai: 20.000 dong'))).toBeUndefined();
    expect(
      detectFileType(Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypmp42\0\0\0\0')])),
    ).toBeUndefined();
    expect(detectFileType(Buffer.alloc(0))).toBeUndefined();
  });
});

describe('readable file names', () => {
  it('folds accents and joins the parts, with the extension of the stored type', () => {
    expect(readableFileName(['bien-lai', 'Nguyễn Thị Đào', '2026-11'], 'image/jpeg')).toBe(
      'bien-lai-nguyen-thi-dao-2026-11.jpg',
    );
    expect(readableFileName(['receipt', 'Lê Văn Minh', '2026-10-2026-12'], 'application/pdf')).toBe(
      'receipt-le-van-minh-2026-10-2026-12.pdf',
    );
    expect(fileNameSlug('  /../  ')).toBe('file');
  });
});
