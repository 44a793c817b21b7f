// The sandbox keeps its chats in DATA_DIR across restarts (issue 17): saved atomically after changes, restored at
// start; an emulator built without a history file (every test's) keeps nothing, and the demo's sandbox on a database
// server keeps nothing either.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { loadConfig } from '../../src/config';
import { ChatHistory } from '../../src/sandbox/chat-history';
import { BotApiEmulator } from '../../src/sandbox/emulator';
import { sandboxChatHistoryFile, startSandbox } from '../../src/sandbox/sandbox-service';
import { createTestDatabase } from '../support/database';

jest.setTimeout(60_000);

const TOKEN = '123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ_abc';
const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000002000000030802000000', 'hex');

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'homecell-chat-history-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

async function waitForFile(file: string): Promise<void> {
  for (let tries = 0; !fs.existsSync(file); tries += 1) {
    if (tries > 100) throw new Error(`${file} was never written`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('the emulator with a chat history file', () => {
  it('restores people, messages and files in a new emulator, and numbers new messages on', async () => {
    const file = path.join(dir, 'sandbox', 'chats.json');
    const first = new BotApiEmulator({ token: TOKEN, history: new ChatHistory(file, logger, 10) });
    await first.start();
    first.user(42, { first_name: 'Minh', language_code: 'vi' });
    first.sendText(42, '/start');
    first.sendPhoto(42, { bytes: PNG, caption: 'biên lai' });
    // Saved shortly after the changes, without waiting for the stop.
    await waitForFile(file);
    await first.stop();
    const before = first.conversation(42);
    const photoId = before[1].message.photo![0].file_id;
    expect(fs.readdirSync(path.dirname(file)).sort()).toEqual(['chats.json', 'files']);

    const second = new BotApiEmulator({ token: TOKEN, history: new ChatHistory(file, logger, 10) });
    await second.start();
    try {
      expect(second.conversation(42)).toEqual(before);
      expect(second.fileBytes(photoId)).toEqual(PNG);
      second.sendText(42, 'còn đây');
      expect(second.conversation(42).map((entry) => entry.message.message_id)).toEqual([1, 2, 3]);
    } finally {
      await second.stop();
    }
    const third = new BotApiEmulator({ token: TOKEN, history: new ChatHistory(file, logger, 10) });
    expect(third.conversation(42).map((entry) => entry.message.text ?? entry.message.caption)).toEqual([
      '/start',
      'biên lai',
      'còn đây',
    ]);
  });

  it('starts empty, with a warning, when the file is not one it wrote', () => {
    const file = path.join(dir, 'chats.json');
    fs.writeFileSync(file, '{"half": ');
    const warnings: string[] = [];
    const history = new ChatHistory(file, { warn: (_details, message) => warnings.push(String(message)) });
    const emulator = new BotApiEmulator({ token: TOKEN, history });
    expect(emulator.conversation(42)).toEqual([]);
    expect(warnings).toEqual(['sandbox chats not restored; starting with empty chats']);
  });

  it('is kept in DATA_DIR only for the sandbox on the embedded database', () => {
    const embedded = loadConfig({ DATA_DIR: dir });
    expect(sandboxChatHistoryFile(embedded, {})).toBe(path.join(dir, 'sandbox', 'chats.json'));
    const server = loadConfig({ DATA_DIR: dir, SANDBOX: '1', DATABASE_URL: 'postgresql://u:p@db:5432/h' });
    expect(sandboxChatHistoryFile(server, {})).toBeUndefined();
  });
});

describe('the sandbox service', () => {
  it("shows a chat's history again after a restart", async () => {
    const database = await createTestDatabase();
    const file = path.join(dir, 'sandbox', 'chats.json');
    const config = loadConfig({ DATABASE_URL: database.url, SANDBOX: '1', PORT: '0', LOG_LEVEL: 'silent' });
    const SECRETARY = 7_000_000_001;
    try {
      const first = await startSandbox(config, logger, { chatHistoryFile: file });
      const mark = first.emulator.mark();
      first.emulator.sendText(SECRETARY, '/start');
      const reply = await first.emulator.waitForMessage(SECRETARY, { after: mark });
      await first.stop();

      const second = await startSandbox(config, logger, { chatHistoryFile: file });
      try {
        const texts = second.emulator.conversation(SECRETARY).map((entry) => entry.message.text);
        expect(texts).toEqual(expect.arrayContaining(['/start', reply.text]));
      } finally {
        await second.stop();
      }
    } finally {
      await database.drop();
    }
  });
});
