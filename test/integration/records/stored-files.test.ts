// Keeping a member's file: checked against the policy before anything is written, stored once per content, read back.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LocalFileStorage } from '../../../src/files/local-storage';
import { MemberFiles } from '../../../src/files/member-files';
import { createRecords } from '../../../src/records';
import { createTestDatabase, type TestDatabase } from '../../support/database';
import { createCell, createMember } from '../../support/fixtures';

const NOW = new Date('2026-11-05T08:00:00Z');
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('a receipt')]);

describe('MemberFiles', () => {
  let database: TestDatabase;
  let root: string;
  let files: MemberFiles;
  let memberId: number;

  beforeAll(async () => {
    database = await createTestDatabase();
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'homecell-member-files-'));
    const records = createRecords(database.db, () => NOW);
    files = new MemberFiles(new LocalFileStorage(root), records.storedFiles, records.policy.files, () => NOW);
    memberId = (await createMember(database.db, await createCell(database.db))).id;
  });
  afterAll(async () => {
    await database.drop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('keeps a document under its own name with the extension of its real type, and reads it back', async () => {
    const pdf = Buffer.from('%PDF-1.4\nsigned comment\n');
    const kept = await files.keep(memberId, pdf, { expected: 'document', fileName: 'Nhận xét công ty.jpg' });
    if (!kept.ok) throw new Error('refused');
    expect(kept.file).toMatchObject({
      memberId,
      fileName: 'Nhận xét công ty.pdf',
      mimeType: 'application/pdf',
      size: pdf.length,
      createdAt: NOW.toISOString(),
    });
    expect(kept.file.storageKey).toBe(`sha256/${kept.file.sha256.slice(0, 2)}/${kept.file.sha256}`);
    expect((await files.read(kept.file.id))?.bytes).toEqual(pdf);
  });

  it('stores the same bytes once, with a row for each time they were sent', async () => {
    const first = await files.keep(memberId, JPEG, { expected: 'photo' });
    const second = await files.keep(memberId, JPEG, { expected: 'photo' });
    if (!first.ok || !second.ok) throw new Error('refused');
    expect(second.file.id).not.toBe(first.file.id);
    expect(second.file.storageKey).toBe(first.file.storageKey);
    expect(first.file.fileName).toBe('photo-2026-11-05.jpg');
  });

  it('refuses too big, unknown and (for a photo) non-image files, writing neither a row nor bytes', async () => {
    const rows = await database.db.storedFile.count();
    const stored = fs.readdirSync(root, { recursive: true }).length;
    const big = Buffer.concat([JPEG, Buffer.alloc(files.maxBytes)]);
    expect(await files.keep(memberId, big, { expected: 'photo' })).toEqual({
      ok: false,
      refusal: { reason: 'too-big', maxMegabytes: 10 },
    });
    expect(await files.keep(memberId, Buffer.from('plain text'), { expected: 'document' })).toEqual({
      ok: false,
      refusal: { reason: 'wrong-type', expected: 'document' },
    });
    expect(await files.keep(memberId, Buffer.from('%PDF-1.4\n'), { expected: 'photo' })).toEqual({
      ok: false,
      refusal: { reason: 'wrong-type', expected: 'photo' },
    });
    expect(await database.db.storedFile.count()).toBe(rows);
    expect(fs.readdirSync(root, { recursive: true }).length).toBe(stored);
  });
});
