// As root the embedded PostgreSQL runs as the 'postgres' user: a DATA_DIR only root may enter (mktemp -d) works, and
// one below a directory closed to that user stops the start with one line saying what to change.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { DataDirError, startEmbeddedPostgres } from '../../src/db/embedded';

const asRoot = process.getuid?.() === 0 ? describe : describe.skip;

asRoot('embedded PostgreSQL in a DATA_DIR only root can enter', () => {
  const logger = pino({ level: 'silent' });
  const made: string[] = [];
  const tempDir = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'homecell-datadir-'));
    made.push(dir);
    return dir;
  };
  afterAll(() => {
    for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('starts in a directory made with mktemp -d (mode 700)', async () => {
    const dir = tempDir();
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
    const server = await startEmbeddedPostgres(dir, logger);
    try {
      expect(server.url).toMatch(/^postgresql:\/\//);
      // Opened for entering only: other users still cannot list it.
      expect(fs.statSync(dir).mode & 0o777).toBe(0o701);
    } finally {
      await server.stop();
    }
  }, 60_000);

  it('says which directory to change when one above DATA_DIR is closed to the postgres user', async () => {
    const closed = tempDir();
    const dataDir = path.join(closed, 'homecell', 'data');
    const error = await startEmbeddedPostgres(dataDir, logger).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(DataDirError);
    expect((error as Error).message).toContain(`cannot enter ${closed}`);
    expect((error as Error).message.split('\n')).toHaveLength(1);
  });
});
