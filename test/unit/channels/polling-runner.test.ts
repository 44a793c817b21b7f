// Long polling as the service runs it takes no more updates at once than the database pool can serve in time.
import { run } from '@grammyjs/runner';
import { Bot } from 'grammy';
import { pollingRunnerOptions } from '../../../src/channels/telegram/telegram-channel';
import { HANDLER_CONCURRENCY } from '../../../src/channels/telegram/update-processor';
import { BotApiEmulator } from '../../../src/sandbox/emulator';

const TOKEN = '123456:polling-runner-test';

describe('pollingRunnerOptions', () => {
  it(`handles at most ${HANDLER_CONCURRENCY} updates at once however many are waiting`, async () => {
    const emulator = new BotApiEmulator({ token: TOKEN });
    await emulator.start();
    const bot = new Bot(TOKEN, { client: { apiRoot: emulator.apiRoot } });
    let running = 0;
    let most = 0;
    let handled = 0;
    bot.on('message', async () => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 30));
      running -= 1;
      handled += 1;
    });
    const handledAll = async (count: number) => {
      for (let attempt = 0; attempt < 500 && handled < count; attempt += 1) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      expect(handled).toBe(count);
    };
    const runner = run(bot, pollingRunnerOptions());
    try {
      // The runner's very first fetch asks for a full batch (100); from then on, for the room it has.
      emulator.sendText(5_000, 'xin chào');
      await handledAll(1);
      const people = 3 * HANDLER_CONCURRENCY;
      for (let person = 1; person <= people; person += 1) emulator.sendText(5_000 + person, 'xin chào');
      await handledAll(1 + people);
      expect(most).toBeLessThanOrEqual(HANDLER_CONCURRENCY);
      expect(most).toBeGreaterThan(HANDLER_CONCURRENCY / 2);
    } finally {
      await runner.stop();
      await emulator.stop();
    }
  });
});
