// Zalo's updates read tolerantly: field names vary between versions (photo, url, photo_url; display_name or
// first_name), dates are milliseconds, and anything not understood becomes an `unsupported` update, never a throw.
import { z } from 'zod';

export interface ZaloMessageMeta {
  /** There is no update id: the inbox de-duplicates by this. */
  messageId: string;
  date?: Date;
  from: { id: string; name?: string; isBot: boolean };
  chat: { id: string; type: 'PRIVATE' | 'GROUP' | 'OTHER' };
}

export type ZaloUpdate =
  | { type: 'text'; eventName: string; message: ZaloMessageMeta; text: string }
  /** The URL expires: download it at once. */
  | { type: 'image'; eventName: string; message: ZaloMessageMeta; imageUrl: string; caption?: string }
  | { type: 'sticker'; eventName: string; message: ZaloMessageMeta; sticker?: string }
  | { type: 'voice'; eventName: string; message: ZaloMessageMeta; voiceUrl?: string }
  /**
   * An event homecell does not read, or one Zalo sent without its content (`message.unsupported.received`, for
   * protected users): `message` is there when the sender is known, so the bot can still answer kindly.
   */
  | { type: 'unsupported'; eventName: string; message?: ZaloMessageMeta; reason: string };

const text = z.string().optional().catch(undefined);
const id = z
  .union([z.string().min(1), z.number()])
  .transform(String)
  .optional()
  .catch(undefined);
const url = z.string().trim().url().optional().catch(undefined);

const messageSchema = z.looseObject({
  message_id: id,
  date: z.union([z.number(), z.string()]).optional().catch(undefined),
  from: z
    .looseObject({
      id,
      display_name: text,
      first_name: text,
      name: text,
      is_bot: z.boolean().optional().catch(undefined),
    })
    .optional()
    .catch(undefined),
  chat: z.looseObject({ id, chat_type: text }).optional().catch(undefined),
  text,
  caption: text,
  photo: z.unknown().optional(),
  url,
  photo_url: url,
  sticker: z.unknown().optional(),
  voice_url: url,
  url_voice: url,
});
type RawMessage = z.infer<typeof messageSchema>;

const updateSchema = z.looseObject({
  event_name: z.string().optional().catch(undefined),
  message: z.unknown().optional(),
});

/** Zalo's `date` is in milliseconds; a value in seconds (an older version) is read as such. */
function dateOf(value: number | string | undefined): Date | undefined {
  const number = typeof value === 'string' ? Number(value) : value;
  if (number === undefined || !Number.isFinite(number) || number <= 0) return undefined;
  return new Date(number < 1e11 ? number * 1000 : number);
}

function metaOf(message: RawMessage): ZaloMessageMeta | undefined {
  const fromId = message.from?.id;
  const chatId = message.chat?.id ?? fromId;
  if (!message.message_id || !fromId || !chatId) return undefined;
  const chatType = message.chat?.chat_type?.toUpperCase();
  return {
    messageId: message.message_id,
    date: dateOf(message.date),
    from: {
      id: fromId,
      name: message.from?.display_name ?? message.from?.first_name ?? message.from?.name,
      isBot: message.from?.is_bot ?? false,
    },
    chat: { id: chatId, type: chatType === 'PRIVATE' || chatType === 'GROUP' ? chatType : 'OTHER' },
  };
}

/** The photo's URL under whichever name this version of Zalo used; `photo` may be a URL or an object holding one. */
function imageUrlOf(message: RawMessage): string | undefined {
  const photo = message.photo;
  if (typeof photo === 'string') return url.parse(photo) ?? message.photo_url ?? message.url;
  if (photo && typeof photo === 'object') {
    const inner = photo as Record<string, unknown>;
    const nested = url.parse(inner.url) ?? url.parse(inner.photo_url);
    if (nested) return nested;
  }
  return message.photo_url ?? message.url;
}

function stickerOf(message: RawMessage): string | undefined {
  const sticker = message.sticker;
  if (typeof sticker === 'string') return sticker;
  if (sticker && typeof sticker === 'object') {
    const inner = sticker as Record<string, unknown>;
    return typeof inner.id === 'string' ? inner.id : typeof inner.url === 'string' ? inner.url : undefined;
  }
  return undefined;
}

/** One update as Zalo sends it (by getUpdates or the webhook, which may wrap it in `{ok, result}`). */
export function parseZaloUpdate(raw: unknown): ZaloUpdate {
  const unwrapped =
    raw && typeof raw === 'object' && !('event_name' in raw) && 'result' in raw ? raw.result : raw;
  const update = updateSchema.safeParse(unwrapped);
  if (!update.success) return { type: 'unsupported', eventName: '', reason: 'not an update object' };
  const eventName = update.data.event_name ?? '';
  const parsedMessage = messageSchema.safeParse(update.data.message);
  const message = parsedMessage.success ? metaOf(parsedMessage.data) : undefined;
  if (!parsedMessage.success || !message) {
    return { type: 'unsupported', eventName, reason: 'no message with a sender, a chat and a message id' };
  }
  const content = parsedMessage.data;
  switch (eventName) {
    case 'message.text.received':
      return content.text !== undefined
        ? { type: 'text', eventName, message, text: content.text }
        : { type: 'unsupported', eventName, message, reason: 'a text event without text' };
    case 'message.image.received': {
      const imageUrl = imageUrlOf(content);
      if (!imageUrl)
        return { type: 'unsupported', eventName, message, reason: 'an image event without a URL' };
      const caption = content.caption ?? content.text;
      return caption === undefined
        ? { type: 'image', eventName, message, imageUrl }
        : { type: 'image', eventName, message, imageUrl, caption };
    }
    case 'message.sticker.received':
      return { type: 'sticker', eventName, message, sticker: stickerOf(content) };
    case 'message.voice.received':
      return {
        type: 'voice',
        eventName,
        message,
        voiceUrl: content.voice_url ?? content.url_voice ?? content.url,
      };
    case 'message.unsupported.received':
      return { type: 'unsupported', eventName, message, reason: 'Zalo withheld the content' };
    default:
      return { type: 'unsupported', eventName, message, reason: `unknown event ${eventName || '(none)'}` };
  }
}

/** getUpdates' `result`: one update (as Zalo answers), a list of them, or nothing. */
export function parseZaloUpdates(result: unknown): ZaloUpdate[] {
  if (result === undefined || result === null) return [];
  return (Array.isArray(result) ? result : [result]).map(parseZaloUpdate);
}
