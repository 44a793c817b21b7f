// The sandbox page's own words from Fluent (locales/<lang>/sandbox.ftl): the templates the page fills, and the clock
// control's result, put together on the server where Fluent's plurals are.
import fs from 'node:fs';
import path from 'node:path';
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import { FLUENT_BUNDLE_OPTIONS, LOCALES_DIR, SUPPORTED_LOCALES, type Locale } from '../../i18n';
import { formatLocalDateTime } from '../../presentation/formats';
import type { SweepCounts } from '../../scheduler/sweep';

const PAGE_PREFIX = 'sandbox-page-';

/** Per language, the page's key (the Fluent id without its prefix) and its template with {name} slots. */
export type PageStrings = Record<Locale, Record<string, string>>;

export interface ClockOutcome {
  at: Date;
  zone: string;
  counts: Pick<SweepCounts, 'nudges' | 'alerts' | 'digests' | 'held'>;
  sent: number;
}

export interface SandboxPageWords {
  /** Every sandbox-page-* message of every language, as the page's templates. */
  pageStrings(): PageStrings;
  /** The clock control's result in one language: only the parts that are not zero. */
  clockSummary(locale: Locale, outcome: ClockOutcome): string;
}

/** The variables a pattern mentions, so each can be formatted as its own {name} slot. */
function variablesOf(pattern: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(pattern)) for (const element of pattern) variablesOf(element, found);
  else if (pattern && typeof pattern === 'object') {
    const node = pattern as { type?: string; name?: string; variants?: Array<{ value: unknown }> };
    if (node.type === 'var' && node.name) found.add(node.name);
    for (const variant of node.variants ?? []) variablesOf(variant.value, found);
  }
  return found;
}

export function loadSandboxPageWords(): SandboxPageWords {
  const bundles = new Map<Locale, { bundle: FluentBundle; ids: string[] }>();
  for (const locale of SUPPORTED_LOCALES) {
    const file = path.join(LOCALES_DIR, locale, 'sandbox.ftl');
    const resource = new FluentResource(fs.readFileSync(file, 'utf8'));
    const bundle = new FluentBundle(locale, FLUENT_BUNDLE_OPTIONS);
    const errors = bundle.addResource(resource);
    if (errors.length > 0) throw new Error(`locales/${locale}/sandbox.ftl: ${errors.map(String).join('; ')}`);
    bundles.set(locale, { bundle, ids: resource.body.map((entry) => entry.id) });
  }

  const format = (locale: Locale, id: string, variables: Record<string, FluentVariable>): string => {
    const { bundle } = bundles.get(locale)!;
    const message = bundle.getMessage(id);
    return message?.value ? bundle.formatPattern(message.value, variables) : `{${id}}`;
  };

  const pageStrings = (): PageStrings => {
    const strings = {} as PageStrings;
    for (const [locale, { bundle, ids }] of bundles) {
      strings[locale] = {};
      for (const id of ids.filter((candidate) => candidate.startsWith(PAGE_PREFIX))) {
        const pattern = bundle.getMessage(id)?.value;
        const slots = Object.fromEntries([...variablesOf(pattern)].map((name) => [name, `{${name}}`]));
        strings[locale][id.slice(PAGE_PREFIX.length)] = format(locale, id, slots);
      }
    }
    return strings;
  };

  const clockSummary = (locale: Locale, { at, zone, counts, sent }: ClockOutcome): string => {
    const when = formatLocalDateTime(at, zone, locale);
    if (sent === 0 && counts.held === 0) return format(locale, 'sandbox-clock-nothing-due', { at: when });
    const kinds = (['nudges', 'alerts', 'digests'] as const)
      .filter((kind) => counts[kind] > 0)
      .map((kind) => format(locale, `sandbox-clock-${kind}`, { count: counts[kind] }));
    const sentences = [
      sent === 0
        ? format(locale, 'sandbox-clock-none-sent', { at: when })
        : kinds.length === 0
          ? format(locale, 'sandbox-clock-sent', { at: when, sent })
          : format(locale, 'sandbox-clock-sent-kinds', {
              at: when,
              sent,
              kinds: new Intl.ListFormat(locale, { type: 'unit' }).format(kinds),
            }),
    ];
    if (counts.held > 0) sentences.push(format(locale, 'sandbox-clock-held', { count: counts.held }));
    if (sent > 0) sentences.push(format(locale, 'sandbox-clock-open-chats', {}));
    return sentences.join(' ');
  };

  return { pageStrings, clockSummary };
}
