// Drives the Bot API emulator with the real grammY bot and raw HTTP, checking it behaves like Telegram.
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Bot, GrammyError, InlineKeyboard, InputFile } from 'grammy';
import type { Message, Update, WebhookInfo } from 'grammy/types';
import { BotApiEmulator } from '../../src/sandbox/emulator';

const TOKEN = '123456:emulator-test-token';
const ALICE = 1001;

let emulator: BotApiEmulator;
let bot: Bot | undefined;
let botErrors: unknown[];

interface RawResponse<Result> {
  status: number;
  body: {
    ok: boolean;
    result: Result;
    error_code?: number;
    description?: string;
    parameters?: { retry_after?: number };
  };
}

/** Raw Bot API call, for checking response shapes without grammY in between. */
async function callApi<Result = unknown>(
  method: string,
  params: object = {},
  token = TOKEN,
): Promise<RawResponse<Result>> {
  const response = await fetch(`${emulator.apiRoot}/bot${token}/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(params),
  });
  return { status: response.status, body: (await response.json()) as RawResponse<Result>['body'] };
}

async function download(filePath: string): Promise<Buffer> {
  const response = await fetch(`${emulator.apiRoot}/file/bot${TOKEN}/${filePath}`);
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Starts a long-polling bot with the given handlers and resolves once it is polling. */
async function startBot(configure: (bot: Bot) => void): Promise<Bot> {
  const started = new Bot(TOKEN, { client: { apiRoot: emulator.apiRoot } });
  configure(started);
  started.catch((error) => botErrors.push(error));
  await new Promise<void>((resolve, reject) => {
    started.start({ drop_pending_updates: true, onStart: () => resolve() }).catch(reject);
  });
  bot = started;
  return started;
}

beforeEach(async () => {
  botErrors = [];
  emulator = new BotApiEmulator({ token: TOKEN, webhookRetryDelayMs: 20 });
  await emulator.start();
});

afterEach(async () => {
  if (bot?.isRunning()) await bot.stop();
  bot = undefined;
  await emulator.stop();
  expect(botErrors).toEqual([]);
});

describe('bot side basics', () => {
  it('answers getMe with the bot user taken from the token', async () => {
    const api = new Bot(TOKEN, { client: { apiRoot: emulator.apiRoot } }).api;
    const me = await api.getMe();
    expect(me).toMatchObject({ id: 123456, is_bot: true, username: 'homecell_bot' });
  });

  it('rejects a wrong token and unknown methods like Telegram', async () => {
    expect(await callApi('getMe', {}, '999:wrong')).toEqual({
      status: 401,
      body: { ok: false, error_code: 401, description: 'Unauthorized' },
    });
    expect(await callApi('sendTelepathy')).toEqual({
      status: 404,
      body: { ok: false, error_code: 404, description: 'Not Found: method not found' },
    });
  });

  it('turns HTML into plain text with entities and rejects tags Telegram does not know', async () => {
    emulator.user(ALICE);
    const sent = await callApi<Message>('sendMessage', {
      chat_id: ALICE,
      text: '<b>Hạn</b> &amp; <i>phí</i>',
      parse_mode: 'HTML',
    });
    expect(sent.body.result.text).toBe('Hạn & phí');
    expect(sent.body.result.entities).toEqual([
      { type: 'bold', offset: 0, length: 3 },
      { type: 'italic', offset: 6, length: 3 },
    ]);
    const broken = await callApi('sendMessage', { chat_id: ALICE, text: 'a<br>b', parse_mode: 'HTML' });
    expect(broken.status).toBe(400);
    expect(broken.body.description).toBe(
      'Bad Request: can\'t parse entities: Unsupported start tag "br" at byte offset 1',
    );
  });
});

describe('people side', () => {
  it('sends group messages whose commands carry the bot username, and the bot can answer there', async () => {
    const update = emulator.sendGroupText(-500, ALICE, '/report@homecell_bot now', { title: 'Chi bộ 3' });
    expect(update.message?.chat).toEqual({ id: -500, type: 'group', title: 'Chi bộ 3' });
    expect(update.message?.from?.id).toBe(ALICE);
    expect(update.message?.entities).toEqual([{ type: 'bot_command', offset: 0, length: 20 }]);
    const reply = await callApi<Message>('sendMessage', {
      chat_id: -500,
      text: 'noted',
      reply_to_message_id: 1,
    });
    expect(reply.body.result.reply_to_message?.text).toBe('/report@homecell_bot now');
    expect(emulator.messages(-500).map((m) => [m.text, m.reply_to_message_id])).toEqual([['noted', 1]]);
  });

  it('announces bot messages and edits on the events emitter, and keeps both sides of the chat', async () => {
    emulator.user(ALICE);
    const seen: string[] = [];
    emulator.events.on('bot-message', (chatId, message, { edited }) =>
      seen.push(`${chatId}:${message.text}:${edited ? 'edited' : 'new'}`),
    );
    const sent = await callApi<Message>('sendMessage', { chat_id: ALICE, text: 'v1' });
    await callApi('editMessageText', { chat_id: ALICE, message_id: sent.body.result.message_id, text: 'v2' });
    expect(seen).toEqual([`${ALICE}:v1:new`, `${ALICE}:v2:edited`]);
    emulator.sendText(ALICE, 'thanks');
    expect(emulator.conversation(ALICE).map(({ fromBot, message }) => [fromBot, message.text])).toEqual([
      [true, 'v2'],
      [false, 'thanks'],
    ]);
  });
});

describe('conversation through a long-polling grammY bot', () => {
  it('delivers a command with its entity and shows the reply', async () => {
    const seenEntities: unknown[] = [];
    await startBot((b) =>
      b.command('start', async (ctx) => {
        seenEntities.push(ctx.message?.entities);
        await ctx.reply(`hello ${ctx.match}`);
      }),
    );
    const mark = emulator.mark(ALICE);
    const update = emulator.sendText(ALICE, '/start abc');
    expect(update.message?.entities).toEqual([{ type: 'bot_command', offset: 0, length: 6 }]);

    const reply = await emulator.waitForMessage(ALICE, { after: mark });
    expect(reply.text).toBe('hello abc');
    expect(reply.edited).toBe(false);
    expect(seenEntities).toEqual([[{ type: 'bot_command', offset: 0, length: 6 }]]);
    expect(emulator.lastMessage(ALICE)?.message_id).toBe(reply.message_id);
    // The user's message took id 1 in the private chat; the reply comes next.
    expect(reply.message_id).toBe(2);
  });

  it('runs an inline keyboard round trip: press, answer, edit', async () => {
    await startBot((b) => {
      b.command('menu', (ctx) =>
        ctx.reply('Pick one', {
          reply_markup: new InlineKeyboard().text('Yes', 'pick:yes').text('No', 'pick:no'),
        }),
      );
      b.callbackQuery(/^pick:(.+)$/, async (ctx) => {
        await ctx.answerCallbackQuery({ text: `Got ${ctx.match[1]}`, show_alert: true });
        await ctx.editMessageText(`Picked ${ctx.match[1]}`);
      });
      b.on('callback_query:data', (ctx) => ctx.answerCallbackQuery({ text: 'Unknown button' }));
    });
    const beforeMenu = emulator.mark();
    emulator.sendText(ALICE, '/menu');
    const menu = await emulator.waitForMessage(ALICE, { after: beforeMenu });
    expect(menu.reply_markup?.inline_keyboard[0].map((button) => button.text)).toEqual(['Yes', 'No']);

    const beforePress = emulator.mark();
    const press = emulator.pressButtonWithText(ALICE, menu.message_id, 'Yes');
    expect(press.callback_query?.message?.message_id).toBe(menu.message_id);
    const edited = await emulator.waitForMessage(ALICE, { after: beforePress, match: (m) => m.edited });
    expect(edited.text).toBe('Picked yes');
    // An edit without reply_markup removes the keyboard, as on Telegram.
    expect(edited.reply_markup).toBeUndefined();
    const answer = await emulator.waitForCallbackAnswer(press.callback_query!.id);
    expect(answer).toMatchObject({ text: 'Got yes', show_alert: true, chat_id: ALICE, data: 'pick:yes' });
    expect(emulator.messages(ALICE)).toHaveLength(1);
    expect(emulator.messages(ALICE)[0]).toMatchObject({ text: 'Picked yes', edited: true });

    const forged = emulator.pressButton(ALICE, menu.message_id, 'admin:delete-all');
    expect(await emulator.waitForCallbackAnswer(forged.callback_query!.id)).toMatchObject({
      text: 'Unknown button',
    });
    expect(emulator.callbackAnswers(ALICE).map((a) => a.text)).toEqual(['Got yes', 'Unknown button']);

    const again = await callApi('answerCallbackQuery', { callback_query_id: press.callback_query!.id });
    expect(again.body.description).toBe(
      'Bad Request: query is too old and response timeout expired or query ID is invalid',
    );
  });

  it('refuses edits that change nothing or target missing messages', async () => {
    emulator.user(ALICE);
    const api = new Bot(TOKEN, { client: { apiRoot: emulator.apiRoot } }).api;
    const keyboard = new InlineKeyboard().text('Ok', 'ok');
    const sent = await api.sendMessage(ALICE, 'Same', { reply_markup: keyboard });
    await expect(
      api.editMessageText(ALICE, sent.message_id, 'Same', { reply_markup: keyboard }),
    ).rejects.toMatchObject({
      error_code: 400,
      description: expect.stringContaining('Bad Request: message is not modified'),
    });
    await expect(
      api.editMessageReplyMarkup(ALICE, sent.message_id, { reply_markup: keyboard }),
    ).rejects.toMatchObject({
      description: expect.stringContaining('message is not modified'),
    });
    await expect(api.editMessageText(ALICE, 999, 'x')).rejects.toMatchObject({
      description: 'Bad Request: message to edit not found',
    });
    const cleared = await api.editMessageReplyMarkup(ALICE, sent.message_id);
    expect(cleared).toMatchObject({ text: 'Same' });
    expect(emulator.lastMessage(ALICE)).toMatchObject({ edited: true });
    expect(emulator.lastMessage(ALICE)?.reply_markup).toBeUndefined();
  });

  it('delivers an injected update with its own update_id, so the bot sees a duplicate', async () => {
    const seenUpdateIds: number[] = [];
    await startBot((b) =>
      b.on('message:text', async (ctx) => {
        seenUpdateIds.push(ctx.update.update_id);
        await ctx.reply(`seen ${ctx.update.update_id}`);
      }),
    );
    const mark = emulator.mark();
    const original = emulator.sendText(ALICE, 'once');
    await emulator.waitForMessage(ALICE, { after: mark });
    const secondMark = emulator.mark();
    const duplicate = emulator.injectUpdate(original);
    expect(duplicate.update_id).toBe(original.update_id);
    await emulator.waitForMessage(ALICE, { after: secondMark });
    expect(seenUpdateIds).toEqual([original.update_id, original.update_id]);
  });
});

describe('files', () => {
  it('stores a document the bot uploads and serves identical bytes back through getFile', async () => {
    emulator.user(ALICE);
    const api = new Bot(TOKEN, { client: { apiRoot: emulator.apiRoot } }).api;
    // CRLFs and dashes inside the payload would break a naive multipart parser.
    const bytes = Buffer.concat([
      randomBytes(200_000),
      Buffer.from('\r\n------------abc\r\n--\r\n'),
      randomBytes(1000),
    ]);
    const sent = await api.sendDocument(ALICE, new InputFile(bytes, 'báo cáo tháng.csv'), {
      caption: 'Report',
    });
    expect(sent.document).toMatchObject({
      file_name: 'báo cáo tháng.csv',
      mime_type: 'text/csv',
      file_size: bytes.length,
    });
    expect(sent.caption).toBe('Report');

    const file = await api.getFile(sent.document.file_id);
    expect(file.file_size).toBe(bytes.length);
    expect(sha256(await download(file.file_path!))).toBe(sha256(bytes));
    expect(emulator.lastMessage(ALICE)?.document?.file_id).toBe(sent.document.file_id);

    const resent = await api.sendDocument(ALICE, sent.document.file_id);
    expect(resent.document?.file_unique_id).toBe(sent.document.file_unique_id);
  });

  it('lets the bot download a photo a user sent, and sends photos as PhotoSize arrays', async () => {
    const photoBytes = randomBytes(50_000);
    await startBot((b) => {
      b.on('message:photo', async (ctx) => {
        const file = await ctx.getFile();
        const bytes = await download(file.file_path!);
        await ctx.replyWithPhoto(new InputFile(bytes), { caption: `sha ${sha256(bytes)}` });
      });
    });
    const mark = emulator.mark();
    emulator.sendPhoto(ALICE, { bytes: photoBytes, caption: 'receipt' });
    const reply = await emulator.waitForMessage(ALICE, { after: mark });
    expect(reply.caption).toBe(`sha ${sha256(photoBytes)}`);
    expect(reply.photo).toHaveLength(1);
    expect(sha256(emulator.fileBytes(reply.photo![0].file_id))).toBe(sha256(photoBytes));
  });
});

describe('Telegram errors', () => {
  it('answers 403 once the user blocked the bot, and tells the bot', async () => {
    emulator.user(ALICE);
    const blocked = emulator.blockBot(ALICE);
    expect(blocked.my_chat_member?.new_chat_member.status).toBe('kicked');
    expect(await callApi('sendMessage', { chat_id: ALICE, text: 'Reminder' })).toEqual({
      status: 403,
      body: { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' },
    });
    emulator.unblockBot(ALICE);
    expect((await callApi('sendMessage', { chat_id: ALICE, text: 'Reminder' })).status).toBe(200);
  });

  it('reports unknown chats, empty and too long texts', async () => {
    expect((await callApi('sendMessage', { chat_id: 424242, text: 'hi' })).body).toEqual({
      ok: false,
      error_code: 400,
      description: 'Bad Request: chat not found',
    });
    emulator.user(ALICE);
    expect((await callApi('sendMessage', { chat_id: ALICE, text: 'x'.repeat(4097) })).body.description).toBe(
      'Bad Request: message is too long',
    );
    expect((await callApi('sendMessage', { chat_id: ALICE, text: ' ' })).body.description).toBe(
      'Bad Request: message text is empty',
    );
    expect((await callApi('sendMessage', { chat_id: ALICE, text: 'x'.repeat(4096) })).status).toBe(200);
  });

  it('fails the next calls on request, with retry_after on 429', async () => {
    emulator.user(ALICE);
    emulator.failNext(
      'sendMessage',
      { error_code: 429, description: 'Too Many Requests: retry after 3', retry_after: 3 },
      2,
    );
    const expected = {
      status: 429,
      body: {
        ok: false,
        error_code: 429,
        description: 'Too Many Requests: retry after 3',
        parameters: { retry_after: 3 },
      },
    };
    expect(await callApi('sendMessage', { chat_id: ALICE, text: 'a' })).toEqual(expected);
    const api = new Bot(TOKEN, { client: { apiRoot: emulator.apiRoot } }).api;
    const error = await api.sendMessage(ALICE, 'b').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GrammyError);
    expect((error as GrammyError).parameters.retry_after).toBe(3);
    expect((await callApi('sendMessage', { chat_id: ALICE, text: 'c' })).status).toBe(200);
    expect(emulator.stats).toMatchObject({ rejected429: 2, sentMessages: 1, calls: { sendMessage: 3 } });
  });

  it('enforces the global rate limit over a rolling second', async () => {
    await emulator.stop();
    emulator = new BotApiEmulator({ token: TOKEN, globalRateLimitPerSecond: 5 });
    await emulator.start();
    emulator.user(ALICE);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        callApi('sendMessage', { chat_id: ALICE, text: `nudge ${index}` }),
      ),
    );
    expect(results.filter((result) => result.status === 200)).toHaveLength(5);
    const rejected = results.filter((result) => result.status === 429);
    expect(rejected).toHaveLength(3);
    expect(rejected[0].body).toMatchObject({ error_code: 429, parameters: { retry_after: 1 } });
    expect(emulator.stats.rejected429).toBe(3);
    expect(emulator.messages(ALICE)).toHaveLength(5);
  });
});

describe('commands', () => {
  it('keeps command lists per scope and language', async () => {
    const api = new Bot(TOKEN, { client: { apiRoot: emulator.apiRoot } }).api;
    await api.setMyCommands([{ command: 'start', description: 'Start' }]);
    await api.setMyCommands(
      [
        { command: 'start', description: 'Bắt đầu' },
        { command: 'checkin', description: 'Báo cáo hằng tháng' },
      ],
      { language_code: 'vi' },
    );
    await api.setMyCommands([{ command: 'pending', description: 'Pending' }], {
      scope: { type: 'chat', chat_id: ALICE },
    });
    expect((await api.getMyCommands({ language_code: 'vi' })).map((c) => c.command)).toEqual([
      'start',
      'checkin',
    ]);
    expect(await api.getMyCommands()).toEqual([{ command: 'start', description: 'Start' }]);
    expect(await api.getMyCommands({ language_code: 'en' })).toEqual([]);
    expect(emulator.commands({ type: 'chat', chat_id: ALICE })).toEqual([
      { command: 'pending', description: 'Pending' },
    ]);
    await expect(api.setMyCommands([{ command: 'Start', description: 'x' }])).rejects.toMatchObject({
      description: 'Bad Request: BOT_COMMAND_INVALID',
    });
    await api.deleteMyCommands({ language_code: 'vi' });
    expect(emulator.commands(undefined, 'vi')).toEqual([]);
  });
});

describe('updates: polling and webhook', () => {
  it('does not redeliver updates confirmed by offset, and long-polls until one arrives', async () => {
    const first = emulator.sendText(ALICE, 'one');
    emulator.sendText(ALICE, 'two');
    const third = emulator.sendText(ALICE, 'three');
    const all = await callApi<Update[]>('getUpdates');
    expect(all.body.result.map((u) => u.message?.text)).toEqual(['one', 'two', 'three']);
    expect(all.body.result.map((u) => u.update_id)).toEqual([
      first.update_id,
      first.update_id + 1,
      first.update_id + 2,
    ]);

    const rest = await callApi<Update[]>('getUpdates', { offset: third.update_id });
    expect(rest.body.result.map((u) => u.message?.text)).toEqual(['three']);
    expect((await callApi<Update[]>('getUpdates', { offset: third.update_id + 1 })).body.result).toEqual([]);
    // Confirmed updates are gone even for a caller that sends no offset.
    expect((await callApi<Update[]>('getUpdates')).body.result).toEqual([]);

    const startedAt = Date.now();
    const polling = callApi<Update[]>('getUpdates', { offset: third.update_id + 1, timeout: 5 });
    setTimeout(() => emulator.sendText(ALICE, 'four'), 100);
    const woken = await polling;
    expect(woken.body.result.map((u) => u.message?.text)).toEqual(['four']);
    expect(Date.now() - startedAt).toBeLessThan(2000);
  });

  it('ends a pending long poll as soon as the emulator stops', async () => {
    const polling = callApi<Update[]>('getUpdates', { timeout: 30 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const startedAt = Date.now();
    await emulator.stop();
    expect((await polling).body).toEqual({ ok: true, result: [] });
    expect(Date.now() - startedAt).toBeLessThan(1000);
  });

  describe('with a webhook', () => {
    let receiver: Server;
    let received: Array<{ headers: IncomingHttpHeaders; update: Update }>;
    let failuresLeft: number;
    let webhookReply: object | undefined;

    beforeEach(async () => {
      received = [];
      failuresLeft = 0;
      webhookReply = undefined;
      receiver = createServer((request, response) => {
        const chunks: Buffer[] = [];
        request.on('data', (chunk: Buffer) => chunks.push(chunk));
        request.on('end', () => {
          if (failuresLeft > 0) {
            failuresLeft -= 1;
            response.writeHead(500).end();
            return;
          }
          received.push({
            headers: request.headers,
            update: JSON.parse(Buffer.concat(chunks).toString('utf8')),
          });
          if (webhookReply)
            response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(webhookReply));
          else response.writeHead(200).end();
        });
      });
      await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    });

    afterEach(async () => {
      receiver.closeAllConnections();
      await new Promise((resolve) => receiver.close(resolve));
    });

    const waitUntil = async (condition: () => boolean): Promise<void> => {
      for (let attempt = 0; attempt < 200 && !condition(); attempt += 1) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      expect(condition()).toBe(true);
    };

    it('posts updates with the secret header, retries failures, and blocks getUpdates', async () => {
      const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/telegram`;
      expect((await callApi('setWebhook', { url, secret_token: 'cell-secret_1' })).body).toEqual({
        ok: true,
        result: true,
      });
      failuresLeft = 1;
      emulator.sendText(ALICE, 'via webhook');
      await waitUntil(() => received.length === 1);
      expect(received[0].headers['x-telegram-bot-api-secret-token']).toBe('cell-secret_1');
      expect(received[0].update.message?.text).toBe('via webhook');

      const info = (await callApi<WebhookInfo>('getWebhookInfo')).body.result;
      expect(info).toMatchObject({ url, pending_update_count: 0 });
      expect(info.last_error_message).toContain('500');

      const conflict = await callApi<Update[]>('getUpdates');
      expect(conflict.status).toBe(409);
      expect(conflict.body.description).toContain(
        "Conflict: can't use getUpdates method while webhook is active",
      );

      await callApi('deleteWebhook');
      emulator.sendText(ALICE, 'polled');
      expect((await callApi<Update[]>('getUpdates')).body.result.map((u) => u.message?.text)).toEqual([
        'polled',
      ]);
    });

    it('delivers different chats at once, as Telegram does, but one chat in order', async () => {
      // A webhook that holds every post until told: what is in flight at a time is what the emulator sent at once.
      const held: Array<{ text: string | undefined; answer: () => void }> = [];
      const slow = createServer((request, response) => {
        const chunks: Buffer[] = [];
        request.on('data', (chunk: Buffer) => chunks.push(chunk));
        request.on('end', () => {
          const update = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Update;
          held.push({ text: update.message?.text, answer: () => response.writeHead(200).end() });
        });
      });
      await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
      try {
        const url = `http://127.0.0.1:${(slow.address() as AddressInfo).port}/telegram`;
        await callApi('setWebhook', { url });
        const BOB = 1002;
        emulator.sendText(ALICE, 'alice 1');
        emulator.sendText(ALICE, 'alice 2');
        emulator.sendText(BOB, 'bob 1');
        await waitUntil(() => held.length === 2);
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(held.map((post) => post.text)).toEqual(['alice 1', 'bob 1']);
        held[0].answer();
        await waitUntil(() => held.length === 3);
        expect(held[2].text).toBe('alice 2');
        for (const post of held.slice(1)) post.answer();
        for (let attempt = 0; attempt < 100; attempt += 1) {
          const info = (await callApi<WebhookInfo>('getWebhookInfo')).body.result;
          if (info.pending_update_count === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
        expect((await callApi<WebhookInfo>('getWebhookInfo')).body.result.pending_update_count).toBe(0);
        await callApi('deleteWebhook');
      } finally {
        slow.closeAllConnections();
        await new Promise((resolve) => slow.close(resolve));
      }
    });

    it('executes a method call returned as the webhook response', async () => {
      const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/telegram`;
      await callApi('setWebhook', { url });
      webhookReply = { method: 'sendMessage', chat_id: ALICE, text: 'replied in the response' };
      const mark = emulator.mark();
      emulator.sendText(ALICE, 'hello');
      expect((await emulator.waitForMessage(ALICE, { after: mark })).text).toBe('replied in the response');
    });
  });
});

describe('waiting for messages', () => {
  it('finds replies that arrived between the mark and the wait, and times out with context', async () => {
    emulator.user(ALICE);
    const mark = emulator.mark();
    await callApi('sendMessage', { chat_id: ALICE, text: 'early reply' });
    expect((await emulator.waitForMessage(ALICE, { after: mark })).text).toBe('early reply');
    await expect(emulator.waitForMessage(ALICE, { timeoutMs: 50 })).rejects.toThrow(
      /no matching bot message in chat 1001 within 50 ms; last bot messages: "early reply"/,
    );
  });
});
