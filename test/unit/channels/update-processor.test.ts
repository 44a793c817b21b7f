// The update processor lets a burst of webhook calls be answered first: while calls arrive, few handlings run.
import type { Bot } from 'grammy';
import type { Update } from 'grammy/types';
import { jest } from '@jest/globals';
import type { BotContext } from '../../../src/channels/telegram/context';
import { UpdateProcessor } from '../../../src/channels/telegram/update-processor';
import { createLogger } from '../../../src/logger';

function heldBot() {
  const started: number[] = [];
  const release: Array<() => void> = [];
  const bot = {
    handleUpdate: (update: Update) =>
      new Promise<void>((resolve) => {
        started.push(update.update_id);
        release.push(resolve);
      }),
  } as unknown as Bot<BotContext>;
  return { bot, started, release };
}

const update = (id: number): Update => ({ update_id: id });

describe('UpdateProcessor', () => {
  it('runs up to its concurrency when no webhook call is arriving', () => {
    const { bot, started } = heldBot();
    const processor = new UpdateProcessor(bot, new WeakSet(), createLogger('silent'), 8);
    for (let id = 1; id <= 20; id += 1) processor.submit(update(id));
    expect(started).toHaveLength(8);
    expect(processor.size).toBe(20);
  });

  it('starts only a few handlings while calls arrive, and the rest once the burst is over', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'queueMicrotask'] });
    try {
      const { bot, started } = heldBot();
      const processor = new UpdateProcessor(bot, new WeakSet(), createLogger('silent'), 64);
      for (let id = 1; id <= 40; id += 1) {
        processor.noteArrival();
        processor.submit(update(id));
      }
      expect(started).toHaveLength(4);
      jest.advanceTimersByTime(200);
      expect(started).toHaveLength(40);
      expect(started.slice(0, 5)).toEqual([1, 2, 3, 4, 5]);
    } finally {
      jest.useRealTimers();
    }
  });
});
