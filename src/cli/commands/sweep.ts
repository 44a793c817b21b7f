// `homecell sweep`: one sweep (and the delivery of what is due) now or at --at; --dry-run only prints what it would send.
import type { Command } from 'commander';
import { DateTime } from 'luxon';
import { loadPolicy } from '../../domain/policy';
import { createI18n, translator, type Translate } from '../../i18n';
import { createRecords } from '../../records';
import { queuedMessages } from '../../scheduler/deliver';
import type { HeldNudge, OutgoingMessage } from '../../scheduler/outgoing';
import { withRecordedText, type Unrenderable } from '../../scheduler/recorded-text';
import { renderMessage } from '../../scheduler/render';
import { createScheduler } from '../../scheduler/scheduler';
import type { UnreachableCounts } from '../../scheduler/unreachable-tally';
import { ChannelRegistry } from '../../channels/outbound';
import { TELEGRAM_MAX_TEXT, telegramMessage, telegramOutbound } from '../../channels/telegram/outbound';
import { zoneName } from '../../presentation/zones';
import { systemClock } from '../../clock';
import {
  CliError,
  cliTranslator,
  loadCliConfig,
  printLine,
  withDatabase,
  type CliTranslate,
} from '../session';

interface SweepCliOptions {
  at?: string;
  dryRun?: boolean;
  json?: boolean;
  lang?: string;
}

/** Day-first local times as Vietnamese admins write them ("20/12/2026 09:00"), read in the home zone. */
const DAY_FIRST_FORMATS = ['d/M/yyyy H:mm:ss', 'd/M/yyyy H:mm', 'd/M/yyyy'];

/**
 * The instant `--at` names: ISO 8601 with an offset as written; an ISO date or date-time without one, or a
 * day-first "20/12/2026 09:00", in `zone` (a date alone is its midnight there). Undefined when it is none of these.
 */
export function parseInstant(text: string, zone: string): Date | undefined {
  const trimmed = text.trim();
  // Only with a date first: luxon reads a time alone ("09:00") on the system's today, not the clock's.
  if (/^\d{4}-\d{2}/.test(trimmed)) {
    // "2026-12-20 09:00" is ISO with a space for the T, as people and SQL write it.
    const iso = DateTime.fromISO(trimmed.replace(/^(\d{4}-\d{2}-\d{2})\s+(?=\d)/, '$1T'), { zone });
    if (iso.isValid) return iso.toJSDate();
  }
  for (const format of DAY_FIRST_FORMATS) {
    const local = DateTime.fromFormat(trimmed, format, { zone });
    if (local.isValid) return local.toJSDate();
  }
  return undefined;
}

/** The instant as the output shows it: ISO 8601 in the home zone, to the second, with its offset. */
function instantText(at: Date, zone: string): string {
  return DateTime.fromJSDate(at).setZone(zone).toISO({ suppressMilliseconds: true }) ?? at.toISOString();
}

/** What a person would read, for the listing (a message whose recorded text is gone says why it cannot be sent). */
function describe(entry: OutgoingMessage | Unrenderable, translate: Translate) {
  const message = 'problem' in entry ? entry.message : entry;
  const rendered: ReturnType<typeof renderMessage> =
    'problem' in entry
      ? { ok: false, problem: entry.problem }
      : renderMessage(entry, translate, { maxTextLength: TELEGRAM_MAX_TEXT });
  return {
    kind: message.kind,
    key: message.key,
    recipient: message.recipient,
    ...('items' in message
      ? { items: message.items.map((item) => ({ key: item.key, rule: item.rule })) }
      : {}),
    ...(message.kind === 'alert' ? { rule: message.alert.rule, about: message.alert.about } : {}),
    // As a Telegram chat shows it (the channel the dry run's members are bound on).
    text: rendered.ok ? telegramMessage(rendered.view, message.recipient.locale, translate).text : null,
    buttons: rendered.ok ? rendered.view.actions.map((action) => action.label) : [],
    ...(rendered.ok ? {} : { problem: rendered.problem }),
  };
}

function describeHeld(held: HeldNudge) {
  return {
    recipient: held.recipient,
    until: held.until,
    reason: held.reason,
    items: held.items.map((item) => ({ key: item.key, rule: item.rule })),
  };
}

function printMessage(entry: ReturnType<typeof describe>, t: CliTranslate): void {
  const { name, memberId, locale } = entry.recipient;
  printLine(
    `  ${entry.kind.padEnd(6)} ${t('cli-sweep-recipient', { name, id: memberId, locale })}  ${entry.key}`,
  );
  for (const item of entry.items ?? []) printLine(`           - ${item.rule}  ${item.key}`);
  const text = entry.text ?? t('cli-sweep-cannot-render', { problem: entry.problem ?? '' });
  for (const line of text.split('\n')) printLine(`           | ${line}`);
  if (entry.buttons.length > 0) printLine(`           [${entry.buttons.join('] [')}]`);
}

/** Members whose items no message carries, so the listing above does not show them: how many, and why. */
function printUnreachable(unreachable: UnreachableCounts, t: CliTranslate): void {
  const { notConnected, blocked } = unreachable;
  const members = notConnected.members + blocked.members;
  if (members === 0) return;
  printLine(t('cli-sweep-unreachable', { members, items: notConnected.items + blocked.items }));
  if (notConnected.members > 0) printLine(`  ${t('cli-sweep-not-connected', { ...notConnected })}`);
  if (blocked.members > 0) printLine(`  ${t('cli-sweep-blocked', { ...blocked })}`);
}

export function registerSweep(program: Command): void {
  program
    .command('sweep')
    .description(
      'run one sweep now (or at --at) and send what is due; --dry-run only prints what would be sent',
    )
    .option(
      '--at <time>',
      'the instant to sweep as: 2026-12-20T09:00:00+07:00, or without an offset in HOME_TIMEZONE: ' +
        '2026-12-20, 2026-12-20T09:00, 20/12/2026 09:00',
    )
    .option('--dry-run', 'write nothing and send nothing; print what would be sent')
    .option('--json', 'print the result as JSON')
    .option('--lang <vi|en>', 'language of the text output (default: DEFAULT_LOCALE)')
    .action(async (options: SweepCliOptions) => {
      // Both checked before the database opens: a typo should not wait for PostgreSQL to start.
      const { homeTimezone: zone, defaultLocale } = loadCliConfig();
      const { locale, t } = cliTranslator(options.lang, defaultLocale);
      const at = options.at !== undefined ? parseInstant(options.at, zone) : systemClock();
      if (!at) throw new CliError(t('cli-sweep-at-invalid', { text: options.at ?? '', zone }), 2);
      await withDatabase(
        async ({ config, database, logger }) => {
          const policy = loadPolicy(config.policyFile);
          const records = createRecords(database.db, () => at, policy);
          const translate = translator(createI18n(config.defaultLocale), config.defaultLocale);
          // Without a token there is no Telegram to send to: the sweep still queues, the running service delivers.
          const channel = config.botToken
            ? telegramOutbound({
                token: config.botToken,
                apiRoot: config.telegramApiRoot,
                translate,
                messagesPerSecond: policy.delivery.messagesPerSecond,
              })
            : undefined;
          const scheduler = createScheduler({
            records,
            policy,
            logger,
            translate,
            channels: new ChannelRegistry(channel ? [channel] : []),
            clock: () => at,
            redisUrl: config.redisUrl,
          });
          const atText = instantText(at, zone);
          const zoneText = zoneName(zone, locale, translate);

          if (options.dryRun) {
            const result = await scheduler.sweep({ now: at, dryRun: true });
            const [planned, queued] = await Promise.all([
              withRecordedText(records, result.messages),
              queuedMessages(records, at).then((messages) => withRecordedText(records, messages)),
            ]);
            const report = {
              at: atText,
              dryRun: true,
              counts: result.counts,
              messages: planned.map((message) => describe(message, translate)),
              alreadyQueued: queued.map((message) => describe(message, translate)),
              held: result.held.map(describeHeld),
              unreachable: result.unreachable ?? null,
            };
            if (options.json) {
              printLine(JSON.stringify(report, null, 2));
              return;
            }
            printLine(t('cli-sweep-dry-run-title', { at: atText, zone: zoneText }));
            printLine(t('cli-sweep-would-send', { count: report.messages.length }));
            for (const message of report.messages) printMessage(message, t);
            if (report.alreadyQueued.length > 0) {
              printLine(t('cli-sweep-already-queued', { count: report.alreadyQueued.length }));
              for (const message of report.alreadyQueued) printMessage(message, t);
            }
            if (report.held.length > 0) {
              printLine(t('cli-sweep-held', { count: report.held.length }));
              for (const held of report.held) {
                const { name, memberId } = held.recipient;
                printLine(
                  `  ${t('cli-sweep-held-member', { name, id: memberId, until: held.until, reason: held.reason })}`,
                );
                for (const item of held.items) printLine(`           - ${item.rule}  ${item.key}`);
              }
            }
            if (report.unreachable) printUnreachable(report.unreachable, t);
            return;
          }

          if (!channel) {
            const result = await scheduler.sweep({ now: at });
            if (options.json)
              printLine(JSON.stringify({ at: atText, counts: result.counts, delivered: null }, null, 2));
            else {
              printLine(
                t('cli-sweep-done', { at: atText, zone: zoneText, counts: JSON.stringify(result.counts) }),
              );
              printLine(t('cli-sweep-no-token'));
            }
            return;
          }
          const { sweep, delivered } = await scheduler.runOnce(at);
          await scheduler.stop();
          if (options.json) {
            printLine(JSON.stringify({ at: atText, counts: sweep.counts, delivered }, null, 2));
            return;
          }
          printLine(
            t('cli-sweep-done', { at: atText, zone: zoneText, counts: JSON.stringify(sweep.counts) }),
          );
          printLine(t('cli-sweep-delivery', { delivered: JSON.stringify(delivered) }));
        },
        { lang: options.lang },
      );
    });
}
