// The emulated Telegram side: people, chats, messages, callback queries and command lists, shared by both APIs.
import { createHash } from 'node:crypto';
import type { EventEmitter } from 'node:events';
import type {
  BotCommand,
  BotCommandScope,
  Chat,
  Message,
  ReplyKeyboardMarkup,
  User,
  UserFromGetMe,
} from 'grammy/types';
import { FileStore, type StoredFile } from './emulator-files';
import { BotMessageLog } from './emulator-message-log';
import {
  BotApiError,
  badRequest,
  type BotApiEmulatorOptions,
  type CallbackAnswer,
  type EmulatedBotMessage,
  type EmulatorEvents,
  type UserProfile,
} from './emulator-types';

export interface StoredMessage {
  message: Message;
  sentByBot: boolean;
  parseMode?: string;
}

export interface ChatRecord {
  chat: Chat;
  /** Private and basic group chats number messages per chat, shared by both sides. */
  nextMessageId: number;
  messages: Map<number, StoredMessage>;
  /** Reply keyboards live on the chat, not on a message: the last one sent stays until removed. */
  replyKeyboard?: ReplyKeyboardMarkup;
}

export interface UserRecord {
  user: User;
  blocked: boolean;
}

interface CallbackQueryRecord {
  fromId: number;
  chatId?: number;
  messageId?: number;
  data?: string;
  answered: boolean;
}

export type MessageContent = Omit<Message, 'message_id' | 'date' | 'chat' | 'from'>;

/** What a person would find again after a restart: people, chats with their messages, command menus, files. */
export interface WorldSnapshot {
  users: UserRecord[];
  chats: Array<Omit<ChatRecord, 'messages'> & { messages: StoredMessage[] }>;
  commandLists: Array<[key: string, commands: BotCommand[]]>;
  files: { count: number; entries: StoredFile[] };
}

export function botUserFor(options: BotApiEmulatorOptions): UserFromGetMe {
  // Telegram bot ids are the token's numeric prefix; test tokens may have none.
  const idFromToken = /^(\d{1,15}):/.exec(options.token)?.[1];
  return {
    id: idFromToken ? Number(idFromToken) : 7_000_000_001,
    is_bot: true,
    first_name: options.botFirstName ?? 'Homecell',
    username: options.botUsername ?? 'homecell_bot',
    can_join_groups: true,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
    can_connect_to_business: false,
    has_main_web_app: false,
    has_topics_enabled: false,
    allows_users_to_create_topics: false,
    can_manage_bots: false,
    supports_join_request_queries: false,
  };
}

export const unixNow = (): number => Math.floor(Date.now() / 1000);

/** JSON with sorted keys, so equal objects compare equal whatever order their keys were written in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, nested: unknown) =>
    nested !== null && typeof nested === 'object' && !Array.isArray(nested)
      ? Object.fromEntries(Object.entries(nested).sort(([a], [b]) => a.localeCompare(b)))
      : nested,
  );
}

export class EmulatorWorld {
  readonly files = new FileStore();
  readonly messageLog = new BotMessageLog();
  readonly callbackAnswers: CallbackAnswer[] = [];
  private readonly users = new Map<number, UserRecord>();
  private readonly chats = new Map<number, ChatRecord>();
  private readonly callbackQueries = new Map<string, CallbackQueryRecord>();
  private readonly commandLists = new Map<string, BotCommand[]>();
  private callbackQueryCounter = 0;
  /** Told after every change a snapshot would show (the sandbox saves its chats then). */
  onChange: (() => void) | undefined;

  constructor(
    readonly botUser: UserFromGetMe,
    private readonly events: EventEmitter<EmulatorEvents>,
  ) {}

  registerUser(id: number, profile: UserProfile = {}): User {
    const existing = this.users.get(id);
    const user: User = {
      ...(existing?.user ?? { id, is_bot: false, first_name: `User ${id}` }),
      ...profile,
    };
    this.users.set(id, { user, blocked: existing?.blocked ?? false });
    const chat = this.chats.get(id);
    if (chat) chat.chat = privateChatOf(user);
    else this.chats.set(id, { chat: privateChatOf(user), nextMessageId: 1, messages: new Map() });
    this.changed();
    return user;
  }

  /** Registers the user on first use, like a person opening the bot. */
  userById(id: number): User {
    return this.users.get(id)?.user ?? this.registerUser(id);
  }

  isBlocked(userId: number): boolean {
    return this.users.get(userId)?.blocked ?? false;
  }

  setBlocked(userId: number, blocked: boolean): void {
    this.userById(userId);
    const record = this.users.get(userId);
    if (record) record.blocked = blocked;
    this.changed();
  }

  groupChat(chatId: number, title?: string): ChatRecord {
    if (chatId >= 0) throw new Error(`group chat ids are negative, got ${chatId}`);
    let record = this.chats.get(chatId);
    if (!record) {
      record = {
        chat: { id: chatId, type: 'group', title: title ?? `Group ${-chatId}` },
        nextMessageId: 1,
        messages: new Map(),
      };
      this.chats.set(chatId, record);
      this.changed();
    } else if (title !== undefined && record.chat.type === 'group') {
      record.chat = { ...record.chat, title };
      this.changed();
    }
    return record;
  }

  chatRecord(chatId: number): ChatRecord | undefined {
    return this.chats.get(chatId);
  }

  /** The chat a bot call targets; fails the way Telegram does for unknown chats and blocked bots. */
  chatForBot(chatId: number | string): ChatRecord {
    const record = typeof chatId === 'number' ? this.chats.get(chatId) : undefined;
    if (!record) throw badRequest('chat not found');
    if (record.chat.type === 'private' && this.isBlocked(record.chat.id)) {
      throw new BotApiError(403, 'Forbidden: bot was blocked by the user');
    }
    return record;
  }

  addUserMessage(chat: ChatRecord, from: User, content: MessageContent): Message {
    const message = {
      message_id: chat.nextMessageId++,
      from,
      chat: chat.chat,
      date: unixNow(),
      ...content,
    } as Message;
    chat.messages.set(message.message_id, { message, sentByBot: false });
    this.changed();
    return message;
  }

  addBotMessage(chat: ChatRecord, content: MessageContent, parseMode?: string): Message {
    const message = {
      message_id: chat.nextMessageId++,
      from: this.botUser,
      chat: chat.chat,
      date: unixNow(),
      ...content,
    } as Message;
    const stored: StoredMessage = { message, sentByBot: true, ...(parseMode ? { parseMode } : {}) };
    chat.messages.set(message.message_id, stored);
    this.publish(chat, stored, false);
    this.changed();
    return message;
  }

  /**
   * Replaces the editable parts of a bot message; keys set to undefined are removed, as Telegram drops them.
   * parseMode: undefined keeps the recorded one, null forgets it.
   */
  editBotMessage(
    chat: ChatRecord,
    stored: StoredMessage,
    changes: Partial<MessageContent>,
    parseMode?: string | null,
  ): Message {
    const edited: Record<string, unknown> = { ...stored.message, ...changes, edit_date: unixNow() };
    for (const key of Object.keys(edited)) if (edited[key] === undefined) delete edited[key];
    stored.message = edited as unknown as Message;
    if (parseMode === null) delete stored.parseMode;
    else if (parseMode !== undefined) stored.parseMode = parseMode;
    this.publish(chat, stored, true);
    this.changed();
    return stored.message;
  }

  deleteMessage(chat: ChatRecord, messageId: number): boolean {
    const stored = chat.messages.get(messageId);
    if (!stored) return false;
    chat.messages.delete(messageId);
    this.changed();
    if (stored.sentByBot) this.events.emit('bot-message-deleted', chat.chat.id, messageId);
    return true;
  }

  chatAction(chat: ChatRecord, action: string): void {
    this.events.emit('chat-action', chat.chat.id, action);
  }

  setReplyKeyboard(chat: ChatRecord, keyboard: ReplyKeyboardMarkup | undefined): void {
    chat.replyKeyboard = keyboard;
    this.changed();
  }

  /** Every chat the bot or a person wrote in, by id. */
  chatIds(): number[] {
    return [...this.chats.keys()];
  }

  botMessages(chatId: number): EmulatedBotMessage[] {
    const chat = this.chats.get(chatId);
    if (!chat) return [];
    return [...chat.messages.values()].filter((stored) => stored.sentByBot).map((stored) => viewOf(stored));
  }

  conversation(chatId: number): Array<{ fromBot: boolean; message: Message }> {
    const chat = this.chats.get(chatId);
    if (!chat) return [];
    return [...chat.messages.values()].map((stored) => ({
      fromBot: stored.sentByBot,
      message: structuredClone(stored.message),
    }));
  }

  registerCallbackQuery(from: User, chat: ChatRecord | undefined, messageId: number, data: string): string {
    this.callbackQueryCounter += 1;
    // Telegram's ids are opaque numeric strings; make them unique across emulator runs too.
    const id = `${Date.now()}${String(this.callbackQueryCounter).padStart(6, '0')}`;
    this.callbackQueries.set(id, {
      fromId: from.id,
      ...(chat ? { chatId: chat.chat.id, messageId } : {}),
      data,
      answered: false,
    });
    return id;
  }

  answerCallbackQuery(
    id: string,
    answer: { text?: string; show_alert?: boolean; url?: string; cache_time?: number },
  ): void {
    const query = this.callbackQueries.get(id);
    if (!query || query.answered) {
      throw badRequest('query is too old and response timeout expired or query ID is invalid');
    }
    query.answered = true;
    const recorded: CallbackAnswer = {
      callback_query_id: id,
      ...(query.chatId !== undefined ? { chat_id: query.chatId, message_id: query.messageId } : {}),
      from_id: query.fromId,
      ...(query.data !== undefined ? { data: query.data } : {}),
      ...(answer.text !== undefined ? { text: answer.text } : {}),
      show_alert: answer.show_alert ?? false,
      ...(answer.url !== undefined ? { url: answer.url } : {}),
      ...(answer.cache_time !== undefined ? { cache_time: answer.cache_time } : {}),
    };
    this.callbackAnswers.push(recorded);
    this.events.emit('callback-answer', structuredClone(recorded));
  }

  setCommands(
    scope: BotCommandScope | undefined,
    languageCode: string | undefined,
    commands: BotCommand[],
  ): void {
    const key = commandListKey(scope, languageCode);
    if (commands.length === 0) this.commandLists.delete(key);
    else this.commandLists.set(key, structuredClone(commands));
    this.changed();
  }

  /** Exact scope and language only: Telegram's getMyCommands does not fall back either. */
  getCommands(scope: BotCommandScope | undefined, languageCode: string | undefined): BotCommand[] {
    return structuredClone(this.commandLists.get(commandListKey(scope, languageCode)) ?? []);
  }

  snapshot(): WorldSnapshot {
    return {
      users: [...this.users.values()],
      chats: [...this.chats.values()].map((record) => ({
        ...record,
        messages: [...record.messages.values()],
      })),
      commandLists: [...this.commandLists.entries()],
      files: { count: this.files.count, entries: this.files.all() },
    };
  }

  /** An earlier run's people and chats, before anyone writes; unanswered button presses are not kept. */
  restore(snapshot: WorldSnapshot): void {
    for (const record of snapshot.users) this.users.set(record.user.id, { ...record });
    for (const { messages, ...record } of snapshot.chats) {
      this.chats.set(record.chat.id, {
        ...record,
        messages: new Map(messages.map((stored) => [stored.message.message_id, stored])),
      });
    }
    for (const [key, commands] of snapshot.commandLists) this.commandLists.set(key, commands);
    this.files.restore(snapshot.files.entries, snapshot.files.count);
  }

  private changed(): void {
    this.onChange?.();
  }

  private publish(chat: ChatRecord, stored: StoredMessage, edited: boolean): void {
    const view = viewOf(stored);
    this.messageLog.record(chat.chat.id, view);
    this.events.emit('bot-message', chat.chat.id, structuredClone(view), { edited });
  }
}

function privateChatOf(user: User): Chat {
  return {
    id: user.id,
    type: 'private',
    first_name: user.first_name,
    ...(user.last_name !== undefined ? { last_name: user.last_name } : {}),
    ...(user.username !== undefined ? { username: user.username } : {}),
  };
}

function commandListKey(scope: BotCommandScope | undefined, languageCode: string | undefined): string {
  const normalisedScope: Record<string, unknown> = { ...(scope ?? { type: 'default' }) };
  // chat_id may arrive as a number or as its string; both name the same chat.
  if (typeof normalisedScope.chat_id === 'string' && /^-?\d+$/.test(normalisedScope.chat_id)) {
    normalisedScope.chat_id = Number(normalisedScope.chat_id);
  }
  return `${canonicalJson(normalisedScope)}|${languageCode ?? ''}`;
}

/** A message as it appears inside another's reply_to_message: without its own reply. */
export function replyOf(message: Message): NonNullable<Message['reply_to_message']> {
  const { reply_to_message: _nested, ...withoutNestedReply } = message;
  return withoutNestedReply as NonNullable<Message['reply_to_message']>;
}

/** A stable per-chat token, like Telegram's chat_instance. */
export function chatInstanceOf(chatId: number): string {
  return BigInt(`0x${createHash('sha256').update(String(chatId)).digest('hex').slice(0, 15)}`).toString();
}

export function viewOf(stored: StoredMessage): EmulatedBotMessage {
  const message = stored.message;
  return structuredClone({
    message_id: message.message_id,
    date: message.date,
    ...(message.text !== undefined ? { text: message.text } : {}),
    ...(message.entities !== undefined ? { entities: message.entities } : {}),
    ...(message.caption !== undefined ? { caption: message.caption } : {}),
    ...(message.caption_entities !== undefined ? { caption_entities: message.caption_entities } : {}),
    ...(stored.parseMode !== undefined ? { parse_mode: stored.parseMode } : {}),
    ...(message.reply_markup !== undefined ? { reply_markup: message.reply_markup } : {}),
    ...(message.document !== undefined ? { document: message.document } : {}),
    ...(message.photo !== undefined ? { photo: message.photo } : {}),
    ...(message.reply_to_message !== undefined
      ? { reply_to_message_id: message.reply_to_message.message_id }
      : {}),
    edited: message.edit_date !== undefined,
    ...(message.edit_date !== undefined ? { edit_date: message.edit_date } : {}),
  });
}
