// Starts the real service in sandbox mode (SANDBOX=1) on a fresh database, and makes small test pictures.
import zlib from 'node:zlib';
import pino from 'pino';
import { loadConfig } from '../../src/config';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/sandbox-service';
import { createTestDatabase, type TestDatabase } from '../support/database';

export interface Sandbox {
  service: RunningSandbox;
  database: TestDatabase;
  url: string;
  stop(): Promise<void>;
}

export async function startSandboxService(database?: TestDatabase): Promise<Sandbox> {
  const db = database ?? (await createTestDatabase());
  const config = loadConfig({ DATABASE_URL: db.url, SANDBOX: '1', PORT: '0', LOG_LEVEL: 'silent' });
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const service = await startSandbox(config, logger);
  return {
    service,
    database: db,
    url: service.http.url,
    stop: async () => {
      await service.stop();
      if (!database) await db.drop();
    },
  };
}

const CRC_TABLE = Array.from({ length: 256 }, (_, index) => {
  let crc = index;
  for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  return crc >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A real, decodable PNG (sky over green hills), so the browser can draw it and the emulator can read its size. */
export function landscapePng(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y += 1) {
    const row = Buffer.alloc(1 + width * 3); // filter byte 0, then RGB
    for (let x = 0; x < width; x += 1) {
      const horizon = height * (0.62 + 0.08 * Math.sin((x / width) * Math.PI * 2));
      const sky = y / horizon;
      const pixel =
        y < horizon
          ? [Math.round(120 + 100 * sky), Math.round(170 + 60 * sky), 235]
          : [Math.round(60 + 40 * (y / height)), Math.round(140 - 30 * (y / height)), 70];
      row.set(pixel, 1 + x * 3);
    }
    rows.push(row);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', zlib.deflateSync(Buffer.concat(rows))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}
