// Asking a step and reading the member's answer to it: buttons, typed text, files, skip and one-tap defaults.
import { isKeyword } from './keywords';
import { firstUnanswered, visibleSteps } from './navigation';
import {
  formatAnswer,
  loadOptions,
  mediaError,
  parseReceivedFile,
  parseTypedAnswer,
  stepHint,
  type OfferedOption,
  type Parsed,
} from './steps';
import { checkSelectionCount } from './steps/choice';
import { fileRefusalError } from './steps/file';
import { checkMonthCount } from './steps/months';
import { appendText, isNoneAnswer, parseText, textMaxLength } from './steps/text';
import { formatNumber } from './steps/number';
import { newNonce, stepContext, validateAnswer, type TurnContext } from './turn-context';
import type { AnswerValue, FluentArgs, FormState, StepDefinition } from './types';
import type { FormAction, FormInput, FormTurn, FormView } from './views';
import { cutForDisplay, showSummary } from './summary';

export interface AskOptions {
  error?: { key: string; args?: FluentArgs };
  note?: string;
  /** Redraw the pressed message (a toggle) instead of sending a new one; the nonce stays. */
  replace?: boolean;
  /** Keep the toggles made so far (a refused Done). */
  keepSelection?: boolean;
}

/** Titles are written to sit inside sentences ("your monthly check-in"); a header starts with a capital. */
const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** A button shows a long answer (a kept text) cut short; the full answer is what gets kept. */
const PREFILL_LABEL_LIMIT = 40;
const shortened = (text: string) =>
  text.length > PREFILL_LABEL_LIMIT ? `${text.slice(0, PREFILL_LABEL_LIMIT - 1).trimEnd()}…` : text;

const isListStep = (step: StepDefinition) =>
  step.kind === 'choice' || step.kind === 'multi-choice' || step.kind === 'months';

export async function askStep(
  context: TurnContext,
  state: FormState,
  step: StepDefinition,
  options: AskOptions = {},
): Promise<FormTurn> {
  const { t } = context;
  const offered = await loadOptions(step, stepContext(context, state.answers));
  if (isListStep(step) && offered.length === 0) {
    // Nothing to choose from (e.g. no unpaid months): the step does not apply; record it as skipped.
    return goToNext(context, { ...state, answers: { ...state.answers, [step.id]: null } }, []);
  }
  const current = state.answers[step.id];
  let prefill: AnswerValue | undefined;
  let prefillLabel: string | undefined;
  if (state.editing && current !== undefined && current !== null) {
    prefill = current;
    prefillLabel = t('forms-keep', {
      value: shortened(await formatAnswer(step, current, stepContext(context, state.answers))),
    });
  } else if (step.prefill) {
    prefill = await step.prefill(stepContext(context, state.answers).answers, context.env);
    if (prefill !== undefined) {
      const value = await formatAnswer(step, prefill, stepContext(context, state.answers));
      prefillLabel = t(step.prefillLabelKey ?? 'forms-prefill', { value: shortened(value) });
    }
  }
  const multiple = step.kind === 'multi-choice' || step.kind === 'months';
  // A single option the step needs at least one of (the one month /fee offers) comes ticked already.
  const onlyChoice =
    (step.kind === 'multi-choice' || step.kind === 'months') &&
    offered.length === 1 &&
    (step.minSelected ?? 1) >= 1
      ? [offered[0].value]
      : [];
  const selection = options.keepSelection
    ? (state.selection ?? [])
    : multiple && state.editing && Array.isArray(current)
      ? [...current]
      : onlyChoice;
  const next: FormState = {
    ...state,
    stepId: step.id,
    nonce: options.replace ? state.nonce : newNonce(),
    offered: offered.map((option) => option.value),
    selection: multiple ? selection : undefined,
    prefill,
    pendingText: undefined,
  };
  const visible = visibleSteps(context.form, state.answers, context.env);
  const position =
    Math.max(
      visible.findIndex((candidate) => candidate.id === step.id),
      0,
    ) + 1;
  const hint = stepHint(step, context.env.locale, context.translate);
  const view: FormView = {
    type: 'question',
    nonce: next.nonce,
    kind: step.kind,
    header: capitalise(t('forms-progress', { title: context.title, step: position, total: visible.length })),
    prompt: t(
      step.promptKey,
      await step.promptArgs?.(stepContext(context, state.answers).answers, context.env),
    ),
    options: offered.map((option) => ({
      label: option.label,
      ...(multiple ? { selected: selection.includes(option.value) } : {}),
    })),
    multiple,
    canSkip: step.optional === true,
    first: position === 1 && Object.keys(state.answers).length === 0,
    ...(options.error ? { error: t(options.error.key, options.error.args) } : {}),
    ...(options.note ? { note: options.note } : {}),
    ...(prefillLabel ? { prefill: prefillLabel } : {}),
    ...(hint !== undefined ? { hint } : {}),
    ...(options.replace ? { replace: true } : {}),
  };
  return { state: next, views: [view] };
}

/** The next unanswered step, or the summary; an edit goes back to the summary unless a new step now applies. */
export async function goToNext(context: TurnContext, state: FormState, views: FormView[]): Promise<FormTurn> {
  const step = firstUnanswered(context.form, state.answers, context.env);
  const turn = step ? await askStep(context, state, step) : await showSummary(context, state);
  return { state: turn.state, views: [...views, ...turn.views] };
}

async function acceptAnswer(
  context: TurnContext,
  state: FormState,
  step: StepDefinition,
  value: AnswerValue | null,
  viaButton: boolean,
): Promise<FormTurn> {
  if (value !== null) {
    const errorKey = await validateAnswer(step, value, context, state.answers);
    if (errorKey) return askStep(context, state, step, { error: { key: errorKey } });
  }
  const answered: FormState = {
    ...state,
    answers: { ...state.answers, [step.id]: value },
    offered: undefined,
    selection: undefined,
    prefill: undefined,
    pendingText: undefined,
  };
  const views: FormView[] = [];
  if (viaButton) {
    const shown =
      value === null
        ? context.t('forms-summary-skipped')
        : cutForDisplay(context, await formatAnswer(step, value, stepContext(context, answered.answers)));
    const prompt = context.t(
      step.promptKey,
      await step.promptArgs?.(stepContext(context, state.answers).answers, context.env),
    );
    views.push({ type: 'answered', text: context.t('forms-answered', { prompt, answer: shown }) });
  }
  return goToNext(context, answered, views);
}

function settle(
  context: TurnContext,
  state: FormState,
  step: StepDefinition,
  parsed: Parsed<AnswerValue>,
  viaButton: boolean,
): Promise<FormTurn> {
  if (parsed.ok) return acceptAnswer(context, state, step, parsed.value, viaButton);
  return askStep(context, state, step, {
    error: { key: parsed.errorKey, args: parsed.errorArgs },
    keepSelection: true,
  });
}

function offeredOptions(state: FormState): OfferedOption[] {
  return (state.offered ?? []).map((value) => ({ value, label: value }));
}

function finishSelection(
  context: TurnContext,
  state: FormState,
  step: StepDefinition,
  viaButton: boolean,
): Promise<FormTurn> {
  const selection = (state.offered ?? []).filter((value) => state.selection?.includes(value));
  if (step.kind === 'multi-choice')
    return settle(context, state, step, checkSelectionCount(step, selection), viaButton);
  if (step.kind === 'months')
    return settle(context, state, step, checkMonthCount(step, selection), viaButton);
  return Promise.resolve({ state, views: [], stale: true });
}

export async function answerByButton(
  context: TurnContext,
  state: FormState,
  step: StepDefinition,
  action: FormAction,
): Promise<FormTurn> {
  const stale: FormTurn = { state, views: [], stale: true };
  switch (action.type) {
    case 'pick': {
      const value = state.offered?.[action.index];
      if (value === undefined || !['choice', 'confirm', 'country'].includes(step.kind)) return stale;
      return acceptAnswer(context, state, step, step.kind === 'confirm' ? value === 'yes' : value, true);
    }
    case 'toggle': {
      const value = state.offered?.[action.index];
      if (value === undefined || (step.kind !== 'multi-choice' && step.kind !== 'months')) return stale;
      const selection = state.selection ?? [];
      const toggled = selection.includes(value)
        ? selection.filter((v) => v !== value)
        : [...selection, value];
      return askStep(context, { ...state, selection: toggled }, step, { replace: true, keepSelection: true });
    }
    case 'done':
      if (step.kind === 'text' && step.multiMessage && state.pendingText)
        return settle(context, state, step, parseText(step, state.pendingText, context.env), true);
      return finishSelection(context, state, step, true);
    case 'skip':
      return step.optional ? acceptAnswer(context, state, step, null, true) : stale;
    case 'prefill':
      return state.prefill === undefined ? stale : acceptAnswer(context, state, step, state.prefill, true);
    default:
      return stale;
  }
}

/** "Received (N/M characters)" (each channel adds how to send more or finish), with a fresh nonce for its Done button. */
export function showCollected(context: TurnContext, state: FormState, step: StepDefinition): FormTurn {
  if (step.kind !== 'text') throw new Error('showCollected on a non-text step');
  const nonce = newNonce();
  const locale = context.env.locale;
  const text = context.t('forms-text-collecting', {
    length: formatNumber(state.pendingText?.length ?? 0, locale),
    max: formatNumber(textMaxLength(step), locale),
  });
  return { state: { ...state, nonce }, views: [{ type: 'collecting', nonce, text }] };
}

async function collectText(
  context: TurnContext,
  state: FormState,
  step: StepDefinition,
  text: string,
): Promise<FormTurn> {
  if (step.kind !== 'text') throw new Error('collectText on a non-text step');
  const appended = appendText(step, state.pendingText ?? '', text);
  if (appended.ok) return showCollected(context, { ...state, pendingText: appended.value }, step);
  // The part is refused but what arrived before is kept: the member can still press Done.
  const turn = await askStep(context, state, step, {
    error: { key: appended.errorKey, args: appended.errorArgs },
  });
  return { state: { ...turn.state!, pendingText: state.pendingText }, views: turn.views };
}

export async function answerByMessage(
  context: TurnContext,
  state: FormState,
  step: StepDefinition,
  input: Exclude<FormInput, { type: 'action' }>,
): Promise<FormTurn> {
  if (input.type === 'media')
    return askStep(context, state, step, { error: { key: mediaError(step) }, keepSelection: true });
  if (input.type === 'file') return settle(context, state, step, parseReceivedFile(step, input), false);
  if (input.type === 'file-refused') {
    const error =
      step.kind === 'photo' || step.kind === 'document' ? fileRefusalError(input.refusal) : undefined;
    return askStep(context, state, step, { error: error ?? { key: mediaError(step) }, keepSelection: true });
  }
  const text = input.text;
  if (step.optional && isKeyword(text, 'skip')) return acceptAnswer(context, state, step, null, false);
  if (state.prefill !== undefined && step.kind !== 'confirm' && isKeyword(text, 'confirm'))
    return acceptAnswer(context, state, step, state.prefill, false);
  if (isKeyword(text, 'done')) {
    if (step.kind === 'multi-choice' || step.kind === 'months')
      return finishSelection(context, state, step, false);
    if (step.kind === 'text' && step.multiMessage && state.pendingText)
      return settle(context, state, step, parseText(step, state.pendingText, context.env), false);
  }
  // "Không có" where the prompt offers it is the whole answer: nothing more to collect, no Done to press.
  if (step.kind === 'text' && step.acceptsNone && !state.pendingText && isNoneAnswer(text))
    return settle(context, state, step, parseText(step, text, context.env), false);
  if (step.kind === 'text' && step.multiMessage) return collectText(context, state, step, text);
  const labels = await loadOptions(step, stepContext(context, state.answers));
  // Options as offered with the question, labelled as they are now (the member's language may have changed).
  const offered = state.offered
    ? state.offered.map((value) => labels.find((option) => option.value === value) ?? { value, label: value })
    : offeredOptions(state);
  return settle(
    context,
    state,
    step,
    parseTypedAnswer(step, text, offered, stepContext(context, state.answers)),
    false,
  );
}
