// The Zalo fetch client against the Zalo emulator: `ok` decides success whatever the HTTP status, an idle poll (408)
// is "nothing new", unreadable answers are typed errors, and the token never appears in an error.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ZaloApiError, ZaloClient, ZaloNetworkError, redactToken } from '../../../src/channels/zalo/client';
import { classifyZaloError } from '../../../src/channels/zalo/outbound';
import { ZaloBotApiEmulator } from '../../../src/sandbox/zalo-emulator';

const TOKEN = '1234567890:zalo-Secret_Key-abcdef';

async function caught(work: Promise<unknown>): Promise<Error> {
  try {
    await work;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a failure');
}

/** Everything an error would show in a log line: message, stack and own fields. */
function everythingIn(error: Error): string {
  return `${error.message}\n${error.stack}\n${JSON.stringify(error)}`;
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('ZaloClient', () => {
  let emulator: ZaloBotApiEmulator;
  let client: ZaloClient;
  beforeEach(async () => {
    emulator = new ZaloBotApiEmulator({ token: TOKEN, maxPollSeconds: 1, botName: 'Chi bộ bot' });
    await emulator.start();
    client = new ZaloClient({ token: TOKEN, apiRoot: emulator.apiRoot, timeoutMs: 5_000 });
  });
  afterEach(() => emulator.stop());

  it('knows the bot and sends a text, a photo by URL and a typing action to a chat that wrote once', async () => {
    await expect(client.getMe()).resolves.toMatchObject({ id: '1234567890', name: 'Chi bộ bot' });
    emulator.user('zu-1');
    const sent = await client.sendMessage('zu-1', 'Chào đồng chí!');
    expect(sent.messageId).toEqual(expect.any(String));
    await client.sendPhoto('zu-1', 'https://example.org/receipt.jpg', 'Biên lai');
    await client.sendChatAction('zu-1');
    expect(
      emulator
        .sent('zu-1')
        .map(({ type, text, photo, caption, action }) => ({ type, text, photo, caption, action })),
    ).toEqual([
      { type: 'text', text: 'Chào đồng chí!' },
      { type: 'photo', photo: 'https://example.org/receipt.jpg', caption: 'Biên lai' },
      { type: 'chat-action', action: 'typing' },
    ]);
    expect(emulator.messages('zu-1')).toEqual(['Chào đồng chí!']);
  });

  it('treats ok:false as a failure even with HTTP 200, keeping error_code and description', async () => {
    const error = await caught(client.sendMessage('nobody', 'Xin chào'));
    expect(error).toBeInstanceOf(ZaloApiError);
    expect(error).toMatchObject({ errorCode: 404, httpStatus: 200, method: 'sendMessage' });
    expect((error as ZaloApiError).description).toMatch(/chat not found/);
    expect(classifyZaloError(error).type).toBe('unreachable');

    emulator.failNext('getMe', { error_code: 500, description: 'Internal error' });
    const failed = await caught(client.getMe());
    expect(failed).toMatchObject({ errorCode: 500, httpStatus: 200 });
    expect(classifyZaloError(failed).type).toBe('transient');
  });

  it('refuses an empty text and one over 2,000 characters, as Zalo does: a permanent failure', async () => {
    emulator.user('zu-1');
    await client.sendMessage('zu-1', 'a'.repeat(2000));
    for (const text of ['', 'a'.repeat(2001)]) {
      const error = await caught(client.sendMessage('zu-1', text));
      expect(error).toMatchObject({ errorCode: 400 });
      expect(classifyZaloError(error).type).toBe('permanent');
    }
    expect(emulator.messages('zu-1')).toHaveLength(1);
  });

  it('reads an idle long poll (408) as nothing new, and hands over one update per poll', async () => {
    const started = Date.now();
    await expect(client.getUpdates({ timeoutSeconds: 1 })).resolves.toEqual([]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);

    emulator.sendText('zu-2', 'MA-1234');
    emulator.sendImage('zu-2', 'https://cdn.example.org/p.jpg?exp=1', 'biên lai');
    const [first] = await client.getUpdates({ timeoutSeconds: 1 });
    expect(first).toMatchObject({
      type: 'text',
      text: 'MA-1234',
      message: { chat: { id: 'zu-2', type: 'PRIVATE' } },
    });
    const second = await client.getUpdates({ timeoutSeconds: 1 });
    expect(second).toEqual([
      expect.objectContaining({
        type: 'image',
        imageUrl: 'https://cdn.example.org/p.jpg?exp=1',
        caption: 'biên lai',
      }),
    ]);

    // A poll that is waiting gets a message written meanwhile.
    const waiting = client.getUpdates({ timeoutSeconds: 1 });
    setTimeout(() => emulator.sendText('zu-2', 'xin chào'), 100);
    await expect(waiting).resolves.toEqual([expect.objectContaining({ type: 'text', text: 'xin chào' })]);
  });

  it('turns malformed JSON and an HTML error page into typed, transient errors', async () => {
    emulator.failNext('sendMessage', { raw: '{"ok": tru', httpStatus: 200 });
    emulator.user('zu-1');
    const malformed = await caught(client.sendMessage('zu-1', 'x'));
    expect(malformed).toBeInstanceOf(ZaloApiError);
    expect(malformed).toMatchObject({ errorCode: undefined, httpStatus: 200 });
    expect(malformed.message).toMatch(/malformed answer/);
    expect(classifyZaloError(malformed).type).toBe('transient');

    emulator.failNext('sendMessage', { raw: '<html>502 Bad Gateway</html>', httpStatus: 502 });
    const gateway = await caught(client.sendMessage('zu-1', 'x'));
    expect(gateway).toMatchObject({ errorCode: undefined, httpStatus: 502 });
    expect(classifyZaloError(gateway).type).toBe('transient');

    emulator.failNext('sendMessage', { raw: '{"result": 1}', httpStatus: 200 });
    expect((await caught(client.sendMessage('zu-1', 'x'))).message).toMatch(/unexpected answer/);
  });

  it('never puts the token in an error: wrong token, an echoed URL, a dead server, a timeout', async () => {
    const wrong = new ZaloClient({ token: '99:another-Secret-key', apiRoot: emulator.apiRoot });
    const unauthorized = await caught(wrong.getMe());
    expect(unauthorized).toMatchObject({ errorCode: 401 });
    expect(everythingIn(unauthorized)).not.toContain('another-Secret-key');

    emulator.failNext('getMe', {
      error_code: 400,
      description: `Bad Request: ${emulator.apiRoot}/bot${TOKEN}/getMe is wrong`,
    });
    const echoed = await caught(client.getMe());
    expect(everythingIn(echoed)).not.toContain(TOKEN);
    expect(echoed.message).toContain('/bot<token>/getMe');

    const dead = createServer();
    const deadRoot = await listen(dead);
    await new Promise((resolve) => dead.close(resolve));
    const refused = await caught(new ZaloClient({ token: TOKEN, apiRoot: deadRoot }).getMe());
    expect(refused).toBeInstanceOf(ZaloNetworkError);
    expect(refused).toMatchObject({ reason: 'network' });
    expect(everythingIn(refused)).not.toContain(TOKEN);
    expect(classifyZaloError(refused).type).toBe('transient');

    const silent = createServer(() => undefined);
    const silentRoot = await listen(silent);
    try {
      const timedOut = await caught(
        new ZaloClient({ token: TOKEN, apiRoot: silentRoot, timeoutMs: 200 }).getMe(),
      );
      expect(timedOut).toMatchObject({ reason: 'timeout' });
      expect(everythingIn(timedOut)).not.toContain(TOKEN);
    } finally {
      silent.closeAllConnections();
      await new Promise((resolve) => silent.close(resolve));
    }

    expect(redactToken(`GET https://x/bot${TOKEN}/sendMessage failed`, TOKEN)).toBe(
      'GET https://x/bot<token>/sendMessage failed',
    );
    expect(redactToken('see /botsomething-else/getMe', TOKEN)).toBe('see /bot<token>/getMe');
  });

  it('posts to the webhook with its secret while one is set, and polling is refused meanwhile', async () => {
    const received: Array<{ secret: string | undefined; body: unknown }> = [];
    const receiver = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        received.push({
          secret: request.headers['x-bot-api-secret-token'] as string | undefined,
          body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
        });
        response.end('ok');
      });
    });
    const receiverRoot = await listen(receiver);
    try {
      await expect(client.setWebhook(`${receiverRoot}/zalo/hook`, 'short')).rejects.toMatchObject({
        errorCode: 400,
      });
      await client.setWebhook(`${receiverRoot}/zalo/hook`, 'a-webhook-secret');
      await expect(client.getWebhookInfo()).resolves.toMatchObject({ url: `${receiverRoot}/zalo/hook` });
      await expect(client.getUpdates({ timeoutSeconds: 1 })).rejects.toMatchObject({ errorCode: 409 });

      emulator.sendText('zu-3', 'xin chào');
      for (let waited = 0; received.length === 0 && waited < 3000; waited += 20) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(received).toEqual([
        {
          secret: 'a-webhook-secret',
          body: expect.objectContaining({
            event_name: 'message.text.received',
            message: expect.objectContaining({
              text: 'xin chào',
              chat: { id: 'zu-3', chat_type: 'PRIVATE' },
            }),
          }),
        },
      ]);

      await client.deleteWebhook();
      await expect(client.getWebhookInfo()).resolves.toMatchObject({ url: '' });
      emulator.sendText('zu-3', 'lại là tôi');
      await expect(client.getUpdates({ timeoutSeconds: 1 })).resolves.toEqual([
        expect.objectContaining({ text: 'lại là tôi' }),
      ]);
    } finally {
      await new Promise((resolve) => receiver.close(resolve));
    }
  });

  it('answers the 429 switch for the next N sends and a blocked chat with 403', async () => {
    emulator.user('zu-1');
    emulator.rateLimitNextSends(2);
    for (let attempt = 0; attempt < 2; attempt++) {
      const error = await caught(client.sendMessage('zu-1', 'x'));
      expect(classifyZaloError(error, 1234)).toEqual({
        type: 'rate-limited',
        retryAfterMs: 1234,
        error: '429: Too Many Requests',
      });
    }
    await client.sendMessage('zu-1', 'x');
    expect(emulator.stats.rejected429).toBe(2);

    emulator.failNext('sendMessage', {
      error_code: 429,
      description: 'Too Many Requests',
      httpStatus: 429,
    });
    expect(classifyZaloError(await caught(client.sendMessage('zu-1', 'x')))).toMatchObject({
      type: 'rate-limited',
    });

    emulator.block('zu-1');
    const blocked = await caught(client.sendMessage('zu-1', 'x'));
    expect(blocked).toMatchObject({ errorCode: 403 });
    expect(classifyZaloError(blocked).type).toBe('unreachable');
  });
});
