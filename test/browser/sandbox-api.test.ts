// The sandbox web chat's JSON API, event stream and file downloads, against the real service; and restarts keep the demo.
import http from 'node:http';
import { DEMO_CELL_CODE } from '../../src/records/demo';
import { createTestDatabase } from '../support/database';
import { landscapePng, startSandboxService, type Sandbox } from './sandbox-support';

const SECRETARY = 7_000_000_001;
const MINH = 7_000_000_004; // abroad in Korea, Vietnamese
const HUONG = 7_000_000_007; // in Brno, English
const NGOC = 7_000_000_005;

interface StreamEvent {
  event: string;
  data: Record<string, unknown>;
}

/** Follows a chat's event stream and lets the test wait for the event it expects. */
function followStream(url: string) {
  const events: StreamEvent[] = [];
  const waiters: Array<() => void> = [];
  let buffer = '';
  const request = http.get(url, (response) => {
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => {
      buffer += chunk;
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = /^event: (.+)$/m.exec(block)?.[1];
        const data = /^data: (.+)$/m.exec(block)?.[1];
        if (event && data) events.push({ event, data: JSON.parse(data) as Record<string, unknown> });
      }
      for (const wake of waiters.splice(0)) wake();
    });
  });
  request.on('error', () => undefined);
  return {
    events,
    async next(match: (event: StreamEvent) => boolean, timeoutMs = 5000): Promise<StreamEvent> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = events.find(match);
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`no such event; got ${JSON.stringify(events)}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 100);
        });
      }
    },
    close: () => request.destroy(),
  };
}

describe('sandbox web chat API', () => {
  let sandbox: Sandbox;
  const api = (path: string, init?: RequestInit) => fetch(`${sandbox.url}${path}`, init);
  const post = (path: string, body: unknown) =>
    api(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  beforeAll(async () => {
    sandbox = await startSandboxService();
  });
  afterAll(async () => {
    await sandbox?.stop();
  });

  it('lists every demo member with role, whereabouts, zone and chat id, leaders first', async () => {
    const body = (await (await api('/sandbox/api/people')).json()) as {
      cellName: string;
      defaultLocale: string;
      people: Array<Record<string, unknown>>;
    };
    expect(body.cellName).toBe('Chi bộ thôn Hải Thanh (mẫu)');
    expect(body.defaultLocale).toBe('vi');
    expect(body.people).toHaveLength(11);
    expect(body.people.slice(0, 2).map((person) => person.role)).toEqual(['secretary', 'deputy_secretary']);
    expect(body.people[0]).toMatchObject({ chatId: SECRETARY, name: 'Nguyễn Văn Hùng', place: null });
    expect(body.people.find((person) => person.chatId === MINH)).toEqual({
      chatId: MINH,
      name: 'Lê Văn Minh',
      role: 'member',
      status: 'temporary-exemption',
      place: 'Ansan, Gyeonggi',
      countryCode: 'KR',
      absenceKind: 'abroad',
      timezone: 'Asia/Seoul',
      locale: 'vi',
    });
  });

  it('registers the demo members on the emulator with their names and languages', () => {
    expect(sandbox.service.emulator.user(HUONG)).toMatchObject({
      first_name: 'Hương',
      last_name: 'Đặng Thị',
      language_code: 'en',
    });
  });

  it('streams the conversation: the snapshot, the person’s message and the bot’s reply', async () => {
    const stream = followStream(`${sandbox.url}/sandbox/api/chats/${MINH}/stream`);
    try {
      expect((await stream.next((event) => event.event === 'snapshot')).data.messages).toEqual([]);
      const sent = await post(`/sandbox/api/chats/${MINH}/messages`, { text: '/start' });
      expect(sent.status).toBe(200);
      expect(((await sent.json()) as { message: { text: string } }).message.text).toBe('/start');
      const reply = await stream.next((event) => event.event === 'message' && event.data.fromBot === true);
      expect(reply.data.text).toContain('Chào đồng chí Lê Văn Minh');
      expect(stream.events.filter((event) => event.event === 'message')[0].data).toMatchObject({
        fromBot: false,
        text: '/start',
      });
    } finally {
      stream.close();
    }
    // A new stream (a reload) starts with the whole conversation.
    const reloaded = followStream(`${sandbox.url}/sandbox/api/chats/${MINH}/stream`);
    try {
      const snapshot = await reloaded.next((event) => event.event === 'snapshot');
      expect((snapshot.data.messages as Array<{ text: string }>).map((message) => message.text)).toEqual([
        '/start',
        expect.stringContaining('Lê Văn Minh'),
      ]);
    } finally {
      reloaded.close();
    }
  });

  it('serves the page with its own words from Fluent, in both languages', async () => {
    const page = await (await api('/')).text();
    const block = /<script type="application\/json" id="page-strings">([^<]*)<\/script>/.exec(page)?.[1];
    const strings = JSON.parse(block ?? '{}') as Record<string, Record<string, string>>;
    expect(Object.keys(strings).sort()).toEqual(['en', 'vi']);
    expect(strings.vi.placeholder).toBe('Nhắn tin…');
    expect(strings.en.edited).toBe('edited');
    // The page's markup holds no words of its own: they all come from the block.
    expect(page.replace(block ?? '', '')).not.toContain('Giả lập thời gian');
  });

  it('tells a chat’s stream the person’s language, and again when it changes', async () => {
    const stream = followStream(`${sandbox.url}/sandbox/api/chats/${HUONG}/stream`);
    const db = sandbox.service.records.db;
    const huong = { identities: { some: { channel: 'telegram' as const, externalId: String(HUONG) } } };
    try {
      expect((await stream.next((event) => event.event === 'snapshot')).data.locale).toBe('en');
      await db.member.updateMany({ where: huong, data: { locale: 'vi' } });
      // What /language does: the records change, then the bot answers.
      await sandbox.service.bot.api.sendMessage(HUONG, 'Đã chọn tiếng Việt.');
      expect((await stream.next((event) => event.event === 'locale')).data).toEqual({ locale: 'vi' });
      await sandbox.service.bot.api.sendMessage(HUONG, 'Một tin nữa.');
      await stream.next((event) => event.event === 'message' && event.data.text === 'Một tin nữa.');
      // Told once: the language did not change again.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(stream.events.filter((event) => event.event === 'locale')).toHaveLength(1);
    } finally {
      stream.close();
      await db.member.updateMany({ where: huong, data: { locale: 'en' } });
    }
  });

  it('gives every demo chat its member’s menu before anyone writes, in the member’s language', async () => {
    const menu = async (chatId: number) =>
      (
        (await (await api(`/sandbox/api/chats/${chatId}/commands`)).json()) as {
          commands: Array<{ command: string; description: string }>;
        }
      ).commands;
    const ngoc = await menu(NGOC);
    expect(ngoc[0]).toEqual({ command: 'start', description: 'Tình hình của đồng chí và việc cần làm' });
    expect(ngoc.at(-1)).toEqual({ command: 'cancel', description: 'Hủy thao tác đang làm' });
    expect(ngoc.map((entry) => entry.command)).not.toContain('pending');
    expect((await menu(HUONG))[0]).toEqual({
      command: 'start',
      description: 'Where you stand and what is due',
    });
  });

  it('refuses bad input with a JSON error and keeps serving', async () => {
    const unknown = await post('/sandbox/api/chats/12345/messages', { text: 'hi' });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({
      error: { code: 'unknown-chat', message: 'Nobody in the sandbox has chat id 12345.' },
    });
    const broken = await post(`/sandbox/api/chats/${MINH}/messages`, '{"text":');
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as { error: { message: string } }).error.message).toBe(
      'The body is not valid JSON.',
    );
    const empty = await post(`/sandbox/api/chats/${MINH}/messages`, { text: '   ' });
    expect(empty.status).toBe(400);
    const gone = await post(`/sandbox/api/chats/${MINH}/buttons`, { messageId: 2, callbackData: 'forged:1' });
    expect(gone.status).toBe(409);
    expect(((await gone.json()) as { error: { code: string } }).error.code).toBe('button-gone');
    expect((await api('/sandbox/api/nothing')).status).toBe(404);
    expect((await api('/sandbox/assets/..%2Fweb-chat-routes.ts')).status).toBe(404);
    expect((await api('/sandbox/files/not-a-file')).status).toBe(404);
    expect((await api('/sandbox/api/people')).status).toBe(200);
  });

  it('takes a document upload and serves it back with its type and Vietnamese file name', async () => {
    const bytes = Buffer.from('Báo cáo tháng 11\n', 'utf8');
    const sent = await post(`/sandbox/api/chats/${MINH}/files`, {
      kind: 'document',
      fileName: 'báo cáo.txt',
      dataBase64: bytes.toString('base64'),
    });
    expect(sent.status).toBe(200);
    const { message } = (await sent.json()) as { message: { document: { fileId: string; size: number } } };
    expect(message.document.size).toBe(bytes.length);
    const file = await api(`/sandbox/files/${message.document.fileId}`);
    expect(file.headers.get('content-type')).toBe('text/plain');
    expect(file.headers.get('content-disposition')).toBe(
      `attachment; filename="bao cao.txt"; filename*=UTF-8''b%C3%A1o%20c%C3%A1o.txt`,
    );
    expect(Buffer.from(await file.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it('sends photos only when they are pictures, and refuses files over 10 MB', async () => {
    const photo = await post(`/sandbox/api/chats/${MINH}/files`, {
      kind: 'photo',
      fileName: 'x.png',
      dataBase64: landscapePng(3, 2).toString('base64'),
    });
    const { message } = (await photo.json()) as { message: { photo: { fileId: string; width: number } } };
    expect(message.photo.width).toBe(3);
    expect((await api(`/sandbox/files/${message.photo.fileId}`)).headers.get('content-type')).toBe(
      'image/png',
    );
    const notPicture = await post(`/sandbox/api/chats/${MINH}/files`, {
      kind: 'photo',
      fileName: 'x.png',
      dataBase64: Buffer.from('plain text').toString('base64'),
    });
    expect(((await notPicture.json()) as { error: { code: string } }).error.code).toBe('not-an-image');
    const tooBig = await post(`/sandbox/api/chats/${MINH}/files`, {
      kind: 'document',
      fileName: 'big.bin',
      dataBase64: Buffer.alloc(10 * 1024 * 1024 + 1).toString('base64'),
    });
    expect(tooBig.status).toBe(413);
    expect(await tooBig.json()).toEqual({
      error: { code: 'file-too-large', message: 'Files can be at most 10 MB.' },
    });
  });
});

describe('restarting the sandbox', () => {
  it('keeps one demo cell with the same members, answers again, and stops while a chat stream is open', async () => {
    const database = await createTestDatabase();
    const counts = async (sandbox: Sandbox) => {
      const people = (await (await fetch(`${sandbox.url}/sandbox/api/people`)).json()) as {
        people: unknown[];
      };
      return {
        cells: await sandbox.service.records.db.unit.count({ where: { code: DEMO_CELL_CODE } }),
        members: await sandbox.service.records.db.member.count(),
        people: people.people.length,
      };
    };
    try {
      const greeting = async (sandbox: Sandbox) => {
        const stream = followStream(`${sandbox.url}/sandbox/api/chats/${SECRETARY}/stream`);
        await stream.next((event) => event.event === 'snapshot');
        await fetch(`${sandbox.url}/sandbox/api/chats/${SECRETARY}/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ text: '/start' }),
        });
        const reply = await stream.next((event) => event.event === 'message' && event.data.fromBot === true);
        return { stream, text: reply.data.text };
      };
      const first = await startSandboxService(database);
      const before = await counts(first);
      const { stream, text } = await greeting(first);
      expect(text).toContain('Chào đồng chí Nguyễn Văn Hùng');
      const stopping = Date.now();
      await first.stop();
      expect(Date.now() - stopping).toBeLessThan(3000);
      stream.close();

      const second = await startSandboxService(database);
      try {
        expect(before).toEqual({ cells: 1, members: 11, people: 11 });
        expect(await counts(second)).toEqual(before);
        // The new emulator numbers updates from 1 again; the bot must not take them for re-deliveries.
        const again = await greeting(second);
        again.stream.close();
        expect(again.text).toContain('Chào đồng chí Nguyễn Văn Hùng');
      } finally {
        await second.stop();
      }
    } finally {
      await database.drop();
    }
  });
});
