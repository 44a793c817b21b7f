// Zalo's updates read tolerantly: the field names of each version, dates in milliseconds, and anything else kept as
// an unsupported update rather than thrown.
import { parseZaloUpdate, parseZaloUpdates } from '../../../src/channels/zalo/client';

const DATE_MS = 1_766_200_000_000;
const message = (
  content: Record<string, unknown>,
  from: Record<string, unknown> = { id: 'u1', display_name: 'Mai' },
) => ({
  from,
  chat: { id: 'u1', chat_type: 'PRIVATE' },
  message_id: 'm1',
  date: DATE_MS,
  ...content,
});

describe('parseZaloUpdate', () => {
  it('reads a text message with its sender, chat, message id and date in milliseconds', () => {
    expect(
      parseZaloUpdate({ event_name: 'message.text.received', message: message({ text: 'MA-1234' }) }),
    ).toEqual({
      type: 'text',
      eventName: 'message.text.received',
      text: 'MA-1234',
      message: {
        messageId: 'm1',
        date: new Date(DATE_MS),
        from: { id: 'u1', name: 'Mai', isBot: false },
        chat: { id: 'u1', type: 'PRIVATE' },
      },
    });
  });

  it.each([
    ['photo', { photo: 'https://cdn.example.org/a.jpg' }],
    ['url', { url: 'https://cdn.example.org/a.jpg' }],
    ['photo_url', { photo_url: 'https://cdn.example.org/a.jpg' }],
    ['photo as an object', { photo: { url: 'https://cdn.example.org/a.jpg' } }],
  ])('finds the image URL under %s', (_name, content) => {
    expect(
      parseZaloUpdate({
        event_name: 'message.image.received',
        message: message({ ...content, caption: 'biên lai' }),
      }),
    ).toMatchObject({ type: 'image', imageUrl: 'https://cdn.example.org/a.jpg', caption: 'biên lai' });
  });

  it('takes first_name when there is no display_name, numeric ids as strings, and a date in seconds', () => {
    const update = parseZaloUpdate({
      event_name: 'message.text.received',
      message: {
        ...message({ text: 'hi' }, { id: 42, first_name: 'Minh' }),
        chat: { id: 42, chat_type: 'group' },
        date: 1_766_200_000,
      },
    });
    expect(update).toMatchObject({
      type: 'text',
      message: {
        from: { id: '42', name: 'Minh' },
        chat: { id: '42', type: 'GROUP' },
        date: new Date(DATE_MS),
      },
    });
  });

  it('reads stickers and voice messages, and unwraps a webhook body of {ok, result}', () => {
    expect(
      parseZaloUpdate({ event_name: 'message.sticker.received', message: message({ sticker: 'st-9' }) }),
    ).toMatchObject({
      type: 'sticker',
      sticker: 'st-9',
    });
    expect(
      parseZaloUpdate({
        ok: true,
        result: {
          event_name: 'message.voice.received',
          message: message({ voice_url: 'https://cdn.example.org/v.aac' }),
        },
      }),
    ).toMatchObject({ type: 'voice', voiceUrl: 'https://cdn.example.org/v.aac' });
  });

  it.each([
    ['withheld content', { event_name: 'message.unsupported.received', message: message({}) }, true],
    ['an unknown event', { event_name: 'message.location.received', message: message({ lat: 1 }) }, true],
    ['a text event without text', { event_name: 'message.text.received', message: message({}) }, true],
    [
      'an image without a URL',
      { event_name: 'message.image.received', message: message({ photo: 'not a url' }) },
      true,
    ],
    ['no sender', { event_name: 'message.text.received', message: { message_id: 'm', text: 'x' } }, false],
    ['no message', { event_name: 'message.text.received' }, false],
    ['a string', 'garbage', false],
    ['null', null, false],
  ])('keeps %s as unsupported, never throwing', (_name, raw, knowsSender) => {
    const update = parseZaloUpdate(raw);
    expect(update.type).toBe('unsupported');
    expect(update.type === 'unsupported' && update.reason.length > 0).toBe(true);
    expect('message' in update && update.message !== undefined).toBe(knowsSender);
  });

  it('reads getUpdates results of one update, a list, or nothing', () => {
    const one = { event_name: 'message.text.received', message: message({ text: 'a' }) };
    expect(parseZaloUpdates(one)).toHaveLength(1);
    expect(parseZaloUpdates([one, one])).toHaveLength(2);
    expect(parseZaloUpdates(undefined)).toEqual([]);
  });
});
