// Telegram rendering of the engine's views: inline keyboards, answers edited into the question, short callback data.
import type { InlineKeyboardButton, InlineKeyboardMarkup } from 'grammy/types';
import type { Translate } from '../../i18n';
import type { FormAction, FormView, QuestionView, SummaryLine } from '../../forms/views';

/** One Bot API call for the glue to make. */
export interface TelegramOperation {
  /** 'edit' changes the message whose button was pressed. */
  method: 'send' | 'edit';
  text: string;
  keyboard?: InlineKeyboardMarkup;
  /** An edit the glue cannot make (the answer was typed, not pressed) becomes a new message, or is dropped. */
  fallbackToSend: boolean;
}

// Callback data: f:<nonce>:<code>[:<index>]; at most 19 bytes, far under Telegram's 64.
const CODES = {
  pick: 'p',
  toggle: 't',
  done: 'd',
  skip: 's',
  prefill: 'u',
  confirm: 'ok',
  edit: 'e',
  'edit-step': 'es',
  back: 'b',
  cancel: 'x',
  continue: 'c',
  discard: 'n',
} as const satisfies Record<FormAction['type'], string>;
const INDEXED = new Set<FormAction['type']>(['pick', 'toggle', 'edit-step']);
const ACTION_BY_CODE = new Map<string, FormAction['type']>(
  Object.entries(CODES).map(([type, code]) => [code, type as FormAction['type']]),
);
const CALLBACK = /^f:([0-9a-f]{8}):([a-z]{1,2})(?::(\d{1,3}))?$/;

export const FORM_CALLBACK_PREFIX = 'f:';

export function encodeFormCallback(nonce: string, action: FormAction): string {
  const index = 'index' in action ? `:${action.index}` : '';
  return `f:${nonce}:${CODES[action.type]}${index}`;
}

/** Strict: anything not produced by encodeFormCallback is undefined (and answered as a stale button). */
export function decodeFormCallback(data: string): { nonce: string; action: FormAction } | undefined {
  const match = CALLBACK.exec(data);
  if (!match) return undefined;
  const type = ACTION_BY_CODE.get(match[2]);
  if (!type || INDEXED.has(type) !== (match[3] !== undefined)) return undefined;
  const action = (
    type === 'pick' || type === 'toggle' || type === 'edit-step'
      ? { type, index: Number(match[3]) }
      : { type }
  ) as FormAction;
  return { nonce: match[1], action };
}

const button = (text: string, nonce: string, action: FormAction): InlineKeyboardButton => ({
  text,
  callback_data: encodeFormCallback(nonce, action),
});

/** Short labels share a row; long ones get their own so they are not cut on a small phone. */
function rowsOf(buttons: InlineKeyboardButton[], perRow: number): InlineKeyboardButton[][] {
  const rows: InlineKeyboardButton[][] = [];
  const fits = buttons.every((candidate) => candidate.text.length <= 18);
  const width = fits ? perRow : 1;
  for (let start = 0; start < buttons.length; start += width) rows.push(buttons.slice(start, start + width));
  return rows;
}

function questionKeyboard(view: QuestionView, t: (key: string) => string): InlineKeyboardButton[][] {
  const { nonce } = view;
  const rows: InlineKeyboardButton[][] = [];
  if (view.prefill) rows.push([button(view.prefill, nonce, { type: 'prefill' })]);
  if (view.multiple) {
    const toggles = view.options.map((option, index) =>
      button(option.selected ? `✓ ${option.label}` : option.label, nonce, { type: 'toggle', index }),
    );
    rows.push(...rowsOf(toggles, 2), [button(t('forms-button-done'), nonce, { type: 'done' })]);
  } else if (view.kind === 'confirm') {
    rows.push(view.options.map((option, index) => button(option.label, nonce, { type: 'pick', index })));
  } else {
    const picks = view.options.map((option, index) => button(option.label, nonce, { type: 'pick', index }));
    rows.push(...rowsOf(picks, view.kind === 'country' ? 3 : 2));
  }
  if (view.canSkip) rows.push([button(t('forms-button-skip'), nonce, { type: 'skip' })]);
  return rows;
}

/** A photo or file the member may leave out: the prompt says what to send, the hint how to go on without it. */
const isOptionalFile = (view: QuestionView): boolean =>
  view.canSkip && (view.kind === 'photo' || view.kind === 'document');

function questionText(view: QuestionView, t: (key: string) => string): string {
  const hint = view.multiple
    ? t('forms-telegram-multi-hint')
    : isOptionalFile(view)
      ? t('forms-telegram-skip-file-hint')
      : view.hint;
  const parts = [
    view.note,
    view.error ? `⚠️ ${view.error}` : undefined,
    [view.header, view.prompt, hint].filter(Boolean).join('\n'),
    view.first ? t('forms-telegram-cancel-hint') : undefined,
  ];
  return parts.filter(Boolean).join('\n\n');
}

function linesText(lines: SummaryLine[], t: (key: string, args?: Record<string, string>) => string): string {
  return lines.map((line) => t('forms-summary-line', { label: line.label, value: line.value })).join('\n');
}

const markup = (rows: InlineKeyboardButton[][]): InlineKeyboardMarkup | undefined =>
  rows.length > 0 ? { inline_keyboard: rows } : undefined;

function renderView(view: FormView, t: (key: string, args?: Record<string, string>) => string) {
  const send = (text: string, rows: InlineKeyboardButton[][] = []): TelegramOperation => ({
    method: 'send',
    text,
    keyboard: markup(rows),
    fallbackToSend: true,
  });
  switch (view.type) {
    case 'question': {
      const operation = send(questionText(view, t), questionKeyboard(view, t));
      return view.replace ? { ...operation, method: 'edit' as const } : operation;
    }
    case 'answered':
      return { method: 'edit' as const, text: view.text, fallbackToSend: false };
    case 'notice':
    case 'submitted':
      return send(view.text);
    case 'collecting':
      return send([view.text, t('forms-telegram-collecting-hint')].join(' '), [
        [button(t('forms-button-done'), view.nonce, { type: 'done' })],
      ]);
    case 'summary': {
      const text = [view.error ? `⚠️ ${view.error}` : undefined, view.title, linesText(view.lines, t)]
        .filter(Boolean)
        .join('\n\n');
      const operation = send(text, [
        [
          button(t('forms-button-confirm'), view.nonce, { type: 'confirm' }),
          button(t('forms-button-edit'), view.nonce, { type: 'edit' }),
        ],
        [button(t('forms-button-cancel'), view.nonce, { type: 'cancel' })],
      ]);
      return view.replace ? { ...operation, method: 'edit' as const } : operation;
    }
    case 'edit-menu': {
      const text = [view.error ? `⚠️ ${view.error}` : undefined, view.title, linesText(view.lines, t)]
        .filter(Boolean)
        .join('\n\n');
      const rows = view.lines.map((line, index) => [
        button(line.label, view.nonce, { type: 'edit-step', index }),
      ]);
      rows.push([button(t('forms-button-back'), view.nonce, { type: 'back' })]);
      const operation = send(text, rows);
      return view.replace ? { ...operation, method: 'edit' as const } : operation;
    }
    case 'switch':
      return send(view.text, [
        [button(t('forms-button-continue', { title: view.currentTitle }), view.nonce, { type: 'continue' })],
        [button(t('forms-button-discard', { title: view.nextTitle }), view.nonce, { type: 'discard' })],
      ]);
  }
}

export function renderTelegram(
  views: readonly FormView[],
  locale: string,
  translate: Translate,
): TelegramOperation[] {
  const t = (key: string, args?: Record<string, string>) => translate(locale, key, args);
  return views.map((view) => renderView(view, t));
}
