// The sandbox web chat's routes: the page, its JSON API under /sandbox/api/, live chat streams and file downloads.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Update } from 'grammy/types';
import { z } from 'zod';
import { systemClock, type Clock } from '../../clock';
import type { Database } from '../../db/client';
import type { Route } from '../../http/server';
import type { Logger } from '../../logger';
import type { BotApiEmulator } from '../emulator';
import { ChatStreams } from './chat-streams';
import { clockHandler, demoCellZone, suggestedPretendTime, type RunScheduleAt } from './clock-route';
import { receiveUpload, sendFile, MAX_UPLOAD_BYTES } from './files';
import { guarded, notFound, readJson, sendJson, SandboxHttpError } from './http-json';
import { commandMenuFor, messageView } from './message-view';
import { loadSandboxPageWords } from './page-strings';
import { demoCellName, listSandboxPeople, sandboxPersonLocale, type SandboxPerson } from './people';
import { sendAsset, sendPage } from './static-page';

export interface SandboxRoutesOptions {
  emulator: BotApiEmulator;
  db: Database;
  logger: Logger;
  defaultLocale: 'vi' | 'en';
  /** Aborted when the service stops: open chat streams end so the HTTP server can close. */
  closing?: AbortSignal;
  /** The clock control: one sweep and delivery as of a pretend time. Without it the control is hidden. */
  runScheduleAt?: RunScheduleAt;
  /** The zone a pretend time is read in when the demo cell has none. */
  homeTimezone?: string;
  /** The service's clock (the demo was seeded by it): the clock control's first suggestion follows it. */
  clock?: Clock;
}

/** Telegram clients cap a message at 4096 characters and split longer ones; the page does the same. */
const MAX_TEXT_LENGTH = 4096;
const SMALL_BODY_BYTES = 64 * 1024;
const CHAT_PATH = /^\/sandbox\/api\/chats\/(\d{1,16})\/(stream|commands|messages|buttons|files)$/;

const textSchema = z.object({ text: z.string().trim().min(1).max(MAX_TEXT_LENGTH) });
const buttonSchema = z.object({
  messageId: z.number().int().positive(),
  callbackData: z.string().min(1).max(64),
});

export function sandboxRoutes(options: SandboxRoutesOptions): Route[] {
  const { emulator, db, logger } = options;
  const clock = options.clock ?? systemClock;
  const homeTimezone = options.homeTimezone ?? 'Asia/Ho_Chi_Minh';
  const words = loadSandboxPageWords();
  const pageStrings = words.pageStrings();
  const streams = new ChatStreams(emulator, (chatId) => sandboxPersonLocale(db, chatId));
  const runClock = options.runScheduleAt
    ? clockHandler({
        db,
        homeTimezone,
        runScheduleAt: options.runScheduleAt,
        words,
      })
    : undefined;
  options.closing?.addEventListener('abort', () => streams.closeAll(), { once: true });

  const personFor = async (chatId: number): Promise<SandboxPerson> => {
    const person = (await listSandboxPeople(db)).find((candidate) => candidate.chatId === chatId);
    if (!person) throw notFound('unknown-chat', `Nobody in the sandbox has chat id ${chatId}.`);
    return person;
  };

  /** The person's message goes to the bot and to every tab showing this chat, this one included. */
  const delivered = (response: ServerResponse, chatId: number, update: Update) => {
    const view = messageView(update.message!, false);
    streams.userMessage(chatId, view);
    sendJson(response, 200, { message: view });
  };

  const chatActions: Record<
    string,
    (request: IncomingMessage, response: ServerResponse, person: SandboxPerson) => Promise<void>
  > = {
    'GET stream': async (request, response, person) =>
      streams.open(request, response, person.chatId, person.locale),
    'GET commands': async (_request, response, person) =>
      sendJson(response, 200, { commands: commandMenuFor(emulator, person.chatId, person.locale) }),
    'POST messages': async (request, response, person) => {
      const { text } = await readJson(request, textSchema, SMALL_BODY_BYTES);
      delivered(response, person.chatId, emulator.sendText(person.chatId, text));
    },
    'POST files': async (request, response, person) =>
      delivered(response, person.chatId, await receiveUpload(request, emulator, person.chatId)),
    'POST buttons': async (request, response, person) => {
      const { messageId, callbackData } = await readJson(request, buttonSchema, SMALL_BODY_BYTES);
      // A Telegram client can only press buttons that are on the message now; an edit may have removed them.
      const onMessage = emulator
        .messages(person.chatId)
        .find((message) => message.message_id === messageId)
        ?.reply_markup?.inline_keyboard.flat()
        .some((button) => 'callback_data' in button && button.callback_data === callbackData);
      if (!onMessage) {
        throw new SandboxHttpError(409, 'button-gone', 'That button is no longer on the message.');
      }
      const update = emulator.pressButton(person.chatId, messageId, callbackData);
      sendJson(response, 200, { callbackQueryId: update.callback_query?.id });
    },
  };

  const api = guarded(logger, async (request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    const method = request.method === 'HEAD' ? 'GET' : (request.method ?? 'GET');
    if (pathname === '/sandbox/api/people' && method === 'GET') {
      const [people, cellName, zone] = await Promise.all([
        listSandboxPeople(db),
        demoCellName(db),
        demoCellZone(db, homeTimezone),
      ]);
      sendJson(response, 200, {
        defaultLocale: options.defaultLocale,
        cellName,
        maxUploadBytes: MAX_UPLOAD_BYTES,
        maxTextLength: MAX_TEXT_LENGTH,
        clockControl: runClock !== undefined,
        ...(runClock ? { clockSuggestion: suggestedPretendTime(clock(), zone) } : {}),
        people,
      });
      return;
    }
    if (pathname === '/sandbox/api/clock' && method === 'POST' && runClock) {
      await runClock(request, response);
      return;
    }
    const chatMatch = CHAT_PATH.exec(pathname);
    if (!chatMatch) throw notFound('not-found', `There is no ${pathname}.`);
    const action = chatActions[`${method} ${chatMatch[2]}`];
    if (!action) throw new SandboxHttpError(405, 'bad-request', `${method} is not allowed on ${pathname}.`);
    const chatId = Number(chatMatch[1]);
    await action(request, response, await personFor(chatId));
  });

  const files = guarded(logger, async (request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    // File ids are URL-safe already; anything that needed decoding is not one.
    const fileId = pathname.slice('/sandbox/files/'.length);
    const people = await listSandboxPeople(db);
    sendFile(
      response,
      emulator,
      people.map((person) => person.chatId),
      fileId,
    );
  });

  return [
    {
      method: 'GET',
      path: '/sandbox/assets/',
      handler: guarded(logger, async (request, response) => {
        const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
        await sendAsset(response, pathname.slice('/sandbox/assets/'.length));
      }),
    },
    { method: 'GET', path: '/sandbox/api/', handler: api },
    { method: 'POST', path: '/sandbox/api/', handler: api },
    { method: 'GET', path: '/sandbox/files/', handler: files },
    // The server treats a path ending in '/' as a prefix: this one must come last and match '/' alone.
    {
      method: 'GET',
      path: '/',
      handler: guarded(logger, async (request, response) => {
        const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
        if (pathname !== '/') throw notFound('not-found', `There is no ${pathname}.`);
        await sendPage(response, pageStrings);
      }),
    },
  ];
}
