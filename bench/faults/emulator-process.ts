// The fault benchmark's Telegram: the Bot API emulator in its own process (Telegram is another machine), driven by the
// benchmark over IPC. It keeps its own timestamped log of everything the bot showed each chat (new messages, edits,
// callback answers), so every figure can be counted from what the people received.
import type { Update } from 'grammy/types';
import { BotApiEmulator, type EmulatedBotMessage } from '../../src/sandbox/emulator';
import type { ChatEvent, EmulatorRequest, FuzzItem, WaitSpec } from './emulator-protocol';

let emulator: BotApiEmulator | undefined;
let sequence = 0;
const events = new Map<number, ChatEvent[]>();
const waiters = new Set<{
  spec: WaitSpec;
  resolve: (event: ChatEvent | null) => void;
  timer: NodeJS.Timeout;
}>();

function matches(spec: WaitSpec, event: ChatEvent): boolean {
  if (event.seq <= spec.after) return false;
  if (spec.kinds && !spec.kinds.includes(event.kind)) return false;
  if (spec.messageId !== undefined && event.messageId !== spec.messageId) return false;
  if (spec.callbackQueryId !== undefined && event.callbackQueryId !== spec.callbackQueryId) return false;
  return true;
}

function record(chatId: number, event: Omit<ChatEvent, 'seq' | 'at'>): void {
  sequence += 1;
  const full: ChatEvent = { seq: sequence, at: Date.now(), ...event };
  let list = events.get(chatId);
  if (!list) events.set(chatId, (list = []));
  list.push(full);
  for (const waiter of waiters) {
    if (waiter.spec.chatId === chatId && matches(waiter.spec, full)) {
      clearTimeout(waiter.timer);
      waiters.delete(waiter);
      waiter.resolve(full);
    }
  }
}

function buttonsOf(message: EmulatedBotMessage): ChatEvent['buttons'] {
  return message.reply_markup?.inline_keyboard.flat().map((button) => ({
    text: button.text,
    ...('callback_data' in button ? { data: button.callback_data } : {}),
  }));
}

function wait(spec: WaitSpec): Promise<ChatEvent | null> {
  const earlier = events.get(spec.chatId)?.find((event) => matches(spec, event));
  if (earlier) return Promise.resolve(earlier);
  return new Promise((resolve) => {
    const waiter = {
      spec,
      resolve,
      timer: setTimeout(() => {
        waiters.delete(waiter);
        resolve(null);
      }, spec.timeoutMs),
    };
    waiters.add(waiter);
  });
}

function inject(item: FuzzItem): void {
  const api = emulator!;
  if (item.type === 'raw') api.injectUpdate(item.update);
  else if (item.type === 'text') api.sendText(item.userId, item.text);
  else if (item.type === 'press')
    api.pressButton(item.userId, item.messageId, item.data, { chatId: item.chatId });
  else if (item.type === 'sticker') api.sendSticker(item.userId);
  else if (item.type === 'voice') api.sendVoice(item.userId);
  else if (item.type === 'location') api.sendLocation(item.userId, item.latitude, item.longitude);
  else if (item.type === 'photo')
    api.sendPhoto(item.userId, { bytes: Buffer.from('fuzz-photo'), caption: item.caption });
  else if (item.type === 'group') api.sendGroupText(item.chatId, item.userId, item.text);
}

async function handle(request: EmulatorRequest): Promise<unknown> {
  switch (request.method) {
    case 'start': {
      emulator = new BotApiEmulator({ token: request.token, botUsername: 'homecell_faults_bot' });
      await emulator.start();
      emulator.events.on('bot-message', (chatId, message, { edited }) =>
        record(chatId, {
          kind: edited ? 'edit' : 'new',
          messageId: message.message_id,
          text: message.text ?? message.caption ?? '',
          buttons: buttonsOf(message),
        }),
      );
      emulator.events.on('callback-answer', (answer) => {
        const chatId = answer.chat_id ?? answer.from_id;
        record(chatId, {
          kind: 'callback',
          callbackQueryId: answer.callback_query_id,
          text: answer.text ?? '',
          showAlert: answer.show_alert,
        });
      });
      return { apiRoot: emulator.apiRoot };
    }
    case 'users':
      for (const id of request.ids) emulator!.user(id, { first_name: `Member ${id}`, language_code: 'vi' });
      return null;
    case 'mark':
      return sequence;
    case 'sendText': {
      const mark = sequence;
      const update = emulator!.sendText(request.userId, request.text);
      return { mark, updateId: update.update_id };
    }
    case 'press': {
      const mark = sequence;
      let update: Update;
      try {
        update =
          request.label !== undefined
            ? emulator!.pressButtonWithText(request.userId, request.messageId, request.label)
            : emulator!.pressButton(request.userId, request.messageId, request.data!);
      } catch (error) {
        return { error: (error as Error).message };
      }
      return { mark, updateId: update.update_id, callbackQueryId: update.callback_query!.id };
    }
    case 'inject':
      for (const item of request.items) inject(item);
      return request.items.length;
    case 'wait':
      return wait(request.spec);
    case 'events': {
      const chats = request.chatIds ?? [...events.keys()];
      return Object.fromEntries(
        chats.map((chatId) => [
          chatId,
          (events.get(chatId) ?? []).filter((event) => event.seq > (request.after ?? 0)),
        ]),
      );
    }
    case 'stats':
      return emulator!.stats;
    case 'stop':
      await emulator?.stop();
      setImmediate(() => process.exit(0));
      return null;
  }
}

process.on('message', (message: { id: number; request: EmulatorRequest }) => {
  handle(message.request).then(
    (result) => process.send?.({ id: message.id, result }),
    (error: unknown) => process.send?.({ id: message.id, error: (error as Error).stack ?? String(error) }),
  );
});
// The benchmark's process going away takes its Telegram with it.
process.on('disconnect', () => process.exit(0));
