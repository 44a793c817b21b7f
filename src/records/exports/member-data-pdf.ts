// A member's data export as a readable document: every section of the JSON, each row as labelled lines, in the
// reader's language, instants in the home cells' zone.
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { DateTime } from 'luxon';
import { MEMBER_DATA_SECTIONS, type MemberData, type Plain, type PlainRow } from './member-data';
import { newDocument, numberPages } from './pdf-fonts';
import type { TableContext } from './types';

export interface PdfLanguage {
  t: TableContext['t'];
  locale: string;
  zone: string;
}

/** Links between rows, meaningless to a reader; the JSON keeps them. */
const HIDDEN = new Set([
  'memberId',
  'cellId',
  'officerUnitId',
  'unitId',
  'checkInId',
  'sourceKey',
  'submittedSourceKey',
]);
const PEOPLE = new Set([
  'decidedById',
  'confirmedById',
  'ratedById',
  'handledById',
  'createdById',
  'actorId',
]);
/** Fields whose values are named by a label message, and the variable it takes. */
const LABELLED: Record<string, Record<string, [key: string, variable: string]>> = {
  member: { role: ['lbl-role', 'role'], status: ['lbl-member-status', 'status'] },
  absences: {
    kind: ['lbl-absence-kind', 'kind'],
    arrangement: ['lbl-arrangement', 'arrangement'],
    applicationStatus: ['lbl-application-status', 'status'],
  },
  feePayments: { method: ['lbl-fee-method', 'method'], status: ['lbl-fee-state', 'state'] },
  reviews: {
    status: ['lbl-review-status', 'status'],
    selfRating: ['lbl-rating', 'rating'],
    cellRating: ['lbl-rating', 'rating'],
  },
  decisions: { kind: ['lbl-decision-kind', 'kind'], outcome: ['lbl-decision-outcome', 'outcome'] },
};
/** Fields whose values are one of a few words of member-export-value. */
const WORDS = new Set(['channel', 'to']);
const WORDS_IN: Record<string, Set<string>> = {
  feeArrangements: new Set(['kind']),
  requests: new Set(['kind', 'status']),
  notifications: new Set(['kind', 'status']),
};

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;

class Values {
  constructor(
    private readonly language: PdfLanguage,
    private readonly people: Record<string, string>,
  ) {}

  private t(key: string, args?: Record<string, string | number>): string {
    return this.language.t(key, args);
  }

  label(field: string): string {
    return this.t('member-export-field', { field });
  }

  text(value: string): string {
    const { locale, zone } = this.language;
    if (INSTANT.test(value)) {
      const instant = DateTime.fromISO(value).setZone(zone);
      return locale === 'vi'
        ? instant.toFormat('dd/LL/yyyy HH:mm')
        : instant.setLocale('en').toFormat('d LLL yyyy, HH:mm');
    }
    if (CALENDAR_DATE.test(value)) {
      const date = DateTime.fromISO(value, { zone: 'utc' });
      return locale === 'vi' ? date.toFormat('dd/LL/yyyy') : date.setLocale('en').toFormat('d LLL yyyy');
    }
    if (MONTH.test(value)) {
      const month = DateTime.fromISO(`${value}-01`, { zone: 'utc' });
      return locale === 'vi' ? month.toFormat('LL/yyyy') : month.setLocale('en').toFormat('LLLL yyyy');
    }
    return value;
  }

  /** One value as a line's text; objects are written as lines of their own (see `lines`). */
  of(section: string, field: string, value: Plain): string {
    if (value === null || value === '') return '—';
    if (typeof value === 'boolean') return this.t('lbl-yes-no', { value: value ? 'yes' : 'no' });
    if (typeof value === 'number') {
      if (PEOPLE.has(field)) return `${this.people[String(value)] ?? ''} (#${value})`.trim();
      return String(value);
    }
    if (typeof value === 'string') {
      const labelled = LABELLED[section]?.[field];
      if (labelled) return this.t(labelled[0], { [labelled[1]]: value });
      if (WORDS.has(field) || WORDS_IN[section]?.has(field)) return this.t('member-export-value', { value });
      return this.text(value);
    }
    if (Array.isArray(value) && value.every((inner) => typeof inner === 'string')) {
      return value.map((inner) => this.text(inner)).join(', ');
    }
    if (!Array.isArray(value) && typeof value.name === 'string' && typeof value.code === 'string') {
      return `${value.name} (${value.code})`;
    }
    return '';
  }

  /** A row as [indent, text] lines: scalars as "label: value", objects and lists of rows nested below. */
  lines(section: string, row: PlainRow, depth = 0): Array<[number, string]> {
    const lines: Array<[number, string]> = [];
    for (const [field, value] of Object.entries(row)) {
      if (HIDDEN.has(field)) continue;
      const text = this.of(section, field, value);
      if (text !== '' || value === null) {
        lines.push([depth, `${this.label(field)}: ${text}`]);
        continue;
      }
      lines.push([depth, `${this.label(field)}:`]);
      if (Array.isArray(value)) {
        value.forEach((inner, index) => {
          lines.push([depth + 1, this.t('member-export-entry', { number: String(index + 1) })]);
          if (inner !== null && typeof inner === 'object' && !Array.isArray(inner))
            lines.push(...this.lines(section, inner, depth + 2));
          else lines.push([depth + 2, JSON.stringify(inner)]);
        });
      } else if (value !== null && typeof value === 'object') {
        lines.push(...this.lines(section, value, depth + 1));
      }
    }
    return lines;
  }
}

export async function writeMemberDataPdf(
  data: MemberData,
  language: PdfLanguage,
  output: Writable,
): Promise<void> {
  const { t } = language;
  const name = String(data.member.fullName);
  const doc = await newDocument({ title: t('member-export-title', { name }) });
  doc.pipe(output);
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const values = new Values(language, data.people);
  const cell = data.member.cell as PlainRow | null;

  doc.font('bold').fontSize(15).text(t('member-export-title', { name }), { width, align: 'center' });
  doc
    .font('italic')
    .fontSize(10)
    .text(
      t('member-export-subtitle', {
        card: String(data.member.cardNumber),
        cell: cell ? String(cell.name) : '',
        date: values.text(data.exportedAt),
        zone: language.zone,
      }),
      { width, align: 'center' },
    );
  doc.moveDown();
  doc.font('regular').fontSize(10).text(t('member-export-intro'), { width, align: 'justify' });

  const heading = (section: string, count?: number) => {
    doc.moveDown();
    if (doc.y > doc.page.height - doc.page.margins.bottom - 60) doc.addPage();
    const title = t('member-export-section', { section });
    doc
      .font('bold')
      .fontSize(12)
      .text(count === undefined ? title : `${title} (${count})`, left, doc.y, { width });
    doc.moveDown(0.3);
  };
  const write = (lines: Array<[number, string]>) => {
    doc.font('regular').fontSize(9.5);
    for (const [depth, line] of lines) {
      const indent = depth * 14;
      doc.text(line, left + indent, doc.y, { width: width - indent });
    }
  };

  heading('member');
  write(values.lines('member', data.member));
  for (const section of MEMBER_DATA_SECTIONS) {
    const rows = data[section];
    heading(section, rows.length);
    if (rows.length === 0) {
      doc.font('italic').fontSize(9.5).text(t('member-export-none'), left, doc.y, { width });
      continue;
    }
    rows.forEach((row, index) => {
      doc.moveDown(0.3);
      doc
        .font('bold')
        .fontSize(9.5)
        .text(t('member-export-entry', { number: String(index + 1) }), left, doc.y, { width });
      write(values.lines(section, row, 1));
    });
  }

  numberPages(doc, (page, pages) => t('export-page', { page, pages }));
  doc.end();
  await finished(output);
}
