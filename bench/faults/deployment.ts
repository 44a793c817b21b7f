// One scenario's deployment: its own database (a copy of the seeded template), its own Telegram (the emulator process),
// the bot process configured by the environment, and the members bound to their chats with /start <invite code>.
import crypto from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import type { EmulatorProcess as EmulatorProcessType } from './emulator';
import { EmulatorProcess } from './emulator';
import { Member } from './members';
import type { PostgresServer } from './postgres';
import { cardOf, chatOf, issueInvites, SECRETARY_CARD, TEMPLATE_DATABASE, TOKEN, FIRST_CHAT } from './seed';
import { ServiceProcess } from './service';
import { freePort, inParallel, log } from './support';

export interface DeployOptions {
  name: string;
  server: PostgresServer;
  serviceDir: string;
  workDir: string;
  members: number;
  env?: Record<string, string>;
  webhook?: boolean;
}

export class Deployment {
  service!: ServiceProcess;
  members: Member[] = [];
  secretary!: Member;
  /** Every process of the bot this deployment ran, the first one included. */
  readonly services: ServiceProcess[] = [];
  private starts = 0;

  private constructor(
    readonly options: DeployOptions,
    readonly databaseUrl: string,
    readonly emulator: EmulatorProcessType,
    readonly env: Record<string, string>,
  ) {}

  static async create(options: DeployOptions): Promise<Deployment> {
    const databaseUrl = await options.server.createDatabase(`faults_${options.name}`, TEMPLATE_DATABASE);
    const emulator = await EmulatorProcess.start(TOKEN);
    const port = await freePort();
    const env: Record<string, string> = {
      DATABASE_URL: databaseUrl,
      BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: emulator.apiRoot,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      DATA_DIR: path.join(options.workDir, `data-${options.name}`),
      ...(options.webhook
        ? {
            BOT_MODE: 'webhook',
            WEBHOOK_URL: `http://127.0.0.1:${port}/telegram/faults-${crypto.randomBytes(4).toString('hex')}`,
            WEBHOOK_SECRET: crypto.randomBytes(18).toString('base64url'),
          }
        : {}),
      ...options.env,
    };
    const deployment = new Deployment(options, databaseUrl, emulator, env);
    const chats = [FIRST_CHAT, ...Array.from({ length: options.members }, (_, index) => chatOf(index + 1))];
    await emulator.users(chats);
    await deployment.start();
    await deployment.bind();
    return deployment;
  }

  /** Starts a bot process (again) and waits until it answers /healthz and says it runs. */
  async start(): Promise<ServiceProcess> {
    this.starts += 1;
    const service = ServiceProcess.start({
      serviceDir: this.options.serviceDir,
      env: this.env,
      logFile: path.join(this.options.workDir, `${this.options.name}-${this.starts}.log`),
    });
    this.service = service;
    this.services.push(service);
    await service.ready();
    return service;
  }

  /** Error-level lines of every bot process of this deployment. */
  errorLines(since = 0) {
    return this.services.flatMap((service) => service.errorLines(since));
  }

  private async bind(): Promise<void> {
    const cards = [
      SECRETARY_CARD,
      ...Array.from({ length: this.options.members }, (_, index) => cardOf(index + 1)),
    ];
    const invites = await issueInvites(this.options.serviceDir, this.databaseUrl, cards);
    const people = cards.map((card, index) => new Member(this.emulator, index, chatOf(index)));
    const failures: string[] = [];
    await inParallel(people, 10, async (person) => {
      const invite = invites.get(cards[person.index]);
      if (!invite) throw new Error(`no invite for ${cards[person.index]}`);
      const reply = this.options.webhook
        ? await this.postAndWait(person, `/start ${invite.code}`)
        : await person.say(`/start ${invite.code}`, 30_000);
      if (!reply || !/đã được kết nối/.test(reply.text))
        failures.push(reply?.text.slice(0, 80) ?? 'no answer');
    });
    if (failures.length > 0) throw new Error(`${failures.length} members could not bind: ${failures[0]}`);
    this.secretary = people[0]!;
    this.members = people.slice(1);
    log(`${this.options.name}: ${this.members.length} members and the secretary bound`);
  }

  private async postAndWait(person: Member, text: string) {
    const mark = await this.emulator.mark();
    await this.postUpdate(webhookMessage(person.chatId, text));
    return this.emulator.wait({ chatId: person.chatId, after: mark, kinds: ['new'], timeoutMs: 30_000 });
  }

  /** POSTs one update to the webhook as Telegram does (secret header); the status, or 0 when the call failed. */
  postUpdate(update: object, timeoutMs = 10_000): Promise<{ status: number; ms: number }> {
    return postWebhook(this.env.WEBHOOK_URL, this.env.WEBHOOK_SECRET, update, timeoutMs);
  }

  async stop(): Promise<void> {
    for (const service of this.services) await service.stop();
    await this.emulator.stop();
  }
}

let webhookUpdateId = 900_000_000;
let webhookMessageId = 1_000_000;

/** A private text message as Telegram posts it to a webhook; commands carry their bot_command entity. */
export function webhookMessage(chatId: number, text: string): object {
  webhookUpdateId += 1;
  webhookMessageId += 1;
  const command = /^\/\w+/.exec(text)?.[0];
  return {
    update_id: webhookUpdateId,
    message: {
      message_id: webhookMessageId,
      from: { id: chatId, is_bot: false, first_name: `Member ${chatId}`, language_code: 'vi' },
      chat: { id: chatId, type: 'private', first_name: `Member ${chatId}` },
      date: Math.floor(Date.now() / 1000),
      text,
      ...(command ? { entities: [{ type: 'bot_command', offset: 0, length: command.length }] } : {}),
    },
  };
}

/** POSTs one update to a webhook URL as Telegram does (secret header); the status, or 0 when the call failed. */
export function postWebhook(
  webhookUrl: string,
  secret: string,
  update: object,
  timeoutMs = 10_000,
): Promise<{ status: number; ms: number }> {
  const url = new URL(webhookUrl);
  const body = JSON.stringify(update);
  const started = performance.now();
  return new Promise((resolve) => {
    const request = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        agent: false,
        timeout: timeoutMs,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'x-telegram-bot-api-secret-token': secret,
        },
      },
      (response) => {
        response.resume();
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, ms: performance.now() - started }),
        );
      },
    );
    request.on('timeout', () => request.destroy(new Error('timeout')));
    request.on('error', () => resolve({ status: 0, ms: performance.now() - started }));
    request.end(body);
  });
}
