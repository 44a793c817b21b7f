// Live chat feeds for the web page: one Server-Sent Events stream per open tab, fed by the emulator's events.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { BotApiEmulator, CallbackAnswer, EmulatedBotMessage } from '../emulator';
import { conversationView, messageView, replyKeyboardView, type MessageView } from './message-view';

const HEARTBEAT_MS = 20_000;

interface Stream {
  response: ServerResponse;
  heartbeat: NodeJS.Timeout;
}

/**
 * Subscribes to the emulator once and fans events out by chat id, so a hundred open tabs do not mean a
 * hundred listeners on the emulator.
 */
export class ChatStreams {
  private readonly byChat = new Map<number, Set<Stream>>();
  /** The language each open chat's page was last told: the page's own words follow the person's. */
  private readonly localeByChat = new Map<number, string>();
  private readonly unsubscribe: () => void;

  constructor(
    private readonly emulator: BotApiEmulator,
    private readonly localeOf: (chatId: number) => Promise<string | undefined> = async () => undefined,
  ) {
    const onBotMessage = (chatId: number, message: EmulatedBotMessage) => {
      this.publish(chatId, 'message', messageView(message, true));
      // A reply keyboard is only ever changed by a bot message, so this is the moment to refresh it.
      this.publish(chatId, 'reply-keyboard', { rows: replyKeyboardView(emulator.replyKeyboard(chatId)) });
      // So is the person's language (/language answers with one): the records say which it is now.
      void this.followLocale(chatId);
    };
    const onDeleted = (chatId: number, messageId: number) => this.publish(chatId, 'deleted', { messageId });
    const onCallbackAnswer = (answer: CallbackAnswer) => {
      if (answer.chat_id === undefined) return;
      this.publish(answer.chat_id, 'callback-answer', {
        messageId: answer.message_id ?? null,
        text: answer.text ?? null,
        showAlert: answer.show_alert,
        url: answer.url ?? null,
      });
    };
    const onChatAction = (chatId: number, action: string) => this.publish(chatId, 'chat-action', { action });
    emulator.events.on('bot-message', onBotMessage);
    emulator.events.on('bot-message-deleted', onDeleted);
    emulator.events.on('callback-answer', onCallbackAnswer);
    emulator.events.on('chat-action', onChatAction);
    this.unsubscribe = () => {
      emulator.events.off('bot-message', onBotMessage);
      emulator.events.off('bot-message-deleted', onDeleted);
      emulator.events.off('callback-answer', onCallbackAnswer);
      emulator.events.off('chat-action', onChatAction);
    };
  }

  /** Opens a stream and starts it with the whole conversation, so a reload or reconnect redraws the chat. */
  open(request: IncomingMessage, response: ServerResponse, chatId: number, locale: string): void {
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store, no-transform',
      // A stream's socket is never reused; closing it with the stream lets the server shut down at once.
      connection: 'close',
      // Proxies such as nginx would otherwise hold events back in their buffer.
      'x-accel-buffering': 'no',
    });
    response.write('retry: 2000\n\n');
    const stream: Stream = {
      response,
      // A comment line now and then keeps idle connections from being cut by proxies and sleeping laptops.
      heartbeat: setInterval(() => response.write(': ping\n\n'), HEARTBEAT_MS),
    };
    // The snapshot and the subscription happen in the same tick, so no event falls between them.
    write(stream, 'snapshot', {
      messages: conversationView(this.emulator, chatId),
      replyKeyboard: replyKeyboardView(this.emulator.replyKeyboard(chatId)),
      locale,
    });
    this.localeByChat.set(chatId, locale);
    let streams = this.byChat.get(chatId);
    if (!streams) this.byChat.set(chatId, (streams = new Set()));
    streams.add(stream);
    const close = () => {
      clearInterval(stream.heartbeat);
      streams.delete(stream);
      if (streams.size === 0 && this.byChat.get(chatId) === streams) {
        this.byChat.delete(chatId);
        this.localeByChat.delete(chatId);
      }
    };
    request.once('close', close);
    response.once('close', close);
  }

  /** The person's own messages, sent from the page: other tabs showing the same chat draw them too. */
  userMessage(chatId: number, message: MessageView): void {
    this.publish(chatId, 'message', message);
  }

  /** Ends every stream: they never go idle, so the HTTP server could not close while one is open. */
  closeAll(): void {
    this.unsubscribe();
    for (const streams of this.byChat.values()) {
      for (const stream of streams) {
        clearInterval(stream.heartbeat);
        stream.response.end();
      }
    }
    this.byChat.clear();
    this.localeByChat.clear();
  }

  private async followLocale(chatId: number): Promise<void> {
    if (!this.byChat.has(chatId)) return;
    const locale = await this.localeOf(chatId).catch(() => undefined);
    if (!locale || !this.byChat.has(chatId) || this.localeByChat.get(chatId) === locale) return;
    this.localeByChat.set(chatId, locale);
    this.publish(chatId, 'locale', { locale });
  }

  private publish(chatId: number, event: string, data: unknown): void {
    const streams = this.byChat.get(chatId);
    if (!streams) return;
    for (const stream of streams) write(stream, event, data);
  }
}

function write(stream: Stream, event: string, data: unknown): void {
  if (stream.response.destroyed || stream.response.writableEnded) return;
  // JSON.stringify never emits a raw newline, so one data line always holds the whole event.
  stream.response.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
}
