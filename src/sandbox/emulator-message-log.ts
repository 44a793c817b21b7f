// A numbered log of bot message events (new or edited) so tests can wait for "the reply after this point".
import type { EmulatedBotMessage, WaitForMessageOptions } from './emulator-types';

interface LoggedMessage {
  sequence: number;
  chatId: number;
  message: EmulatedBotMessage;
}

interface Waiter {
  chatId: number;
  match: (message: EmulatedBotMessage) => boolean;
  resolve: (message: EmulatedBotMessage) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

// Enough history for any test's mark; a long sandbox session must not grow without bound.
const MAX_LOGGED_MESSAGES = 10_000;

export class BotMessageLog {
  private entries: LoggedMessage[] = [];
  private sequence = 0;
  private waiters = new Set<Waiter>();

  /** The current position; pass it as `after` to consider only later messages and edits. */
  mark(): number {
    return this.sequence;
  }

  record(chatId: number, message: EmulatedBotMessage): void {
    this.sequence += 1;
    const entry = { sequence: this.sequence, chatId, message: structuredClone(message) };
    this.entries.push(entry);
    if (this.entries.length > MAX_LOGGED_MESSAGES)
      this.entries.splice(0, this.entries.length - MAX_LOGGED_MESSAGES);
    for (const waiter of this.waiters) {
      if (waiter.chatId === chatId && waiter.match(entry.message)) this.settle(waiter, entry.message);
    }
  }

  waitFor(
    chatId: number,
    options: WaitForMessageOptions,
    describeChat: () => string,
  ): Promise<EmulatedBotMessage> {
    const after = options.after ?? this.sequence;
    const match = options.match ?? (() => true);
    const timeoutMs = options.timeoutMs ?? 5000;
    const earlier = this.entries.find(
      (entry) => entry.sequence > after && entry.chatId === chatId && match(entry.message),
    );
    if (earlier) return Promise.resolve(structuredClone(earlier.message));
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        chatId,
        match,
        resolve,
        reject,
        timer: setTimeout(() => {
          this.waiters.delete(waiter);
          reject(
            new Error(
              `waitForMessage: no matching bot message in chat ${chatId} within ${timeoutMs} ms; ${describeChat()}`,
            ),
          );
        }, timeoutMs),
      };
      this.waiters.add(waiter);
    });
  }

  /** Rejects everyone still waiting, so a stopped emulator does not leave tests hanging until their timeout. */
  rejectAll(reason: string): void {
    for (const waiter of this.waiters) {
      clearTimeout(waiter.timer);
      waiter.reject(new Error(reason));
    }
    this.waiters.clear();
  }

  private settle(waiter: Waiter, message: EmulatedBotMessage): void {
    clearTimeout(waiter.timer);
    this.waiters.delete(waiter);
    waiter.resolve(structuredClone(message));
  }
}
