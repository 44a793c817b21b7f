// The benchmark's side of the emulator process: one call per request, answered over IPC.
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { EmulatorStats } from '../../src/sandbox/emulator';
import type { ChatEvent, EmulatorRequest, FuzzItem, WaitSpec } from './emulator-protocol';
import { onCleanup } from './support';

export class EmulatorProcess {
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (error: Error) => void }
  >();
  readonly stop: () => Promise<void>;

  private constructor(
    private readonly child: ChildProcess,
    readonly token: string,
    public apiRoot = '',
  ) {
    child.on('message', (message: { id: number; result?: unknown; error?: string }) => {
      const waiter = this.pending.get(message.id);
      if (!waiter) return;
      this.pending.delete(message.id);
      if (message.error !== undefined) waiter.reject(new Error(`emulator: ${message.error}`));
      else waiter.resolve(message.result);
    });
    child.on('exit', () => {
      for (const waiter of this.pending.values()) waiter.reject(new Error('the emulator process exited'));
      this.pending.clear();
    });
    this.stop = onCleanup(async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      await this.call({ method: 'stop' }).catch(() => undefined);
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    });
  }

  static async start(token: string): Promise<EmulatorProcess> {
    const child = fork(path.join(__dirname, 'emulator-process.ts'), [], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const emulator = new EmulatorProcess(child, token);
    const { apiRoot } = (await emulator.call({ method: 'start', token })) as { apiRoot: string };
    emulator.apiRoot = apiRoot;
    return emulator;
  }

  private call(request: EmulatorRequest): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.child.send({ id, request });
    });
  }

  users(ids: number[]): Promise<void> {
    return this.call({ method: 'users', ids }) as Promise<void>;
  }

  mark(): Promise<number> {
    return this.call({ method: 'mark' }) as Promise<number>;
  }

  sendText(userId: number, text: string): Promise<{ mark: number; updateId: number }> {
    return this.call({ method: 'sendText', userId, text }) as Promise<{ mark: number; updateId: number }>;
  }

  /** Presses a button by its label (or raw data); `error` says why there was no such button. */
  press(
    userId: number,
    messageId: number,
    button: { label: string } | { data: string },
  ): Promise<
    { mark: number; updateId: number; callbackQueryId: string; error?: undefined } | { error: string }
  > {
    return this.call({
      method: 'press',
      userId,
      messageId,
      ...('label' in button ? { label: button.label } : { data: button.data }),
    }) as Promise<{ mark: number; updateId: number; callbackQueryId: string } | { error: string }>;
  }

  inject(items: FuzzItem[]): Promise<number> {
    return this.call({ method: 'inject', items }) as Promise<number>;
  }

  /** The first matching event, or null when none came within the spec's timeout. */
  wait(spec: WaitSpec): Promise<ChatEvent | null> {
    return this.call({ method: 'wait', spec }) as Promise<ChatEvent | null>;
  }

  events(chatIds?: number[], after?: number): Promise<Record<string, ChatEvent[]>> {
    return this.call({ method: 'events', chatIds, after }) as Promise<Record<string, ChatEvent[]>>;
  }

  stats(): Promise<EmulatorStats> {
    return this.call({ method: 'stats' }) as Promise<EmulatorStats>;
  }

  /** Updates Telegram still holds for the bot (queued, or delivered but not yet confirmed by a later offset). */
  async pendingUpdates(): Promise<number> {
    const response = await fetch(`${this.apiRoot}/bot${this.token}/getWebhookInfo`);
    const body = (await response.json()) as { result: { pending_update_count: number } };
    return body.result.pending_update_count;
  }
}
