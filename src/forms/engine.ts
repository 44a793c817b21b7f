// The form engine: starts, continues, expires and ends drafts; channel-neutral (inputs in, views out).
import type { Translate } from '../i18n';
import { isKeyword } from './keywords';
import { firstUnanswered, stepById, visibleSteps } from './navigation';
import { answerByButton, answerByMessage, askStep, goToNext, showCollected } from './questions';
import { cancelDraft, showSummary, submitDraft, summaryAction, summaryReply } from './summary';
import { newDraftId, newNonce, turnContext, type TurnContext } from './turn-context';
import type { FormDefinition, FormEnv, FormState } from './types';
import type { FormInput, FormTurn } from './views';

export const DEFAULT_DRAFT_TTL_DAYS = 7;
const DAY_MS = 86_400_000;
const FORM_ID = /^[a-z][a-z0-9-]{0,23}$/;

export interface FormEngineOptions {
  forms: readonly FormDefinition[];
  translate: Translate;
  /** Drafts untouched for longer are discarded (with a notice) when the member next writes. */
  draftTtlDays?: number;
}

export class FormEngine {
  readonly draftTtlDays: number;
  private readonly forms = new Map<string, FormDefinition>();
  private readonly translate: Translate;

  constructor(options: FormEngineOptions) {
    this.translate = options.translate;
    this.draftTtlDays = options.draftTtlDays ?? DEFAULT_DRAFT_TTL_DAYS;
    for (const form of options.forms) {
      // Ids live in sessions and idempotency keys; a clash or a typo must stop start-up, not lose drafts.
      if (!FORM_ID.test(form.id)) throw new Error(`form id "${form.id}" must match ${FORM_ID}`);
      if (this.forms.has(form.id)) throw new Error(`form id "${form.id}" is registered twice`);
      const stepIds = new Set(form.steps.map((step) => step.id));
      if (stepIds.size !== form.steps.length || stepIds.has('summary'))
        throw new Error(`form "${form.id}" has duplicate step ids or a step named "summary"`);
      this.forms.set(form.id, form);
    }
  }

  get definitions(): FormDefinition[] {
    return [...this.forms.values()];
  }

  form(formId: string): FormDefinition | undefined {
    return this.forms.get(formId);
  }

  titleOf(formId: string, locale: string): string {
    const form = this.forms.get(formId);
    return this.translate(locale, form ? form.titleKey : 'forms-unknown-title');
  }

  isExpired(state: FormState, now: Date): boolean {
    const updated = Date.parse(state.updatedAt);
    return !Number.isFinite(updated) || now.getTime() - updated > this.draftTtlDays * DAY_MS;
  }

  expiryNotice(state: FormState, locale: string): string {
    return this.translate(locale, 'forms-expired', {
      title: this.titleOf(state.formId, locale),
      days: this.draftTtlDays,
    });
  }

  private context(form: FormDefinition, env: FormEnv): TurnContext {
    return turnContext(form, env, this.translate);
  }

  /** Starts a form, or continues its draft, or asks before putting aside a draft of another form. */
  async start(formId: string, current: FormState | undefined, env: FormEnv): Promise<FormTurn> {
    const form = this.forms.get(formId);
    if (!form) throw new Error(`no form "${formId}" is registered`);
    const instead = await form.startsInstead?.(env);
    if (instead && instead !== formId && this.forms.has(instead)) return this.start(instead, current, env);
    const context = this.context(form, env);
    const refusal = await form.onStartCheck?.(env);
    if (refusal) return { state: current, views: [{ type: 'notice', text: context.t(refusal) }] };
    if (current && this.forms.has(current.formId)) {
      if (current.formId === formId)
        return this.resume(current, env, context.t('forms-resumed', { title: context.title }));
      const nonce = newNonce();
      const currentTitle = this.titleOf(current.formId, env.locale);
      return {
        state: { ...current, pendingSwitch: formId, nonce },
        views: [
          {
            type: 'switch',
            nonce,
            text: context.t('forms-switch-ask', { current: currentTitle, next: context.title }),
            currentTitle,
            nextTitle: context.title,
          },
        ],
      };
    }
    return this.startFresh(context);
  }

  private async startFresh(context: TurnContext, note?: string): Promise<FormTurn> {
    const state: FormState = {
      formId: context.form.id,
      stepId: 'summary',
      answers: {},
      nonce: newNonce(),
      draftId: newDraftId(),
      startedAt: context.nowIso,
      updatedAt: context.nowIso,
      editing: false,
    };
    const step = firstUnanswered(context.form, state.answers, context.env);
    return step ? askStep(context, state, step, { note }) : showSummary(context, state, { note });
  }

  /** Shows the draft's current question (or summary) again, e.g. after /help or a restart. */
  async resume(state: FormState, env: FormEnv, note?: string): Promise<FormTurn> {
    const form = this.forms.get(state.formId);
    if (!form) return { state: undefined, views: [] };
    const context = this.context(form, env);
    const current: FormState = { ...state, pendingSwitch: undefined, updatedAt: context.nowIso };
    if (current.stepId === 'summary') return showSummary(context, current, { note });
    const step = stepById(form, current.stepId);
    const applies = step && visibleSteps(form, current.answers, env).includes(step);
    if (!step || !applies) return goToNext(context, current, []);
    const turn = await askStep(context, current, step, { note, keepSelection: true });
    if (!current.pendingText || !turn.state) return turn;
    // Text collected so far survives; its Done button comes with a fresh message.
    const collected = showCollected(context, { ...turn.state, pendingText: current.pendingText }, step);
    return { state: collected.state, views: [...turn.views, ...collected.views] };
  }

  /**
   * A draft read back in "submitting" state: the member confirmed, and the process stopped before they were told.
   * The submission is made again (the records return the one already filed, or file it now) and acknowledged.
   */
  async finishSubmission(state: FormState, env: FormEnv): Promise<FormTurn> {
    const form = this.forms.get(state.formId);
    if (!form) return { state: undefined, views: [] };
    return submitDraft(this.context(form, env), state, { viaButton: false, interrupted: true });
  }

  cancel(state: FormState, env: FormEnv): FormTurn {
    const form = this.forms.get(state.formId);
    if (!form) return { state: undefined, views: [] };
    return cancelDraft(this.context(form, env), false);
  }

  /**
   * The kind of file the draft's current question takes, or undefined when a file would not answer it: the channel
   * downloads and keeps a file only then (nothing is written for a photo sent to a text question or the summary).
   */
  expectedFile(state: FormState): 'photo' | 'document' | undefined {
    const form = this.forms.get(state.formId);
    if (!form || state.pendingSwitch || state.stepId === 'summary') return undefined;
    const step = stepById(form, state.stepId);
    return step?.kind === 'photo' || step?.kind === 'document' ? step.kind : undefined;
  }

  /** One input from the member: a typed text, a file, other media, or a button press (checked against the nonce). */
  async handle(state: FormState, input: FormInput, env: FormEnv): Promise<FormTurn> {
    const form = this.forms.get(state.formId);
    if (!form) {
      // The form was removed by a deploy: the draft cannot go on.
      const text = this.translate(env.locale, 'forms-gone');
      return { state: undefined, views: [{ type: 'notice', text }], stale: input.type === 'action' };
    }
    const context = this.context(form, env);
    const current: FormState = { ...state, updatedAt: context.nowIso };
    if (input.type === 'action') {
      if (input.nonce !== state.nonce) return { state, views: [], stale: true };
      const { action } = input;
      if (action.type === 'cancel') return cancelDraft(context, true);
      if (current.pendingSwitch) {
        if (action.type === 'continue') return this.resume(current, env);
        if (action.type === 'discard') return this.discardFor(current, env);
        return { state, views: [], stale: true };
      }
      if (current.stepId === 'summary') return summaryAction(context, current, action);
      const step = stepById(form, current.stepId);
      if (!step) return { state, views: [], stale: true };
      return answerByButton(context, current, step, action);
    }
    if (current.pendingSwitch && input.type === 'text') {
      const text = input.text.trim();
      if (text === '1' || isKeyword(text, 'continue')) return this.resume(current, env);
      if (text === '2' || isKeyword(text, 'discard')) return this.discardFor(current, env);
    }
    current.pendingSwitch = undefined;
    // The text channel has no /cancel command; "CANCEL" / "HỦY" on its own ends the draft anywhere.
    if (input.type === 'text' && isKeyword(input.text, 'cancel')) return cancelDraft(context, false);
    if (current.stepId === 'summary') {
      if (input.type === 'text') return summaryReply(context, current, input.text);
      return showSummary(context, current, { error: { key: 'forms-error-summary-reply' } });
    }
    const step = stepById(form, current.stepId);
    if (!step) return goToNext(context, current, []);
    return answerByMessage(context, current, step, input);
  }

  private async discardFor(state: FormState, env: FormEnv): Promise<FormTurn> {
    const next = this.forms.get(state.pendingSwitch ?? '');
    if (!next) return this.resume(state, env);
    const note = this.translate(env.locale, 'forms-discarded', {
      title: this.titleOf(state.formId, env.locale),
    });
    const context = this.context(next, env);
    // The start check ran when the member asked; run it again, time has passed.
    const refusal = await next.onStartCheck?.(env);
    if (refusal)
      return { state: undefined, views: [{ type: 'notice', text: `${note}\n${context.t(refusal)}` }] };
    return this.startFresh(context, note);
  }
}
