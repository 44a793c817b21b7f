// Turns an outgoing message into the neutral view its recipient reads (paragraphs and actions), in the recipient's
// language and within the recipient's channel's text limit; the channel then shows it its own way.
import type { MessageAction, MessageView } from '../channels/outbound';
import type { DueRule, ItemVars, NudgeFormId } from '../domain/due-items';
import type { Translate } from '../i18n';
import {
  countryName,
  formatDate,
  formatMoney,
  formatMonth,
  formatStoredValue,
} from '../presentation/formats';
import type { AlertPayload } from '../records/notification-payloads';
import { messagePayloadSchema, type MessageArgs } from '../records/notifications';
import type { ItemView, OutgoingMessage } from './outgoing';

export type RenderResult = { ok: true; view: MessageView } | { ok: false; problem: string };

/** What the renderer must know of the channel a message goes to. */
export interface RenderLimits {
  /** A digest longer than this is cut with a line saying how many items were left out. */
  maxTextLength: number;
}

type Args = Record<string, string | number>;

/** Formats the typed values of an item or a message (months, dates, amounts, countries, lists) for one language. */
class Formats {
  constructor(
    private readonly locale: string,
    private readonly translate: Translate,
  ) {}

  month(month: string): string {
    return formatMonth(month, this.locale);
  }

  date(date: string): string {
    return formatDate(date, this.locale);
  }

  /** The values as Fluent arguments: months, dates and amounts formatted, lists joined. */
  args(vars: ItemVars | MessageArgs): Args {
    const args: Args = {};
    for (const [name, value] of Object.entries(vars)) {
      if (Array.isArray(value)) {
        args[name] = value.map((entry) => this.plain(name, entry)).join(', ');
      } else if (typeof value === 'object') {
        args[name] = formatMoney(value.amountMinor, value.currency, this.locale);
      } else if (typeof value === 'boolean') {
        args[name] = value ? 'yes' : 'no';
      } else if (typeof value === 'string') {
        args[name] = this.plain(name, value);
      } else if (name === 'year') {
        // A year is a name, not a quantity: Fluent would print 2026 as "2.026" in Vietnamese.
        args[name] = String(value);
      } else {
        args[name] = value;
      }
    }
    return args;
  }

  /** A month ('2026-11') or a date ('2026-12-03') as the reader writes it; a country code by its name. */
  private plain(name: string, value: string): string {
    if (name === 'country') return countryName(value, this.locale);
    return formatStoredValue(value, this.locale);
  }

  t(key: string, args?: Args): string {
    return this.translate(this.locale, key, args);
  }
}

/** A member's line for one item; the abroad guidance adds the directory's contacts under it. */
function memberLine(item: ItemView, formats: Formats): string {
  const args = formats.args(item.vars);
  const key =
    item.rule === 'review-nudge' && item.vars.late === true
      ? 'nudge-review-nudge-late'
      : `nudge-${item.rule}`;
  if (item.rule !== 'abroad-transfer-guidance') return `• ${formats.t(key, args)}`;
  const contacts = (item.vars.contacts as string[] | undefined) ?? [];
  const examples = (item.vars.exampleContacts as string[] | undefined) ?? [];
  // Told from the contacts themselves (an item queued before `directory` was written has them too).
  const directory = contacts.length > 0 ? 'listed' : examples.length > 0 ? 'examples' : 'none';
  const shown = directory === 'listed' ? contacts : examples;
  const line = formats.t(key, { ...args, directory });
  return [`• ${line}`, ...shown.map((contact) => `   – ${contact}`)].join('\n');
}

/** An alert's Fluent arguments; rule 5's alert queued before the sweep wrote `directory` says only what it knows. */
function alertArgs(alert: AlertPayload, formats: Formats): Args {
  const args = formats.args(alert.vars);
  if (alert.rule === 'abroad-transfer-overdue' && args.directory === undefined) args.directory = 'unknown';
  return args;
}

/** One action per form the nudge's items can be done with, in the order the items come. */
function nudgeActions(items: readonly ItemView[], formats: Formats): MessageAction[] {
  const forms: NudgeFormId[] = [
    ...new Set(items.flatMap((item) => item.forms ?? (item.form ? [item.form] : []))),
  ];
  return forms.map((form) => ({ type: 'open-form', form, label: formats.t(`nudge-button-${form}`) }));
}

/** Lines until the budget is spent, then one line saying how many are left out. */
function fitted(lines: string[], budget: number, formats: Formats): string[] {
  const kept: string[] = [];
  let used = 0;
  for (const [index, line] of lines.entries()) {
    if (used + line.length + 1 > budget) {
      kept.push(formats.t('digest-more', { count: lines.length - index }));
      break;
    }
    kept.push(line);
    used += line.length + 1;
  }
  return kept;
}

const DIGEST_SECTIONS: ReadonlyArray<{ title: string; rules: readonly DueRule[] }> = [
  { title: 'digest-section-contact-lost', rules: ['contact-lost'] },
  { title: 'digest-section-review-missing', rules: ['review-missing'] },
  { title: 'digest-section-checkin-overdue', rules: ['checkin-overdue'] },
  { title: 'digest-section-fee-overdue', rules: ['fee-overdue'] },
];

function renderDigest(
  message: Extract<OutgoingMessage, { kind: 'digest' }>,
  formats: Formats,
  limits: RenderLimits,
): string[] {
  const { digest, items } = message;
  const lines = [formats.t('digest-title', { cell: digest.cellName, date: formats.date(digest.date) })];
  const body: string[] = [];
  for (const section of DIGEST_SECTIONS) {
    // A secretary reads a section as a list of comrades: by name, as in the cell's register.
    const inSection = items
      .filter((item) => section.rules.includes(item.rule))
      .sort((a, b) => String(a.vars.member).localeCompare(String(b.vars.member), 'vi'));
    if (inSection.length === 0) continue;
    body.push('', formats.t(section.title, { count: inSection.length }));
    body.push(...inSection.map((item) => `• ${formats.t(`digest-${item.rule}`, formats.args(item.vars))}`));
  }
  // The meeting half of the removal ground, next to the fees: eligible for removal review first, then one away.
  for (const stage of ['removal-review', 'alert-secretary'] as const) {
    const members = digest.meetingAbsences.filter((row) => row.stage === stage);
    if (members.length === 0) continue;
    body.push('', formats.t(`digest-section-meeting-${stage}`, { count: members.length }));
    body.push(
      ...members.map(
        (row) =>
          `• ${formats.t('digest-meeting-absences', formats.args({ member: row.member, count: row.count, year: row.year, days: row.days }))}`,
      ),
    );
  }
  const waiting = Object.entries(digest.waiting).filter(([, count]) => count > 0);
  if (waiting.length > 0) {
    body.push('', formats.t('digest-section-waiting'));
    body.push(...waiting.map(([what, count]) => `• ${formats.t(`digest-waiting-${what}`, { count })}`));
  }
  if (digest.unreachableCount > 0) {
    const names = digest.unreachable.join(', ');
    const more = digest.unreachableCount - digest.unreachable.length;
    body.push('', formats.t('digest-section-unreachable', { count: digest.unreachableCount }));
    body.push(`• ${names}${more > 0 ? ` ${formats.t('digest-more', { count: more })}` : ''}`);
  }
  return [...lines, ...fitted(body, limits.maxTextLength - lines[0].length, formats)];
}

/** A committee officer's digest: applications waiting for the unit's decision, then what cells left undone. */
function renderOfficerDigest(
  message: Extract<OutgoingMessage, { kind: 'officer-digest' }>,
  formats: Formats,
  limits: RenderLimits,
): string[] {
  const { digest } = message;
  const title = formats.t('officer-digest-title', { unit: digest.unitName, date: formats.date(digest.date) });
  const body: string[] = [];
  if (digest.waiting.length > 0) {
    body.push('', formats.t('officer-digest-section-waiting', { count: digest.waiting.length }));
    for (const line of digest.waiting) {
      body.push(`• ${formats.t('officer-digest-waiting', { ...line, since: formats.date(line.since) })}`);
    }
  }
  if (digest.escalations.length > 0) {
    body.push('', formats.t('officer-digest-section-escalated', { count: digest.escalations.length }));
    for (const line of digest.escalations) {
      const args = { ...formats.args(line.vars), cell: line.cell, began: formats.date(line.since) };
      body.push(`• ${formats.t(`officer-digest-${line.rule}`, args)}`);
    }
  }
  if (digest.more > 0) body.push('', formats.t('digest-more', { count: digest.more }));
  body.push('', formats.t('officer-digest-footer'));
  return [title, ...fitted(body, limits.maxTextLength - title.length, formats)];
}

/** Renders, or says why not: Fluent throws on a missing argument, and a queued message may name anything. */
export function renderMessage(
  message: OutgoingMessage,
  translate: Translate,
  limits: RenderLimits,
): RenderResult {
  try {
    return render(message, translate, limits);
  } catch (error) {
    return { ok: false, problem: `cannot render ${message.key}: ${(error as Error).message}` };
  }
}

const textOnly = (...paragraphs: string[]): RenderResult => ({ ok: true, view: { paragraphs, actions: [] } });

function render(message: OutgoingMessage, translate: Translate, limits: RenderLimits): RenderResult {
  const formats = new Formats(message.recipient.locale, translate);
  switch (message.kind) {
    case 'nudge': {
      if (message.items.length === 0) return { ok: false, problem: 'a nudge with no items' };
      const paragraphs = [
        formats.t('nudge-greeting', { name: message.recipient.name }),
        ...message.items.map((item) => memberLine(item, formats)),
      ];
      return { ok: true, view: { paragraphs, actions: nudgeActions(message.items, formats) } };
    }
    case 'digest':
      return { ok: true, view: { paragraphs: renderDigest(message, formats, limits), actions: [] } };
    case 'officer-digest':
      return { ok: true, view: { paragraphs: renderOfficerDigest(message, formats, limits), actions: [] } };
    case 'alert':
      return textOnly(formats.t(`alert-${message.alert.rule}`, alertArgs(message.alert, formats)));
    case 'message': {
      const payload = messagePayloadSchema.safeParse(message.message);
      if (!payload.success)
        return { ok: false, problem: `bad message payload: ${payload.error.issues[0]?.message}` };
      // Dates and months in the arguments are typed values, formatted for the reader like the items'.
      const text = formats.t(payload.data.key, formats.args(payload.data.args ?? {}));
      // The translator gives the id back (in braces) for an unknown message: that would show the member a code.
      if (text === payload.data.key || text === `{${payload.data.key}}`) {
        return { ok: false, problem: `unknown message ${payload.data.key}` };
      }
      return textOnly(text);
    }
  }
}
