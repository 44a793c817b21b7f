// Sends one outbox row: fence it, pick the recipient's channel, re-check a nudge against the member's hours and what
// is still due, render it in the recipient's language, wait for that channel's rate slot, send, record the outcome.
import crypto from 'node:crypto';
import type { Policy } from '../domain/policy';
import { isWithinHours, nextSendingTime, sendingHours } from '../domain/sending-hours';
import { CalendarBook } from '../domain/zone-calendar';
import type { Translate } from '../i18n';
import type { Logger } from '../logger';
import type { Records } from '../records';
import {
  alertPayloadSchema,
  digestPayloadSchema,
  itemPayloadSchema,
  NOTIFICATION_KINDS,
  officerDigestPayloadSchema,
} from '../records/notification-payloads';
import { messagePayloadSchema, type SendingNotification } from '../records/notifications';
import type { ItemView, OutgoingMessage } from './outgoing';
import type { Pacer, SendFinished } from './pacer';
import { withRecordedText } from './recorded-text';
import type { ChannelName, ChannelRegistry, SendFailure } from '../channels/outbound';
import { renderMessage } from './render';
import { runSweep } from './sweep';

export interface DeliveryDeps {
  records: Records;
  policy: Policy;
  logger: Logger;
  translate: Translate;
  channels: ChannelRegistry;
  /** Each channel's own rate gate. */
  pacerFor: (channel: ChannelName) => Pacer;
  /** This worker's name in the outbox's claims. */
  claimer: string;
  /** How long a claim or a send holds a row before another worker may take it over. */
  leaseMs: number;
}

export type DeliveryOutcome =
  | { outcome: 'sent' }
  /** Another worker has it, or it is done already. */
  | { outcome: 'skipped' }
  | { outcome: 'postponed'; until: Date }
  | { outcome: 'cancelled' }
  | { outcome: 'rate-limited'; retryAfterMs: number }
  /** `sender` is the fence token that still holds the row. */
  | { outcome: 'retry'; attempts: number; error: string; sender: string }
  | { outcome: 'failed'; error: string }
  | { outcome: 'unreachable'; alertKey: string | null }
  /** Stopping: the row was handed back unsent. */
  | { outcome: 'released' };

function itemsOf(row: SendingNotification): ItemView[] {
  return row.items.flatMap((item) => {
    const parsed = itemPayloadSchema.safeParse(item.payload);
    return parsed.success ? [{ key: item.key, ...parsed.data }] : [];
  });
}

/** The row as the renderer reads it, or why it can't be read. */
export function outgoingOf(row: SendingNotification): OutgoingMessage | { problem: string } {
  const recipient = {
    memberId: row.recipient.memberId,
    name: row.recipient.fullName,
    locale: row.recipient.locale,
  };
  const base = { key: row.key, recipient };
  switch (row.kind) {
    case NOTIFICATION_KINDS.nudge:
      return { kind: 'nudge', ...base, items: itemsOf(row) };
    case NOTIFICATION_KINDS.digest: {
      const digest = digestPayloadSchema.safeParse(row.payload);
      return digest.success
        ? { kind: 'digest', ...base, digest: digest.data, items: itemsOf(row) }
        : { problem: 'bad digest payload' };
    }
    case NOTIFICATION_KINDS.officerDigest: {
      const digest = officerDigestPayloadSchema.safeParse(row.payload);
      return digest.success
        ? { kind: 'officer-digest', ...base, digest: digest.data }
        : { problem: 'bad officer digest payload' };
    }
    case NOTIFICATION_KINDS.alert: {
      const alert = alertPayloadSchema.safeParse(row.payload);
      return alert.success ? { kind: 'alert', ...base, alert: alert.data } : { problem: 'bad alert payload' };
    }
    case NOTIFICATION_KINDS.message: {
      const message = messagePayloadSchema.safeParse(row.payload);
      return message.success
        ? { kind: 'message', ...base, message: message.data }
        : { problem: 'bad message payload' };
    }
    default:
      return { problem: `not a message kind: ${row.kind}` };
  }
}

/** Exponential backoff from the policy: base, 2 x base, 4 x base... */
export function retryDelayMs(attempts: number, policy: Policy): number {
  return policy.delivery.retryBaseSeconds * 1000 * 2 ** Math.max(0, attempts - 1);
}

/**
 * Delivers the row if this worker wins its fence. `at` is the instant the rules see (the clock, or the time a dry
 * run or the sandbox pretends it is); the rate limit and the leases always run on real time.
 */
export async function deliverNotification(
  deps: DeliveryDeps,
  id: number,
  at: Date,
  signal?: AbortSignal,
): Promise<DeliveryOutcome> {
  const { records, logger } = deps;
  // This send's own token: workers of one process share a name, and two of them may hold the same row after a
  // lease ran out; only the token the fence wrote may renew and mark it.
  const sender = `${deps.claimer}#${crypto.randomBytes(4).toString('hex')}`;
  const row = await records.notifications.beginSending(id, { claimer: sender, leaseMs: deps.leaseMs });
  if (!row) return { outcome: 'skipped' };
  const log = logger.child({ notification: row.key });

  const parsed = outgoingOf(row);
  const [outgoing] = 'problem' in parsed ? [parsed] : await withRecordedText(records, [parsed]);
  if ('problem' in outgoing) {
    await records.notifications.markFailed(id, outgoing.problem);
    log.error({ problem: outgoing.problem }, 'notification cannot be sent');
    return { outcome: 'failed', error: outgoing.problem };
  }
  // A message addressed to one chat (the old account after an unlink) goes there, bound or not any more.
  const addressed = outgoing.kind === 'message' ? outgoing.message.to : undefined;
  const chats = addressed ? [addressed] : row.recipient.chats;
  const route = deps.channels.route(chats, addressed ? null : row.recipient.reminderChannel);
  if (!route) {
    const problem =
      chats.length === 0
        ? 'the member has no chat bound'
        : `the member's chats are on channels this service does not run (${chats.map((chat) => chat.channel).join(', ')})`;
    await records.notifications.markFailed(id, problem);
    return { outcome: 'failed', error: problem };
  }
  if (outgoing.kind === 'nudge') {
    const checked = await recheckNudge(deps, row, outgoing, at, sender);
    if (checked) return checked;
  }
  const rendered = renderMessage(outgoing, deps.translate, { maxTextLength: route.channel.maxTextLength });
  if (!rendered.ok) {
    await records.notifications.markFailed(id, rendered.problem);
    log.error({ problem: rendered.problem }, 'notification cannot be rendered');
    return { outcome: 'failed', error: rendered.problem };
  }

  const pacer = deps.pacerFor(route.channel.name);
  try {
    await pacer.nextSlot(signal);
  } catch {
    await records.notifications.postpone(id, sender, at);
    return { outcome: 'released' };
  }
  // The slot may have been a long wait (a 429 storm): if the lease ran out meanwhile, another worker owns the row.
  if (!(await records.notifications.renewSending(id, { claimer: sender, leaseMs: deps.leaseMs }))) {
    return { outcome: 'skipped' };
  }
  let finished: SendFinished;
  try {
    finished = await pacer.admit(signal);
  } catch {
    await records.notifications.postpone(id, sender, at);
    return { outcome: 'released' };
  }
  try {
    await route.channel.send(route.externalId, rendered.view, row.recipient.locale);
  } catch (error) {
    await finished();
    const failure = route.channel.classify(error);
    // An old account that blocked the bot says nothing about the member's own chat: the message just fails.
    if (addressed && failure.type === 'unreachable') {
      await records.notifications.markFailed(id, failure.error);
      return { outcome: 'failed', error: failure.error };
    }
    return failed(deps, row, failure, pacer, at, sender);
  }
  await finished();
  await records.notifications.markSent(id, at, sender);
  log.debug({ kind: row.kind, to: row.recipient.memberId }, 'notification sent');
  return { outcome: 'sent' };
}

/**
 * A nudge can wait in the queue (a big day, a 429 storm): it still goes out only inside the member's hours, and
 * only with the items that are still due (a check-in done meanwhile is not nudged).
 */
async function recheckNudge(
  deps: DeliveryDeps,
  row: SendingNotification,
  outgoing: Extract<OutgoingMessage, { kind: 'nudge' }>,
  at: Date,
  sender: string,
): Promise<DeliveryOutcome | null> {
  const calendar = new CalendarBook(at, deps.policy).of(row.recipient.timezone);
  const hours = sendingHours(row.recipient, deps.policy);
  if (!isWithinHours(calendar.hour, hours)) {
    const until = nextSendingTime(calendar, hours);
    await deps.records.notifications.postpone(row.id, sender, until);
    return { outcome: 'postponed', until };
  }
  // Nothing the rules read changed since the sweep made the nudge: its items are as due as they were.
  if (!(await deps.records.notifications.changedSince(row.recipient.memberId, row.createdAt))) return null;
  const { due } = await runSweep(
    { records: deps.records, policy: deps.policy, logger: deps.logger },
    { now: at, dryRun: true, memberIds: [row.recipient.memberId], skipDigests: true },
  );
  const stillDue = new Set(due.map((item) => item.key));
  const gone = row.items.filter((item) => !stillDue.has(item.key));
  if (gone.length === 0) return null;
  const emptied = gone.length === row.items.length;
  await deps.records.notifications.dropItems(
    row.id,
    gone.map((item) => item.id),
    emptied,
  );
  if (emptied) return { outcome: 'cancelled' };
  outgoing.items = outgoing.items.filter((item) => stillDue.has(item.key));
  return null;
}

async function failed(
  deps: DeliveryDeps,
  row: SendingNotification,
  failure: SendFailure,
  pacer: Pacer,
  at: Date,
  sender: string,
): Promise<DeliveryOutcome> {
  const { records, logger } = deps;
  const log = logger.child({ notification: row.key, error: failure.error });
  switch (failure.type) {
    case 'rate-limited':
      await pacer.pauseFor(failure.retryAfterMs);
      await records.notifications.backToQueue(row.id, sender);
      log.warn({ retryAfterMs: failure.retryAfterMs }, 'rate limited by the channel; every worker waits');
      return { outcome: 'rate-limited', retryAfterMs: failure.retryAfterMs };
    case 'unreachable': {
      const alertKey = await records.notifications.markUnreachable(
        row.id,
        row.recipient.memberId,
        failure.error,
        at,
      );
      log.warn({ member: row.recipient.memberId, alerted: alertKey !== null }, 'member unreachable');
      return { outcome: 'unreachable', alertKey };
    }
    case 'permanent':
      await records.notifications.markFailed(row.id, failure.error);
      log.error('notification refused by the channel');
      return { outcome: 'failed', error: failure.error };
    case 'transient':
      log.warn({ attempts: row.attempts }, 'notification not sent; will retry');
      return { outcome: 'retry', attempts: row.attempts, error: failure.error, sender };
  }
}

/** Messages already in the outbox and due by `at`, as the renderer reads them (a dry run lists them too). */
export async function queuedMessages(records: Records, at: Date): Promise<OutgoingMessage[]> {
  const rows = await records.notifications.pendingDue(at);
  return rows.flatMap((row) => {
    const outgoing = outgoingOf({
      id: row.id,
      key: row.key,
      kind: row.kind,
      payload: row.payload,
      attempts: row.attempts,
      createdAt: row.createdAt,
      recipient: {
        memberId: row.member.id,
        fullName: row.member.fullName,
        locale: row.member.locale,
        timezone: '',
        preferredHourFrom: null,
        preferredHourTo: null,
        cellId: 0,
        chats: [],
        reminderChannel: null,
      },
      items: row.items.map((item, index) => ({ id: index, ...item })),
    });
    return 'problem' in outgoing ? [] : [outgoing];
  });
}
