// In-process Telegram Bot API emulator: the real grammY bot talks to it over HTTP, tests play the people.
import { EventEmitter } from 'node:events';
import type {
  BotCommand,
  BotCommandScope,
  CallbackQuery,
  InlineKeyboardButton,
  Message,
  ReplyKeyboardMarkup,
  Update,
  User,
} from 'grammy/types';
import { textContent } from './emulator-content';
import { documentOf, photoSizesOf } from './emulator-files';
import { BotApiServer } from './emulator-server';
import type {
  BotApiEmulatorOptions,
  CallbackAnswer,
  EmulatedBotMessage,
  EmulatorEvents,
  EmulatorStats,
  FaultSpec,
  UserProfile,
  WaitForMessageOptions,
} from './emulator-types';
import { UpdateQueue } from './emulator-updates';
import {
  botUserFor,
  chatInstanceOf,
  EmulatorWorld,
  replyOf,
  unixNow,
  type ChatRecord,
  type MessageContent,
} from './emulator-world';

export type {
  BotApiEmulatorOptions,
  CallbackAnswer,
  EmulatedBotMessage,
  EmulatorEvents,
  EmulatorStats,
  FaultSpec,
  UserProfile,
  WaitForMessageOptions,
} from './emulator-types';

/**
 * A fake Telegram: `new Bot(token, { client: { apiRoot: emulator.apiRoot } })` runs against it unchanged.
 * The methods below play the people on the other side and read what they would see.
 */
export class BotApiEmulator {
  /** Live feed for the sandbox web chat (e.g. to stream as server-sent events). */
  readonly events = new EventEmitter<EmulatorEvents>();
  private readonly world: EmulatorWorld;
  private readonly updates: UpdateQueue;
  private readonly server: BotApiServer;
  private readonly history: BotApiEmulatorOptions['history'];

  constructor(options: BotApiEmulatorOptions) {
    this.world = new EmulatorWorld(botUserFor(options), this.events);
    this.history = options.history;
    if (this.history) {
      const saved = this.history.load();
      if (saved) this.world.restore(saved);
      this.world.onChange = this.history.follow(() => this.world.snapshot());
    }
    this.updates = new UpdateQueue({
      retryDelayMs: options.webhookRetryDelayMs ?? 200,
      maxAttempts: options.webhookMaxAttempts ?? 5,
      logger: options.logger,
      onWebhookReply: (call) => this.server.runWebhookReply(call),
      firstUpdateId: options.firstUpdateId,
    });
    this.server = new BotApiServer(options, this.world, this.updates);
  }

  // ---- lifecycle ----

  start(): Promise<void> {
    return this.server.start();
  }

  /** Ends pending long polls and webhook retries at once, then closes the server; an emulator is not restarted. */
  async stop(): Promise<void> {
    this.updates.close();
    this.world.messageLog.rejectAll('BotApiEmulator stopped');
    await this.server.stop();
    await this.history?.close();
  }

  /** Base URL for grammY's `client.apiRoot`, e.g. http://127.0.0.1:43123 (no trailing slash). */
  get apiRoot(): string {
    return this.server.apiRoot;
  }

  // ---- test controls ----

  /** Makes the next `times` calls of `method` fail with this error (a 429 carries parameters.retry_after). */
  /**
   * The bot gets a new token (a new bot from @BotFather, or a move to another one): calls with the old token are
   * refused, and no file sent so far can be fetched or resent by its file id, as Telegram's ids belong to one bot.
   * The people keep their chats and still see every file.
   */
  changeToken(token: string): void {
    this.server.changeToken(token);
    this.world.files.retireAll();
  }

  failNext(method: string, error: FaultSpec, times = 1): void {
    this.server.failNext(method, error, times);
  }

  get stats(): EmulatorStats {
    return this.server.stats;
  }

  // ---- the people: each call queues one update for the bot and returns it ----

  /** Registers (or updates) a person; their private chat with the bot has chat.id === user id. */
  user(id: number, profile?: UserProfile): User {
    return structuredClone(this.world.registerUser(id, profile));
  }

  /** A private text message; commands get bot_command entities as Telegram adds them. */
  sendText(userId: number, text: string, options: { replyToMessageId?: number } = {}): Update {
    return this.userMessage(userId, this.privateChat(userId), textContent(text), options.replyToMessageId);
  }

  sendGroupText(groupChatId: number, userId: number, text: string, options: { title?: string } = {}): Update {
    return this.userMessage(userId, this.world.groupChat(groupChatId, options.title), textContent(text));
  }

  sendPhoto(userId: number, photo: { bytes: Buffer; caption?: string }): Update {
    const file = this.world.files.add('photos', Buffer.from(photo.bytes));
    return this.userMessage(userId, this.privateChat(userId), {
      photo: photoSizesOf(file),
      ...(photo.caption !== undefined ? { caption: photo.caption } : {}),
    });
  }

  sendDocument(
    userId: number,
    document: { bytes: Buffer; fileName: string; mimeType: string; caption?: string },
  ): Update {
    const file = this.world.files.add('documents', Buffer.from(document.bytes), {
      fileName: document.fileName,
      mimeType: document.mimeType,
    });
    return this.userMessage(userId, this.privateChat(userId), {
      document: documentOf(file),
      ...(document.caption !== undefined ? { caption: document.caption } : {}),
    });
  }

  sendSticker(userId: number, options: { emoji?: string } = {}): Update {
    const file = this.world.files.add('stickers', Buffer.from('RIFF\0\0\0\0WEBPVP8 '));
    return this.userMessage(userId, this.privateChat(userId), {
      sticker: {
        file_id: file.file_id,
        file_unique_id: file.file_unique_id,
        type: 'regular',
        width: 512,
        height: 512,
        is_animated: false,
        is_video: false,
        emoji: options.emoji ?? '👍',
        file_size: file.bytes.length,
      },
    });
  }

  sendVoice(userId: number, options: { bytes?: Buffer; durationSeconds?: number } = {}): Update {
    const file = this.world.files.add('voice', Buffer.from(options.bytes ?? Buffer.from('OggS')), {
      mimeType: 'audio/ogg',
    });
    return this.userMessage(userId, this.privateChat(userId), {
      voice: {
        file_id: file.file_id,
        file_unique_id: file.file_unique_id,
        duration: options.durationSeconds ?? 1,
        mime_type: 'audio/ogg',
        file_size: file.bytes.length,
      },
    });
  }

  sendLocation(userId: number, latitude: number, longitude: number): Update {
    return this.userMessage(userId, this.privateChat(userId), { location: { latitude, longitude } });
  }

  /**
   * A press on an inline button. Any data may be pressed, also data that was never on the keyboard (forged
   * buttons) and on messages of other chats (`options.chatId`, default the user's private chat).
   */
  pressButton(
    userId: number,
    messageId: number,
    callbackData: string,
    options: { chatId?: number } = {},
  ): Update {
    const from = this.world.userById(userId);
    const chatId = options.chatId ?? userId;
    const chat = this.knownChat(chatId);
    const stored = chat.messages.get(messageId);
    // Telegram sends an "inaccessible message" (date 0) when the message is gone.
    const message = stored
      ? structuredClone(stored.message)
      : ({ chat: chat.chat, message_id: messageId, date: 0 } as CallbackQuery['message']);
    const callbackQuery: CallbackQuery = {
      id: this.world.registerCallbackQuery(from, chat, messageId, callbackData),
      from,
      ...(message ? { message } : {}),
      chat_instance: chatInstanceOf(chatId),
      data: callbackData,
    };
    return this.queueUpdate({ callback_query: callbackQuery });
  }

  /** Presses the callback button whose label matches; fails listing the labels when there is none. */
  pressButtonWithText(
    userId: number,
    messageId: number,
    label: string | RegExp,
    options: { chatId?: number } = {},
  ): Update {
    const chatId = options.chatId ?? userId;
    const buttons: InlineKeyboardButton[] =
      this.world.chatRecord(chatId)?.messages.get(messageId)?.message.reply_markup?.inline_keyboard.flat() ??
      [];
    const button = buttons.find((candidate) =>
      typeof label === 'string' ? candidate.text === label : label.test(candidate.text),
    );
    if (!button || !('callback_data' in button)) {
      const labels = buttons.map((candidate) => JSON.stringify(candidate.text)).join(', ');
      throw new Error(
        `no callback button ${String(label)} on message ${messageId} in chat ${chatId}; has: ${labels}`,
      );
    }
    return this.pressButton(userId, messageId, button.callback_data, options);
  }

  /** Queues a raw update verbatim; an explicit update_id is kept (and delivered even if already confirmed). */
  injectUpdate(update: object): Update {
    const hasId = typeof (update as { update_id?: unknown }).update_id === 'number';
    const queued = this.updates.enqueue(structuredClone(update), hasId);
    this.events.emit('update', structuredClone(queued));
    return structuredClone(queued);
  }

  /** The user blocks the bot: bot calls to their chat now get 403, and the bot gets a my_chat_member update. */
  blockBot(userId: number): Update {
    this.world.setBlocked(userId, true);
    return this.botMembershipChange(userId, 'member', 'kicked');
  }

  unblockBot(userId: number): Update {
    this.world.setBlocked(userId, false);
    return this.botMembershipChange(userId, 'kicked', 'member');
  }

  // ---- what the people see ----

  /** The bot's messages in a chat, oldest first, each in its current state after edits. */
  messages(chatId: number): EmulatedBotMessage[] {
    return this.world.botMessages(chatId);
  }

  /** Every message the bot sent in any chat, each in its current state after edits (e.g. to scan all texts). */
  allBotMessages(): Array<{ chatId: number; message: EmulatedBotMessage }> {
    return this.world
      .chatIds()
      .flatMap((chatId) => this.world.botMessages(chatId).map((message) => ({ chatId, message })));
  }

  /** Everything in the chat, both sides, as Telegram Message objects (e.g. to redraw a web chat after reload). */
  conversation(chatId: number): Array<{ fromBot: boolean; message: Message }> {
    return this.world.conversation(chatId);
  }

  lastMessage(chatId: number): EmulatedBotMessage | undefined {
    return this.world.botMessages(chatId).at(-1);
  }

  /** The reply keyboard currently shown under the chat's input field, if any. */
  replyKeyboard(chatId: number): ReplyKeyboardMarkup | undefined {
    return structuredClone(this.world.chatRecord(chatId)?.replyKeyboard);
  }

  callbackAnswers(chatId?: number): CallbackAnswer[] {
    return structuredClone(
      this.world.callbackAnswers.filter((answer) => chatId === undefined || answer.chat_id === chatId),
    );
  }

  /** Resolves when the bot answers the callback query with this id (from pressButton's update). */
  waitForCallbackAnswer(callbackQueryId: string, timeoutMs = 5000): Promise<CallbackAnswer> {
    const answered = this.world.callbackAnswers.find(
      (answer) => answer.callback_query_id === callbackQueryId,
    );
    if (answered) return Promise.resolve(structuredClone(answered));
    return new Promise((resolve, reject) => {
      const onAnswer = (answer: CallbackAnswer) => {
        if (answer.callback_query_id !== callbackQueryId) return;
        clearTimeout(timer);
        this.events.off('callback-answer', onAnswer);
        resolve(answer);
      };
      const timer = setTimeout(() => {
        this.events.off('callback-answer', onAnswer);
        reject(
          new Error(`waitForCallbackAnswer: query ${callbackQueryId} not answered within ${timeoutMs} ms`),
        );
      }, timeoutMs);
      this.events.on('callback-answer', onAnswer);
    });
  }

  /**
   * A position in the stream of bot messages and edits (all chats). Take it before acting, then
   * `waitForMessage(chatId, { after: mark })` sees replies and edits that arrive after it, even before the wait starts.
   * The chat id is accepted for readability only.
   */
  mark(_chatId?: number): number {
    return this.world.messageLog.mark();
  }

  /**
   * Resolves with the first bot message (new or edited) in the chat that matches, as it was at that moment.
   * Without `after` only messages from now on count.
   */
  waitForMessage(chatId: number, options?: WaitForMessageOptions): Promise<EmulatedBotMessage>;
  waitForMessage(
    chatId: number,
    match: (message: EmulatedBotMessage) => boolean,
    timeoutMs?: number,
  ): Promise<EmulatedBotMessage>;
  waitForMessage(
    chatId: number,
    matchOrOptions?: WaitForMessageOptions | ((message: EmulatedBotMessage) => boolean),
    timeoutMs?: number,
  ): Promise<EmulatedBotMessage> {
    const options: WaitForMessageOptions =
      typeof matchOrOptions === 'function'
        ? { match: matchOrOptions, ...(timeoutMs !== undefined ? { timeoutMs } : {}) }
        : (matchOrOptions ?? {});
    return this.world.messageLog.waitFor(chatId, options, () => this.describeChat(chatId));
  }

  /** Bytes of any file the emulator holds (sent by the bot or by a person). */
  fileBytes(fileId: string): Buffer {
    const file = this.world.files.get(fileId);
    if (!file) throw new Error(`fileBytes: unknown file_id ${fileId}`);
    return Buffer.from(file.bytes);
  }

  /** Commands set for exactly this scope and language (default scope, no language when omitted). */
  commands(scope?: BotCommandScope, languageCode?: string): BotCommand[] {
    return this.world.getCommands(scope, languageCode);
  }

  // ---- internals ----

  private privateChat(userId: number): ChatRecord {
    return this.knownChat(this.world.userById(userId).id);
  }

  private knownChat(chatId: number): ChatRecord {
    const existing = this.world.chatRecord(chatId);
    if (existing) return existing;
    if (chatId < 0) return this.world.groupChat(chatId);
    this.world.registerUser(chatId);
    return this.world.chatRecord(chatId) as ChatRecord;
  }

  private userMessage(
    userId: number,
    chat: ChatRecord,
    content: MessageContent,
    replyToMessageId?: number,
  ): Update {
    const replied = replyToMessageId !== undefined ? chat.messages.get(replyToMessageId)?.message : undefined;
    if (replyToMessageId !== undefined && !replied) {
      throw new Error(`no message ${replyToMessageId} in chat ${chat.chat.id} to reply to`);
    }
    const message = this.world.addUserMessage(chat, this.world.userById(userId), {
      ...content,
      ...(replied ? { reply_to_message: replyOf(replied) } : {}),
    });
    return this.queueUpdate({ message: structuredClone(message) as NonNullable<Update['message']> });
  }

  private botMembershipChange(
    userId: number,
    before: 'member' | 'kicked',
    after: 'member' | 'kicked',
  ): Update {
    const from = this.world.userById(userId);
    const chat = this.privateChat(userId).chat;
    const bot = this.world.botUser;
    const memberState = (status: 'member' | 'kicked') =>
      status === 'kicked' ? { status, user: bot, until_date: 0 } : { status, user: bot };
    return this.queueUpdate({
      my_chat_member: {
        chat,
        from,
        date: unixNow(),
        old_chat_member: memberState(before),
        new_chat_member: memberState(after),
      },
    });
  }

  private queueUpdate(update: Omit<Update, 'update_id'>): Update {
    const queued = this.updates.enqueue(update);
    this.events.emit('update', structuredClone(queued));
    return structuredClone(queued);
  }

  private describeChat(chatId: number): string {
    const recent = this.world
      .botMessages(chatId)
      .slice(-3)
      .map((message) => JSON.stringify(message.text ?? message.caption ?? '[media]').slice(0, 120));
    return recent.length > 0 ? `last bot messages: ${recent.join(' | ')}` : 'the bot has sent nothing there';
  }
}
