// The service's configuration: one zod schema over the environment, failing fast with the variable's name.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { isValidTimeZone } from './domain/time-zone';

// loadConfig drops empty values first, so every variable here is either absent or has text.
const optionalString = z.string().optional();
const urlWithProtocols = (protocols: string[]) =>
  z
    .string()
    .url('must be a URL')
    .refine((value) => protocols.some((protocol) => value.startsWith(`${protocol}:`)), {
      message: `must start with ${protocols.map((protocol) => `${protocol}://`).join(' or ')}`,
    });

/**
 * A district of 15,000 members makes a 4.6 MB workbook and 11 MB of CSV (docs/benchmarks.md); 20,000 keeps
 * every file far below Telegram's 50 MB and the bot's memory modest.
 */
export const DEFAULT_EXPORT_CHAT_MAX_MEMBERS = 20_000;

const flag = z.preprocess(
  (value) => (typeof value === 'string' ? value.trim().toLowerCase() : value),
  z
    .enum(['1', '0', 'true', 'false', 'yes', 'no'], { message: 'must be 1 or 0' })
    .transform((value) => ['1', 'true', 'yes'].includes(value))
    .optional(),
);

const base = z.object({
  BOT_TOKEN: z
    .string()
    .regex(/^\d+:[A-Za-z0-9_-]{20,}$/, 'must look like 123456:ABC... as given by @BotFather')
    .optional(),
  TELEGRAM_API_ROOT: urlWithProtocols(['http', 'https']).default('https://api.telegram.org'),
  // Zalo Bot Manager gives `{bot_id}:{key}`; it goes into the URL path, so nothing else is let through.
  ZALO_BOT_TOKEN: z
    .string()
    .regex(/^\d+:[A-Za-z0-9_-]{8,}$/, 'must look like 123456789:AbC... as given by Zalo Bot Manager')
    .optional(),
  ZALO_API_ROOT: urlWithProtocols(['http', 'https']).default('https://bot-api.zaloplatforms.com'),
  DATABASE_URL: urlWithProtocols(['postgres', 'postgresql']).optional(),
  DATA_DIR: z.string().default('./data'),
  REDIS_URL: urlWithProtocols(['redis', 'rediss']).optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default('127.0.0.1'),
  DEFAULT_LOCALE: z.enum(['vi', 'en']).default('vi'),
  HOME_TIMEZONE: z
    .string()
    .refine(isValidTimeZone, 'must be an IANA time zone such as Asia/Ho_Chi_Minh')
    .default('Asia/Ho_Chi_Minh'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
  POLICY_FILE: optionalString,
  /** The sandbox (emulator + web chat) is chosen by no BOT_TOKEN on the embedded database, or by SANDBOX=1. */
  SANDBOX: flag,
  // Members' files go to this S3-compatible bucket instead of DATA_DIR/files; credentials from the AWS SDK's chain.
  FILES_S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be a bucket name (3-63 of a-z, 0-9, . and -)')
    .optional(),
  FILES_S3_ENDPOINT: urlWithProtocols(['http', 'https']).optional(),
  FILES_S3_REGION: z
    .string()
    .regex(/^[a-z0-9-]{2,40}$/, 'must be a region such as eu-central-1')
    .optional(),
  FILES_S3_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9._/-]{1,200}$/, 'must be letters, digits, ., _, - and /')
    .optional(),
  // Where people reach the HTTP server: the dashboard's sign-in links start with it, and https marks its cookie Secure.
  PUBLIC_URL: urlWithProtocols(['http', 'https']).optional(),
  EXPORT_CHAT_MAX_MEMBERS: z.coerce
    .number()
    .int()
    .min(1)
    .max(10_000_000)
    .default(DEFAULT_EXPORT_CHAT_MAX_MEMBERS),
});

const polling = base.extend({
  BOT_MODE: z.literal('polling'),
  WEBHOOK_URL: optionalString,
  WEBHOOK_SECRET: optionalString,
});

const webhook = base.extend({
  BOT_MODE: z.literal('webhook'),
  // The service answers on the URL's path, under /telegram/ so it cannot clash with the other routes.
  WEBHOOK_URL: urlWithProtocols(['https', 'http']).refine(
    (value) => new URL(value).pathname.startsWith('/telegram/'),
    {
      message: 'its path must start with /telegram/ (e.g. https://bot.example.org/telegram/hook)',
    },
  ),
  // Telegram allows 1-256 characters of A-Z, a-z, 0-9, _ and -.
  WEBHOOK_SECRET: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,256}$/, 'must be 16-256 characters of A-Z, a-z, 0-9, _ or -'),
});

const schema = z.discriminatedUnion('BOT_MODE', [polling, webhook]);

export type RawConfig = z.infer<typeof schema>;

export interface Config {
  botToken?: string;
  telegramApiRoot: string;
  /** Zalo Bot Platform: for now only reminders and notices to members bound on Zalo (no inbound side yet). */
  zaloBotToken?: string;
  zaloApiRoot: string;
  botMode: 'polling' | 'webhook';
  webhookUrl?: string;
  webhookSecret?: string;
  databaseUrl?: string;
  dataDir: string;
  redisUrl?: string;
  port: number;
  host: string;
  defaultLocale: 'vi' | 'en';
  homeTimezone: string;
  logLevel: string;
  /** Unset: readable lines (and the start-up banner) on a terminal, JSON lines otherwise. */
  logFormat?: 'json' | 'pretty';
  policyFile?: string;
  /**
   * The largest unit whose record book /export sends in chat. Above it the bot points to `homecell report`:
   * Telegram takes documents up to 50 MB from a bot, and the files are built in memory to be sent.
   */
  exportChatMaxMembers: number;
  /** The address the dashboard's links start with: PUBLIC_URL, else http://HOST:PORT. */
  publicUrl: string;
  /** Where members' files are kept: DATA_DIR/files, or an S3-compatible bucket. */
  files: { s3?: { bucket: string; region: string; endpoint?: string; prefix?: string } };
  /**
   * The bot talks to the in-process emulator and the web chat: no BOT_TOKEN on the embedded database, or SANDBOX=1.
   * With DATABASE_URL and no token the service refuses to start instead.
   */
  sandbox: boolean;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    readonly problem: string,
  ) {
    super(`${variable}: ${problem}`);
  }
}

/** Reads `.env` in the working directory, as docker compose does; variables already in the environment win. */
export function loadDotEnv(file = '.env'): void {
  if (fs.existsSync(file)) process.loadEnvFile(file);
}

/** An empty value means unset, for every variable: `.env.example` copied as it is must start the service. */
function withoutEmptyValues(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''),
  );
}

/**
 * `cli`: the admin commands work on the records without a bot, so they need no token and never run the sandbox;
 * only the service must choose between Telegram and the sandbox.
 */
export function loadConfig(
  given: NodeJS.ProcessEnv = process.env,
  purpose: 'service' | 'cli' = 'service',
): Config {
  const env = withoutEmptyValues(given);
  const mode = env.BOT_MODE ?? 'polling';
  const parsed = schema.safeParse({ ...env, BOT_MODE: mode });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = issue.path.length > 0 ? String(issue.path[0]) : 'environment';
    const given = env[variable];
    const problem =
      variable === 'BOT_MODE'
        ? `must be polling or webhook (got "${String(mode)}")`
        : describeIssue(issue, given === undefined || given === '' ? undefined : given);
    throw new ConfigError(variable, problem);
  }
  const raw = parsed.data;
  if (raw.BOT_MODE === 'webhook' && !raw.BOT_TOKEN) {
    throw new ConfigError('BOT_TOKEN', 'is required in webhook mode');
  }
  // A deployment that lost its token secret must not turn its real records into the sandbox's playground.
  const sandbox = purpose === 'service' && (raw.SANDBOX ?? (!raw.BOT_TOKEN && !raw.DATABASE_URL));
  if (sandbox && raw.BOT_TOKEN) {
    throw new ConfigError('SANDBOX', 'cannot be combined with BOT_TOKEN (unset one of them)');
  }
  if (sandbox && raw.ZALO_BOT_TOKEN) {
    throw new ConfigError(
      'ZALO_BOT_TOKEN',
      'only sends reminders next to the Telegram bot for now: set BOT_TOKEN too (the sandbox never talks to Zalo)',
    );
  }
  const s3Only = (['FILES_S3_ENDPOINT', 'FILES_S3_REGION', 'FILES_S3_PREFIX'] as const).find(
    (variable) => raw[variable] !== undefined,
  );
  if (s3Only && !raw.FILES_S3_BUCKET) throw new ConfigError(s3Only, 'needs FILES_S3_BUCKET');
  if (purpose === 'service' && !sandbox && !raw.BOT_TOKEN) {
    throw new ConfigError(
      'BOT_TOKEN',
      raw.DATABASE_URL
        ? 'is required with DATABASE_URL (set SANDBOX=1 to run the sandbox on that database on purpose)'
        : 'is required unless SANDBOX=1',
    );
  }
  return {
    botToken: raw.BOT_TOKEN,
    telegramApiRoot: raw.TELEGRAM_API_ROOT.replace(/\/+$/, ''),
    zaloBotToken: raw.ZALO_BOT_TOKEN,
    zaloApiRoot: raw.ZALO_API_ROOT.replace(/\/+$/, ''),
    botMode: raw.BOT_MODE,
    webhookUrl: raw.WEBHOOK_URL,
    webhookSecret: raw.WEBHOOK_SECRET,
    databaseUrl: raw.DATABASE_URL,
    dataDir: path.resolve(raw.DATA_DIR),
    redisUrl: raw.REDIS_URL,
    port: raw.PORT,
    host: raw.HOST,
    defaultLocale: raw.DEFAULT_LOCALE,
    homeTimezone: raw.HOME_TIMEZONE,
    logLevel: raw.LOG_LEVEL,
    logFormat: raw.LOG_FORMAT,
    policyFile: raw.POLICY_FILE,
    exportChatMaxMembers: raw.EXPORT_CHAT_MAX_MEMBERS,
    publicUrl: (raw.PUBLIC_URL ?? `http://${raw.HOST}:${raw.PORT}`).replace(/\/+$/, ''),
    files: raw.FILES_S3_BUCKET
      ? {
          s3: {
            bucket: raw.FILES_S3_BUCKET,
            // AWS_REGION is the SDK's own variable; S3-compatible servers take any region.
            region: raw.FILES_S3_REGION ?? env.AWS_REGION ?? 'us-east-1',
            ...(raw.FILES_S3_ENDPOINT ? { endpoint: raw.FILES_S3_ENDPOINT } : {}),
            ...(raw.FILES_S3_PREFIX ? { prefix: raw.FILES_S3_PREFIX.replace(/\/*$/, '/') } : {}),
          },
        }
      : {},
    sandbox,
  };
}

function describeIssue(issue: z.core.$ZodIssue, given: string | undefined): string {
  if (given === undefined) return 'is required';
  if (issue.code === 'invalid_type') return `must be a ${issue.expected} (got "${given}")`;
  if (issue.code === 'invalid_value' && 'values' in issue) {
    return `must be one of ${issue.values.map(String).join(', ')}`;
  }
  if (issue.code === 'too_small' || issue.code === 'too_big') return `out of range (${issue.message})`;
  return issue.message;
}
