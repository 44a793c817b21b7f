// The Bot API methods the emulator answers, with Telegram's validation rules and error texts.
import type { BotCommand, BotCommandScope, Message, MessageEntity } from 'grammy/types';
import {
  editedInlineKeyboard,
  formattedText,
  mimeTypeFor,
  parseReplyMarkup,
  type ParsedReplyMarkup,
} from './emulator-content';
import { documentOf, photoSizesOf, type StoredFile, type StoredFileKind } from './emulator-files';
import {
  optionalBoolean,
  optionalInteger,
  optionalJson,
  optionalString,
  requiredChatId,
  requiredInteger,
  type ApiCall,
} from './emulator-params';
import { badRequest } from './emulator-types';
import type { UpdateQueue } from './emulator-updates';
import {
  canonicalJson,
  replyOf,
  type ChatRecord,
  type EmulatorWorld,
  type MessageContent,
  type StoredMessage,
} from './emulator-world';

export type BotMethod = (call: ApiCall, clientGone: AbortSignal) => unknown;

const MAX_TEXT_LENGTH = 4096;
const MAX_CAPTION_LENGTH = 1024;
const MAX_DOWNLOAD_BYTES = 20 * 1024 * 1024;
const CHAT_ACTIONS = new Set([
  'typing',
  'upload_photo',
  'record_video',
  'upload_video',
  'record_voice',
  'upload_voice',
  'upload_document',
  'choose_sticker',
  'find_location',
  'record_video_note',
  'upload_video_note',
]);
export function createBotMethods(world: EmulatorWorld, updates: UpdateQueue): Record<string, BotMethod> {
  function replyContext(
    chat: ChatRecord,
    params: Record<string, unknown>,
  ): Pick<MessageContent, 'reply_to_message'> {
    const replyParameters = optionalJson<{ message_id?: number; allow_sending_without_reply?: boolean }>(
      params,
      'reply_parameters',
    );
    const replyToId = replyParameters?.message_id ?? optionalInteger(params, 'reply_to_message_id');
    if (replyToId === undefined) return {};
    const original = chat.messages.get(replyToId);
    if (original) return { reply_to_message: replyOf(original.message) };
    const allowWithout =
      replyParameters?.allow_sending_without_reply ?? optionalBoolean(params, 'allow_sending_without_reply');
    if (allowWithout) return {};
    throw badRequest('message to be replied not found');
  }

  function sendWithMarkup(
    chat: ChatRecord,
    content: MessageContent,
    markup: ParsedReplyMarkup,
    parseMode: string | undefined,
  ): Message {
    const message = world.addBotMessage(
      chat,
      markup.inlineKeyboard ? { ...content, reply_markup: markup.inlineKeyboard } : content,
      parseMode,
    );
    if (markup.chatKeyboard !== undefined) world.setReplyKeyboard(chat, markup.chatKeyboard ?? undefined);
    return message;
  }

  function captionOf(params: Record<string, unknown>): Pick<MessageContent, 'caption' | 'caption_entities'> {
    const raw = optionalString(params, 'caption');
    if (raw === undefined || raw === '') return {};
    const caption = formattedText(
      raw,
      optionalString(params, 'parse_mode'),
      optionalJson<MessageEntity[]>(params, 'caption_entities'),
    );
    if (caption.text.length > MAX_CAPTION_LENGTH) throw badRequest('message caption is too long');
    return caption.entities
      ? { caption: caption.text, caption_entities: caption.entities }
      : { caption: caption.text };
  }

  async function inputFile(call: ApiCall, field: string, kind: StoredFileKind): Promise<StoredFile> {
    const reference = optionalString(call.params, field);
    if (reference === undefined || reference === '') throw badRequest(`there is no ${field} in the request`);
    const attachName = /^attach:\/\/(.+)$/.exec(reference)?.[1];
    if (attachName !== undefined) {
      const upload = call.uploads.get(attachName);
      if (!upload) throw badRequest(`there is no ${field} in the request`);
      return world.files.add(kind, upload.bytes, {
        fileName: upload.fileName,
        mimeType: mimeTypeFor(upload.fileName, upload.contentType),
      });
    }
    if (/^https?:\/\//i.test(reference)) {
      const response = await fetch(reference).catch(() => undefined);
      if (!response?.ok) throw badRequest('wrong file identifier/HTTP URL specified');
      const fileName = decodeURIComponent(new URL(reference).pathname.split('/').pop() || 'file');
      return world.files.add(kind, Buffer.from(await response.arrayBuffer()), {
        fileName,
        mimeType:
          response.headers.get('content-type')?.split(';')[0] ??
          mimeTypeFor(fileName, 'application/octet-stream'),
      });
    }
    const known = world.files.getForBot(reference);
    if (!known) throw badRequest('wrong file identifier/HTTP URL specified');
    return known;
  }

  function botMessageToEdit(call: ApiCall): { chat: ChatRecord; stored: StoredMessage } {
    if (call.params.inline_message_id !== undefined) {
      throw badRequest('inline messages are not supported by the emulator');
    }
    const chat = world.chatForBot(requiredChatId(call.params));
    const stored = chat.messages.get(requiredInteger(call.params, 'message_id'));
    if (!stored) throw badRequest('message to edit not found');
    if (!stored.sentByBot) throw badRequest("message can't be edited");
    return { chat, stored };
  }

  const notModified = () =>
    badRequest(
      'message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message',
    );

  async function sendFile(call: ApiCall, field: 'document' | 'photo'): Promise<Message> {
    const chat = world.chatForBot(requiredChatId(call.params));
    const caption = captionOf(call.params);
    const markup = parseReplyMarkup(call.params);
    const reply = replyContext(chat, call.params);
    const file = await inputFile(call, field, field === 'photo' ? 'photos' : 'documents');
    const media = field === 'photo' ? { photo: photoSizesOf(file) } : { document: documentOf(file) };
    return sendWithMarkup(
      chat,
      { ...media, ...caption, ...reply },
      markup,
      optionalString(call.params, 'parse_mode'),
    );
  }

  return {
    getMe: () => world.botUser,

    getUpdates: ({ params }, clientGone) =>
      updates.getUpdates(
        {
          offset: optionalInteger(params, 'offset'),
          limit: optionalInteger(params, 'limit'),
          timeoutSeconds: optionalInteger(params, 'timeout'),
        },
        clientGone,
      ),

    setWebhook: ({ params }) => {
      const url = optionalString(params, 'url') ?? '';
      const secretToken = optionalString(params, 'secret_token');
      if (secretToken !== undefined && !/^[A-Za-z0-9_-]{1,256}$/.test(secretToken)) {
        throw badRequest('secret token contains unallowed characters');
      }
      if (optionalBoolean(params, 'drop_pending_updates')) updates.dropPending();
      if (url === '') {
        updates.deleteWebhook();
        return true;
      }
      if (!/^https?:\/\/[^/]+/i.test(url))
        throw badRequest('bad webhook: An HTTPS URL must be provided for webhook');
      const maxConnections = optionalInteger(params, 'max_connections');
      const allowedUpdates = optionalJson<string[]>(params, 'allowed_updates');
      updates.setWebhook({
        url,
        ...(secretToken !== undefined ? { secretToken } : {}),
        ...(maxConnections !== undefined ? { maxConnections } : {}),
        ...(allowedUpdates !== undefined ? { allowedUpdates: allowedUpdates as never } : {}),
      });
      return true;
    },

    deleteWebhook: ({ params }) => {
      if (optionalBoolean(params, 'drop_pending_updates')) updates.dropPending();
      updates.deleteWebhook();
      return true;
    },

    getWebhookInfo: () => updates.webhookInfo(),

    sendMessage: ({ params }) => {
      const chat = world.chatForBot(requiredChatId(params));
      const parseMode = optionalString(params, 'parse_mode');
      const raw = optionalString(params, 'text') ?? '';
      if (raw.trim() === '') throw badRequest('message text is empty');
      const text = formattedText(raw, parseMode, optionalJson<MessageEntity[]>(params, 'entities'));
      if (text.text.trim() === '') throw badRequest('message text is empty');
      if (text.text.length > MAX_TEXT_LENGTH) throw badRequest('message is too long');
      const markup = parseReplyMarkup(params);
      return sendWithMarkup(chat, { ...text, ...replyContext(chat, params) }, markup, parseMode);
    },

    sendDocument: (call) => sendFile(call, 'document'),
    sendPhoto: (call) => sendFile(call, 'photo'),

    editMessageText: (call) => {
      const { chat, stored } = botMessageToEdit(call);
      if (stored.message.text === undefined) throw badRequest('there is no text in the message to edit');
      const parseMode = optionalString(call.params, 'parse_mode');
      const raw = optionalString(call.params, 'text') ?? '';
      if (raw.trim() === '') throw badRequest('message text is empty');
      const text = formattedText(raw, parseMode, optionalJson<MessageEntity[]>(call.params, 'entities'));
      if (text.text.trim() === '') throw badRequest('message text is empty');
      if (text.text.length > MAX_TEXT_LENGTH) throw badRequest('MESSAGE_TOO_LONG');
      // Like Telegram, an edit without reply_markup removes the inline keyboard.
      const keyboard = editedInlineKeyboard(call.params);
      const unchanged =
        text.text === stored.message.text &&
        canonicalJson(text.entities ?? []) === canonicalJson(stored.message.entities ?? []) &&
        canonicalJson(keyboard ?? null) === canonicalJson(stored.message.reply_markup ?? null);
      if (unchanged) throw notModified();
      return world.editBotMessage(
        chat,
        stored,
        { text: text.text, entities: text.entities, reply_markup: keyboard },
        parseMode ?? null,
      );
    },

    editMessageCaption: (call) => {
      const { chat, stored } = botMessageToEdit(call);
      if (stored.message.document === undefined && stored.message.photo === undefined) {
        throw badRequest('there is no caption in the message to edit');
      }
      const caption = captionOf(call.params);
      const keyboard = editedInlineKeyboard(call.params);
      const unchanged =
        caption.caption === stored.message.caption &&
        canonicalJson(caption.caption_entities ?? []) ===
          canonicalJson(stored.message.caption_entities ?? []) &&
        canonicalJson(keyboard ?? null) === canonicalJson(stored.message.reply_markup ?? null);
      if (unchanged) throw notModified();
      return world.editBotMessage(
        chat,
        stored,
        { caption: caption.caption, caption_entities: caption.caption_entities, reply_markup: keyboard },
        optionalString(call.params, 'parse_mode') ?? null,
      );
    },

    editMessageReplyMarkup: (call) => {
      const { chat, stored } = botMessageToEdit(call);
      const keyboard = editedInlineKeyboard(call.params);
      if (canonicalJson(keyboard ?? null) === canonicalJson(stored.message.reply_markup ?? null))
        throw notModified();
      return world.editBotMessage(chat, stored, { reply_markup: keyboard });
    },

    deleteMessage: ({ params }) => {
      const chat = world.chatForBot(requiredChatId(params));
      if (!world.deleteMessage(chat, requiredInteger(params, 'message_id'))) {
        throw badRequest('message to delete not found');
      }
      return true;
    },

    answerCallbackQuery: ({ params }) => {
      const id = optionalString(params, 'callback_query_id');
      if (id === undefined || id === '') throw badRequest('callback_query_id is empty');
      const text = optionalString(params, 'text');
      const showAlert = optionalBoolean(params, 'show_alert');
      const url = optionalString(params, 'url');
      const cacheTime = optionalInteger(params, 'cache_time');
      world.answerCallbackQuery(id, {
        ...(text !== undefined ? { text } : {}),
        ...(showAlert !== undefined ? { show_alert: showAlert } : {}),
        ...(url !== undefined ? { url } : {}),
        ...(cacheTime !== undefined ? { cache_time: cacheTime } : {}),
      });
      return true;
    },

    setMyCommands: ({ params }) => {
      const commands = optionalJson<BotCommand[]>(params, 'commands');
      if (!Array.isArray(commands)) throw badRequest('commands is empty');
      if (commands.length > 100) throw badRequest('too many commands specified');
      for (const command of commands) {
        if (typeof command?.command !== 'string' || !/^[a-z0-9_]{1,32}$/.test(command.command)) {
          throw badRequest('BOT_COMMAND_INVALID');
        }
        if (
          typeof command.description !== 'string' ||
          command.description.length < 1 ||
          command.description.length > 256
        ) {
          throw badRequest('BOT_COMMAND_DESCRIPTION_INVALID');
        }
      }
      world.setCommands(commandScope(params), languageCode(params), commands);
      return true;
    },

    getMyCommands: ({ params }) => world.getCommands(commandScope(params), languageCode(params)),

    deleteMyCommands: ({ params }) => {
      world.setCommands(commandScope(params), languageCode(params), []);
      return true;
    },

    getFile: ({ params }) => {
      const fileId = optionalString(params, 'file_id');
      if (fileId === undefined || fileId === '') throw badRequest('file_id is empty');
      const file = world.files.getForBot(fileId);
      if (!file) throw badRequest('invalid file_id');
      if (file.bytes.length > MAX_DOWNLOAD_BYTES) throw badRequest('file is too big');
      return {
        file_id: file.file_id,
        file_unique_id: file.file_unique_id,
        file_size: file.bytes.length,
        file_path: file.file_path,
      };
    },

    sendChatAction: ({ params }) => {
      const chat = world.chatForBot(requiredChatId(params));
      const action = optionalString(params, 'action');
      if (action === undefined || !CHAT_ACTIONS.has(action))
        throw badRequest('wrong parameter action in request');
      world.chatAction(chat, action);
      return true;
    },
  };
}

function commandScope(params: Record<string, unknown>): BotCommandScope | undefined {
  return optionalJson<BotCommandScope>(params, 'scope');
}

function languageCode(params: Record<string, unknown>): string | undefined {
  const code = optionalString(params, 'language_code');
  if (code === undefined || code === '') return undefined;
  if (!/^[a-z]{2}$/.test(code)) throw badRequest('invalid language code specified');
  return code;
}
