// The delivery benchmark's Telegram: the Bot API emulator in its own process (as Telegram is on its own machine),
// limited to 30 messages a second across chats; reports arrival times and per-chat counts to the parent over IPC.
import { BotApiEmulator } from '../src/sandbox/emulator';

interface Start {
  type: 'start';
  token: string;
  limitPerSecond: number;
  firstChat: number;
  chats: number;
}

const send = (message: object) => process.send?.(message);

let emulator: BotApiEmulator | undefined;
const arrivals: number[] = [];
let chats: number[] = [];

process.on('message', (message: Start | { type: 'report' } | { type: 'stop' }) => {
  void (async () => {
    if (message.type === 'start') {
      emulator = new BotApiEmulator({
        token: message.token,
        globalRateLimitPerSecond: message.limitPerSecond,
      });
      await emulator.start();
      chats = Array.from({ length: message.chats }, (_, index) => message.firstChat + index);
      for (const chat of chats) emulator.user(chat);
      emulator.events.on('bot-message', () => arrivals.push(Date.now()));
      send({ type: 'started', apiRoot: emulator.apiRoot });
    } else if (message.type === 'report' && emulator) {
      const perChat = chats.map((chat) => emulator!.messages(chat).length);
      send({ type: 'report', stats: emulator.stats, arrivals, perChat });
    } else if (message.type === 'stop') {
      await emulator?.stop();
      process.exit(0);
    }
  })();
});
