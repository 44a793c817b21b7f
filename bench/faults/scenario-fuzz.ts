// Scenario 4: junk in the update queue. Random and malformed updates go to the emulator's queue (updates without a
// chat or a sender, huge texts, unknown and forged button data, edited messages, channel posts, stickers, groups,
// other update kinds, ids seen before); the bot takes them by long polling as from Telegram. Counted: exits of the
// bot process, rows written to the records by this refused input, and error-level lines in the bot's log.
import type { FuzzItem } from './emulator-protocol';
import { Deployment } from './deployment';
import { query } from './postgres';
import { goalZero, info, type ScenarioReport } from './report';
import type { ScenarioContext } from './scenario';
import { tallyErrors } from './service';
import { log, sleep } from './support';

/** The records a member's actions write; sessions, the update inbox and invite failures are bookkeeping. */
const RECORD_TABLES = [
  'Member',
  'ChatIdentity',
  'Invite',
  'AuditEvent',
  'Absence',
  'CheckIn',
  'CheckInRevision',
  'FeePayment',
  'FeePaymentMonth',
  'Review',
  'Request',
  'Decision',
  'Notification',
];
/** Audit actions of refused attempts (src/records/access.ts, invites): written on purpose for every refusal. */
const REFUSAL_AUDIT_ACTIONS = ['access.denied', 'invite.tried-used', 'invite.tried-expired'];
const BOOKKEEPING_TABLES = ['Session', 'InboundUpdate', 'ProcessedUpdate', 'InviteFailure', 'FormSubmission'];

async function rowCounts(url: string, tables: string[]): Promise<Record<string, number>> {
  const existing = new Set(
    (
      await query<{ table_name: string }>(
        url,
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`,
      )
    ).map((row) => row.table_name),
  );
  const counts: Record<string, number> = {};
  for (const table of tables.filter((name) => existing.has(name))) {
    counts[table] = Number((await query<{ n: string }>(url, `SELECT count(*) AS n FROM "${table}"`))[0].n);
  }
  return counts;
}

/** A small seeded generator, so a run's junk can be made again. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(next() * max);
  const pick = <T>(values: readonly T[]): T => values[int(values.length)];
  return { next, int, pick };
}

const JUNK_TEXTS = [
  '',
  ' ',
  '\u0000\u0001\u0002',
  '‮ gnirts desrever',
  '\u200b\u200b\u200b',
  '🇻🇳🔥💥'.repeat(50),
  '/start',
  '/start ../../etc/passwd',
  '/checkin@homecell_faults_bot extra words',
  '/fee 99999999999999999999',
  '/help_me',
  '/export',
  '/stats FLT',
  '/members',
  '/pending',
  '/unknown_command',
  '/cancel',
  '/status',
  '/language xx',
  'SELECT * FROM "Member"; --',
  '<b>bold</b><script>alert(1)</script>',
  '1',
  '2',
  'HỦY',
  'OK',
  'có',
  '12/2026',
  '-20000',
  'NaN',
];

const UPDATE_KINDS = [
  'inline_query',
  'chosen_inline_result',
  'shipping_query',
  'pre_checkout_query',
  'poll',
  'poll_answer',
  'chat_join_request',
  'chat_member',
  'message_reaction',
  'business_message',
  'purchased_paid_media',
];

export async function fuzzScenario(context: ScenarioContext): Promise<ScenarioReport> {
  const total = context.quick ? 1000 : 10_000;
  const deployment = await Deployment.create({ ...context.deploy, name: 'fuzz', members: 20 });
  const { emulator } = deployment;
  const random = generator(20261203);
  const bound = deployment.members.map((member) => member.chatId);
  const strangers = Array.from({ length: 200 }, (_, index) => 8_900_000_001 + index);
  await emulator.users(strangers);
  const people = [...bound, ...strangers];
  const groups = [-1_001_234_567_890, -4_242_424_242];
  const startedAt = Date.now();
  const before = await rowCounts(deployment.databaseUrl, [...RECORD_TABLES, ...BOOKKEEPING_TABLES]);
  const lastAudit = Number(
    (await query<{ id: number | null }>(deployment.databaseUrl, `SELECT max(id) AS id FROM "AuditEvent"`))[0]
      ?.id ?? 0,
  );
  let updateIdSeen = 1;

  const message = (fields: Record<string, unknown>) => ({
    message_id: random.int(1_000_000),
    date: Math.floor(Date.now() / 1000) - random.int(86_400 * 30),
    ...fields,
  });
  const userOf = (id: number) => ({ id, is_bot: false, first_name: `Fuzz ${id}` });
  const chatOf = (id: number) => ({ id, type: 'private', first_name: `Fuzz ${id}` });

  function fuzzItem(): FuzzItem {
    const user = random.pick(people);
    const text = () =>
      random.next() < 0.1
        ? 'x'.repeat(4097 + random.int(100_000))
        : random.pick(JUNK_TEXTS) + (random.next() < 0.3 ? ` ${random.int(1e9)}` : '');
    switch (random.int(18)) {
      case 0:
        return { type: 'raw', update: { message: message({ text: text() }) } }; // no chat, no sender
      case 1:
        return { type: 'raw', update: { message: message({ chat: chatOf(user), text: text() }) } }; // no sender
      case 2:
        return {
          type: 'raw',
          update: {
            edited_message: message({ chat: chatOf(user), from: userOf(user), text: text(), edit_date: 1 }),
          },
        };
      case 3:
        return {
          type: 'raw',
          update: {
            channel_post: message({ chat: { id: -100_777, type: 'channel', title: 'Kênh' }, text: text() }),
          },
        };
      case 4:
        return {
          type: 'raw',
          update: { [random.pick(UPDATE_KINDS)]: { id: String(random.int(1e9)), from: userOf(user) } },
        };
      case 5:
        // An update id seen before, as a redelivery or a replay.
        return {
          type: 'raw',
          update: {
            update_id: 1 + random.int(updateIdSeen),
            message: message({ chat: chatOf(user), from: userOf(user), text: '/status' }),
          },
        };
      case 6:
        return {
          type: 'raw',
          update: {
            callback_query: {
              id: String(random.int(1e12)),
              from: userOf(user),
              chat_instance: '1',
              data: 'f:zz',
            },
          },
        }; // no message
      case 7:
        return {
          type: 'raw',
          update: {
            message: message({
              chat: chatOf(user),
              from: { ...userOf(user), is_bot: true },
              text: '/status',
            }),
          },
        };
      case 8:
        return {
          type: 'raw',
          update: { message: message({ chat: chatOf(user + 1), from: userOf(user), text: '/status' }) },
        }; // chat of someone else
      case 9:
        return {
          type: 'raw',
          update: {
            message: {
              chat: 'not an object',
              from: 42,
              text: 12345,
              entities: [{ type: 'bot_command', offset: 99, length: -4 }],
            },
          },
        };
      case 10:
        return {
          type: 'press',
          userId: user,
          messageId: 1 + random.int(50),
          data: random.pick([
            'f:',
            'f:x:y:z',
            `f:${random.int(1e9)}:c`,
            'd:approve:1',
            '💥',
            'x'.repeat(64),
            `${random.int(1e6)}`,
          ]),
        };
      case 11:
        return { type: 'sticker', userId: user };
      case 12:
        return { type: 'voice', userId: user };
      case 13:
        return {
          type: 'location',
          userId: user,
          latitude: random.next() * 180 - 90,
          longitude: random.next() * 360 - 180,
        };
      case 14:
        return {
          type: 'photo',
          userId: user,
          caption: random.next() < 0.5 ? text().slice(0, 1024) : undefined,
        };
      case 15:
        return { type: 'group', chatId: random.pick(groups), userId: user, text: text() };
      case 16:
        return {
          type: 'raw',
          update: {
            my_chat_member: {
              chat: chatOf(user),
              from: userOf(user),
              date: 0,
              old_chat_member: {},
              new_chat_member: { status: 'weird' },
            },
          },
        };
      default:
        return { type: 'text', userId: user, text: text() };
    }
  }

  let crashes = 0;
  const crashNotes: string[] = [];
  try {
    const batch = 250;
    for (let sent = 0; sent < total; sent += batch) {
      const items = Array.from({ length: Math.min(batch, total - sent) }, fuzzItem);
      updateIdSeen += items.length;
      await emulator.inject(items);
      // Let the bot take this batch before the next (Telegram keeps at most what a poll returns in flight).
      for (const deadline = Date.now() + 120_000; Date.now() < deadline; await sleep(250)) {
        if (!deployment.service.alive) break;
        if ((await emulator.pendingUpdates()) === 0) break;
      }
      if (!deployment.service.alive) {
        crashes += 1;
        crashNotes.push(`after ${sent + items.length} updates: ${deployment.service.describeExit()}`);
        await deployment.start();
      }
      if ((sent / batch) % 8 === 0) log(`fuzz: ${sent + items.length} of ${total} updates`);
    }
    await sleep(5000);
    if (!deployment.service.alive) {
      crashes += 1;
      crashNotes.push(`at the end: ${deployment.service.describeExit()}`);
    }
    const after = await rowCounts(deployment.databaseUrl, [...RECORD_TABLES, ...BOOKKEEPING_TABLES]);
    const audited = await query<{ action: string; n: string }>(
      deployment.databaseUrl,
      `SELECT action, count(*) AS n FROM "AuditEvent" WHERE id > $1 GROUP BY action ORDER BY 2 DESC`,
      [lastAudit],
    );
    const written = RECORD_TABLES.filter((table) => table in after && table !== 'AuditEvent').map(
      (table) => [table, after[table] - (before[table] ?? 0)] as const,
    );
    // The README promises that every refused attempt (a forged button, a command outside the role) is audited: those
    // events are the defence working, and are counted apart. Any other audit event is a write by refused input.
    const refusalsAudited = audited
      .filter((row) => REFUSAL_AUDIT_ACTIONS.includes(row.action))
      .reduce((sum, row) => sum + Number(row.n), 0);
    const otherAudit = audited
      .filter((row) => !REFUSAL_AUDIT_ACTIONS.includes(row.action))
      .reduce((sum, row) => sum + Number(row.n), 0);
    const rowsWritten = written.reduce((sum, [, rows]) => sum + Math.max(0, rows), 0) + otherAudit;
    const bookkeeping = BOOKKEEPING_TABLES.filter((table) => table in after).map(
      (table) =>
        `${table} ${after[table] - (before[table] ?? 0) >= 0 ? '+' : ''}${after[table] - (before[table] ?? 0)}`,
    );
    const errorLines = deployment.errorLines(startedAt);
    const tally = tallyErrors(errorLines);
    const stats = await emulator.stats();
    return {
      key: 'fuzz',
      title: `4. ${total.toLocaleString('en')} fuzzed updates through the update queue`,
      figures: [
        goalZero('crashes', 'bot process exits', crashes),
        goalZero('rowsWritten', 'rows written to the records', rowsWritten),
        goalZero('errorLines', 'error-level log lines (level >= 50)', errorLines.length),
        info('refusalsAudited', 'refused attempts audited (by design, not counted above)', refusalsAudited),
        info(
          'rawOutputLines',
          'output lines that are not pino JSON',
          deployment.services.reduce((n, s) => n + s.rawLines.length, 0),
        ),
        info(
          'botCalls',
          'Bot API calls the bot made',
          Object.values(stats.calls).reduce((a, b) => a + b, 0),
        ),
      ],
      notes: [
        ...crashNotes,
        ...written
          .filter(([, rows]) => rows !== 0)
          .map(([table, rows]) => `${table}: ${rows > 0 ? '+' : ''}${rows} rows`),
        ...(audited.length
          ? [`audit events written: ${audited.map((row) => `${row.n}x ${row.action}`).join(', ')}`]
          : []),
        `bookkeeping (not counted): ${bookkeeping.join(', ')}`,
        ...Object.entries(tally)
          .sort((a, b) => b[1] - a[1])
          .slice(0, 5)
          .map(([line, times]) => `error line ${times}x: ${line}`),
      ],
    };
  } finally {
    await deployment.stop();
  }
}
