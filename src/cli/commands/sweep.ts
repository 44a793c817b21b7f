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
import { CliError, countOf, printLine, withDatabase } from '../session';

interface SweepCliOptions {
  at?: string;
  dryRun?: boolean;
  json?: boolean;
}

/** An ISO 8601 instant with its offset ("2026-12-20T09:00:00+07:00"); a local time alone would be ambiguous. */
export function parseInstant(text: string): Date {
  const parsed = DateTime.fromISO(text, { setZone: true });
  if (!parsed.isValid || !/(Z|[+-]\d{2}(:?\d{2})?)$/i.test(text.trim())) {
    throw new CliError(
      `--at: "${text}" is not an ISO time with an offset, e.g. 2026-12-20T09:00:00+07:00`,
      2,
    );
  }
  return parsed.toJSDate();
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

function printMessage(entry: ReturnType<typeof describe>): void {
  const to = `${entry.recipient.name} (#${entry.recipient.memberId}, ${entry.recipient.locale})`;
  printLine(`  ${entry.kind.padEnd(6)} to ${to}  ${entry.key}`);
  for (const item of entry.items ?? []) printLine(`           - ${item.rule}  ${item.key}`);
  const text = entry.text ?? `(cannot be rendered: ${entry.problem})`;
  for (const line of text.split('\n')) printLine(`           | ${line}`);
  if (entry.buttons.length > 0) printLine(`           [${entry.buttons.join('] [')}]`);
}

/** Members whose items no message carries, so the listing above does not show them: how many, and why. */
function printUnreachable(unreachable: UnreachableCounts): void {
  const { notConnected, blocked } = unreachable;
  const members = notConnected.members + blocked.members;
  if (members === 0) return;
  printLine(
    `${countOf(members, 'member')} cannot be reached; ${countOf(notConnected.items + blocked.items, 'item')} due to them now would not be sent:`,
  );
  if (notConnected.members > 0)
    printLine(
      `  ${countOf(notConnected.members, 'member')} not connected (no chat bound; an invite connects them): ${countOf(notConnected.items, 'item')}`,
    );
  if (blocked.members > 0)
    printLine(
      `  ${countOf(blocked.members, 'member')} blocked the bot (the secretary's digest names them): ${countOf(blocked.items, 'item')}`,
    );
}

export function registerSweep(program: Command): void {
  program
    .command('sweep')
    .description(
      'run one sweep now (or at --at) and send what is due; --dry-run only prints what would be sent',
    )
    .option('--at <time>', 'the instant to sweep as, ISO 8601 with offset, e.g. 2026-12-20T09:00:00+07:00')
    .option('--dry-run', 'write nothing and send nothing; print what would be sent')
    .option('--json', 'print the result as JSON')
    .action(async (options: SweepCliOptions) => {
      const at = options.at !== undefined ? parseInstant(options.at) : new Date();
      await withDatabase(async ({ config, database, logger }) => {
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
        const atText = options.at ?? at.toISOString();

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
          printLine(`sweep as of ${atText} (dry run: nothing written, nothing sent)`);
          printLine(`${countOf(report.messages.length, 'message')} would be sent:`);
          report.messages.forEach(printMessage);
          if (report.alreadyQueued.length > 0) {
            printLine(`${countOf(report.alreadyQueued.length, 'message')} already queued and due:`);
            report.alreadyQueued.forEach(printMessage);
          }
          if (report.held.length > 0) {
            printLine(`${countOf(report.held.length, 'member')} with items held for their hours:`);
            for (const held of report.held) {
              printLine(
                `  ${held.recipient.name} (#${held.recipient.memberId}) until ${held.until} (${held.reason})`,
              );
              for (const item of held.items) printLine(`           - ${item.rule}  ${item.key}`);
            }
          }
          if (report.unreachable) printUnreachable(report.unreachable);
          return;
        }

        if (!channel) {
          const result = await scheduler.sweep({ now: at });
          if (options.json)
            printLine(JSON.stringify({ at: atText, counts: result.counts, delivered: null }, null, 2));
          else {
            printLine(`sweep as of ${atText}: ${JSON.stringify(result.counts)}`);
            printLine('no BOT_TOKEN: the queued messages are sent by the running service');
          }
          return;
        }
        const { sweep, delivered } = await scheduler.runOnce(at);
        await scheduler.stop();
        if (options.json) {
          printLine(JSON.stringify({ at: atText, counts: sweep.counts, delivered }, null, 2));
          return;
        }
        printLine(`sweep as of ${atText}: ${JSON.stringify(sweep.counts)}`);
        printLine(`delivery: ${JSON.stringify(delivered)}`);
      });
    });
}
