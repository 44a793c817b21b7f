// The end of a form: the summary of answers, the choice of an answer to change, and the one submit call.
import { isKeyword } from './keywords';
import { keepVisibleAnswers, publicAnswers, visibleSteps } from './navigation';
import { askStep } from './questions';
import { formatAnswer } from './steps';
import { newNonce, stepContext, type TurnContext } from './turn-context';
import type { FluentArgs, FormState } from './types';
import type { FormAction, FormTurn, FormView, SummaryLine } from './views';

/** Long texts are cut in the summary and echoes so they fit one message; the full text is what gets submitted. */
const SUMMARY_TEXT_LIMIT = 300;

export function cutForDisplay(context: TurnContext, shown: string): string {
  if (shown.length <= SUMMARY_TEXT_LIMIT) return shown;
  return context.t('forms-summary-cut', {
    start: shown.slice(0, SUMMARY_TEXT_LIMIT).trimEnd(),
    length: shown.length,
  });
}

async function summaryLines(context: TurnContext, state: FormState): Promise<SummaryLine[]> {
  const lines: SummaryLine[] = [];
  for (const step of visibleSteps(context.form, state.answers, context.env)) {
    if (!(step.id in state.answers)) continue;
    const value = state.answers[step.id];
    const shown =
      value === null || value === undefined
        ? context.t('forms-summary-skipped')
        : cutForDisplay(context, await formatAnswer(step, value, stepContext(context, state.answers)));
    lines.push({ label: context.t(step.labelKey), value: shown });
  }
  return lines;
}

export async function showSummary(
  context: TurnContext,
  state: FormState,
  options: { error?: { key: string; args?: FluentArgs }; note?: string; replace?: boolean } = {},
): Promise<FormTurn> {
  const next: FormState = {
    ...state,
    stepId: 'summary',
    answers: keepVisibleAnswers(context.form, state.answers, context.env),
    nonce: newNonce(),
    editing: false,
    choosingEdit: false,
    offered: undefined,
    selection: undefined,
    prefill: undefined,
    pendingText: undefined,
  };
  const error = options.error ? context.t(options.error.key, options.error.args) : options.note;
  const view: FormView = {
    type: 'summary',
    nonce: next.nonce,
    title: context.t('forms-summary-title', { title: context.title }),
    lines: await summaryLines(context, next),
    ...(error ? { error } : {}),
    ...(options.replace ? { replace: true } : {}),
  };
  return { state: next, views: [view] };
}

async function showEditMenu(
  context: TurnContext,
  state: FormState,
  replace: boolean,
  error?: string,
): Promise<FormTurn> {
  const next: FormState = { ...state, nonce: newNonce(), choosingEdit: true };
  return {
    state: next,
    views: [
      {
        type: 'edit-menu',
        nonce: next.nonce,
        title: context.t('forms-edit-title'),
        lines: await summaryLines(context, state),
        ...(error ? { error } : {}),
        ...(replace ? { replace: true } : {}),
      },
    ],
  };
}

async function editStep(context: TurnContext, state: FormState, index: number, viaButton: boolean) {
  const step = visibleSteps(context.form, state.answers, context.env)[index];
  if (!step) return undefined;
  const turn = await askStep(context, { ...state, editing: true, choosingEdit: false }, step);
  const views: FormView[] = viaButton
    ? [{ type: 'answered', text: context.t('forms-editing', { label: context.t(step.labelKey) }) }]
    : [];
  return { state: turn.state, views: [...views, ...turn.views] };
}

/**
 * Files the draft. It is stored as "submitting" first: should the process stop after the records' commit but before
 * the session forgets the draft, the next update finishes it (`finishSubmission`) rather than offering it again.
 * The idempotency key is the same for every try of one draft, so finishing never files twice.
 */
export async function submitDraft(
  context: TurnContext,
  state: FormState,
  options: { viaButton: boolean; interrupted?: boolean },
): Promise<FormTurn> {
  const { form, env } = context;
  const draft: FormState = { ...state, submitting: undefined };
  await env.persistDraft?.({ ...draft, submitting: true });
  const idempotencyKey = `${form.id}:${env.member.id}:${state.draftId}`;
  const answers = publicAnswers(keepVisibleAnswers(form, draft.answers, env));
  const result = await form.submit(answers, env, idempotencyKey);
  if ('refusedKey' in result)
    return showSummary(context, draft, { error: { key: result.refusedKey, args: result.refusedArgs } });
  const views: FormView[] = [];
  if (options.interrupted) {
    views.push({ type: 'notice', text: context.t('forms-submit-finished', { title: context.title }) });
  } else if (options.viaButton) {
    const lines = await summaryLines(context, state);
    const summary = lines.map((line) => context.t('forms-summary-line', { ...line })).join('\n');
    views.push({ type: 'answered', text: context.t('forms-summary-sent', { summary }) });
  }
  const paragraphs = [
    context.t(result.ackKey, { ...result.ackArgs, reference: result.reference }),
    ...(result.notes ?? []).map((note) => context.t(note.key, note.args)),
  ];
  const text = paragraphs.join('\n\n');
  views.push({ type: 'submitted', text, reference: result.reference });
  return { state: undefined, views };
}

export function cancelDraft(context: TurnContext, viaButton: boolean): FormTurn {
  const text = context.t('forms-cancelled', { title: context.title });
  return { state: undefined, views: [{ type: viaButton ? 'answered' : 'notice', text }] };
}

/** A button pressed on the summary or on the list of answers to change. */
export async function summaryAction(
  context: TurnContext,
  state: FormState,
  action: FormAction,
): Promise<FormTurn> {
  const stale: FormTurn = { state, views: [], stale: true };
  switch (action.type) {
    case 'confirm':
      return state.choosingEdit ? stale : submitDraft(context, state, { viaButton: true });
    case 'edit':
      return state.choosingEdit ? stale : showEditMenu(context, state, true);
    case 'edit-step':
      return (state.choosingEdit && (await editStep(context, state, action.index, true))) || stale;
    case 'back':
      return state.choosingEdit ? showSummary(context, state, { replace: true }) : stale;
    default:
      return stale;
  }
}

/** Typed replies at the summary, as the text channel asks for them: OK, EDIT, CANCEL, or a number to change. */
export async function summaryReply(context: TurnContext, state: FormState, text: string): Promise<FormTurn> {
  if (isKeyword(text, 'cancel')) return cancelDraft(context, false);
  if (state.choosingEdit) {
    if (/^\d{1,2}$/.test(text.trim())) {
      const turn = await editStep(context, state, Number(text.trim()) - 1, false);
      if (turn) return turn;
    }
    if (isKeyword(text, 'back')) return showSummary(context, state);
    return showEditMenu(context, state, false, context.t('forms-error-edit-reply'));
  }
  if (isKeyword(text, 'confirm')) return submitDraft(context, state, { viaButton: false });
  if (isKeyword(text, 'edit')) return showEditMenu(context, state, false);
  return showSummary(context, state, { error: { key: 'forms-error-summary-reply' } });
}
