// What a form is made of: steps of known kinds, conditions, defaults, validators and the submit call; no channel types.
import type { Translate } from '../i18n';
import type { ZodType } from 'zod';
import type { Records } from '../records';
import type { MemberScope } from '../records/members';

export type Awaitable<T> = T | Promise<T>;

/** What a form's functions see; deliberately free of grammY so the Zalo channel can run the same forms. */
export interface FormEnv {
  member: MemberScope;
  records: Records;
  now: Date;
  locale: string;
  /** For values a step shows as they read in the member's language (a time zone's name), not for whole texts. */
  translate: Translate;
  /**
   * Stores the draft now, where the channel keeps it. The engine marks a draft "submitting" and stores it before the
   * submission, so a stop between the records' commit and the session write can be finished, not offered again.
   */
  persistDraft?: (state: FormState) => Promise<void>;
}

/** An amount in the currency's smallest unit (VND has none, so 20,000 VND is 20000; 50 USD is 5000). */
export interface MoneyAnswer {
  amountMinor: number;
  currency: string;
}

/**
 * A photo or document the member sent, downloaded by the channel when it arrived and kept by homecell (a StoredFile
 * row): never a channel's file id or URL, which another bot token or a day's wait makes useless.
 */
export interface FileAnswer {
  storedFileId?: number;
  /** Only in drafts from before files were kept (issue 12): the Telegram file id, submitted as it is. */
  fileId?: string;
  fileType: 'photo' | 'document';
  /** As read from the file's first bytes. */
  mimeType?: string;
}

/**
 * One answer, plain JSON only (the session stores it): choice value, text, number, confirm boolean,
 * ISO date 'YYYY-MM-DD', month list ['2026-11'], multi-choice values, country code 'KR', money or file.
 */
export type AnswerValue = string | number | boolean | string[] | MoneyAnswer | FileAnswer;

/** Answers by step id, as the form's functions see them; a skipped optional step has no key. */
export type Answers = Readonly<Record<string, AnswerValue>>;

export type FluentArgs = Record<string, string | number>;

/**
 * Checks an answer the step's parser accepted. A function returns a Fluent key (the error shown) or
 * undefined; a zod schema fails with a Fluent key as its issue message (`z.number().max(5, 'my-key')`).
 * Validators check only: the stored answer is always the parser's plain value.
 */
export type Validator<V> =
  ZodType | ((value: V, answers: Answers, env: FormEnv) => Awaitable<string | undefined>);

interface StepCommon<V> {
  /** Key of the answer; short, stable across deploys (drafts in sessions refer to it). */
  id: string;
  /** Fluent key of the question. */
  promptKey: string;
  /** May read the records (a renewal quotes the absence it renews). */
  promptArgs?: (answers: Answers, env: FormEnv) => Awaitable<FluentArgs>;
  /** Fluent key of the short label shown in the summary and the edit menu. */
  labelKey: string;
  /** An optional step offers Skip. */
  optional?: boolean;
  /** The step is asked only when this holds; answers of steps that stop applying are dropped. */
  when?: (answers: Answers, env: FormEnv) => boolean;
  /** A default offered as a one-tap answer ("same as last month"). */
  prefill?: (answers: Answers, env: FormEnv) => Awaitable<V | undefined>;
  /** Fluent key of the one-tap button's label, given { $value }; default "Use: { $value }". */
  prefillLabelKey?: string;
  validate?: Validator<V>;
}

export interface ChoiceOption {
  value: string;
  labelKey: string;
  labelArgs?: FluentArgs;
}

export type OptionsSource =
  readonly ChoiceOption[] | ((answers: Answers, env: FormEnv) => Awaitable<readonly ChoiceOption[]>);

export interface ChoiceStep extends StepCommon<string> {
  kind: 'choice';
  options: OptionsSource;
}

export interface MultiChoiceStep extends StepCommon<string[]> {
  kind: 'multi-choice';
  options: OptionsSource;
  /** Default 1. */
  minSelected?: number;
  maxSelected?: number;
}

export interface TextStep extends StepCommon<string> {
  kind: 'text';
  /** Default 1; a function reads it from the policy (`env.records.policy`). */
  minLength?: number | ((env: FormEnv) => number);
  /**
   * The prompt offers “Không có” / “None” for nothing to report (form 2C's part 3): that answer is taken as it is,
   * however short, and a too-short answer is told it may be that.
   */
  acceptsNone?: boolean;
  /** Fluent key of the "too short" error, given { $length } and { $min }, when the form can say what to write. */
  tooShortKey?: string;
  /** Default 4000; with multiMessage it limits the total. */
  maxLength?: number;
  /** "Send more, or press Done": messages are joined and the limit applies to the whole. */
  multiMessage?: boolean;
}

export interface NumberStep extends StepCommon<number> {
  kind: 'number';
  min?: number;
  max?: number;
  integer?: boolean;
}

export interface MoneyStep extends StepCommon<MoneyAnswer> {
  kind: 'money';
  /** ISO codes accepted, the first one assumed when the member types only a number. */
  currencies: readonly string[];
  /** Largest sensible amount per currency in whole units; larger is refused as a typo. */
  maxAmount?: Readonly<Record<string, number>>;
}

export interface MonthsStep extends StepCommon<string[]> {
  kind: 'months';
  /** The months on offer as 'YYYY-MM' (e.g. the unpaid ones); others are refused with a reason. */
  months: (answers: Answers, env: FormEnv) => Awaitable<readonly string[]>;
  /** Default 1. */
  minSelected?: number;
  maxSelected?: number;
}

export interface DateStep extends StepCommon<string> {
  kind: 'date';
  /** Earliest accepted date as 'YYYY-MM-DD'. */
  min?: (answers: Answers, env: FormEnv) => string | undefined;
  max?: (answers: Answers, env: FormEnv) => string | undefined;
}

export interface CountryStep extends StepCommon<string> {
  kind: 'country';
  /** Codes offered as buttons; default the most common destinations. */
  frequent?: readonly string[];
  /** When set, only these codes are accepted (e.g. abroad only: everything but VN). */
  allowed?: readonly string[];
}

export interface FileStep extends StepCommon<FileAnswer> {
  /** 'photo' takes a photo (or an image sent as a file); 'document' takes a file or a photo. */
  kind: 'photo' | 'document';
}

export interface ConfirmStep extends StepCommon<boolean> {
  kind: 'confirm';
}

export type StepDefinition =
  | ChoiceStep
  | MultiChoiceStep
  | TextStep
  | NumberStep
  | MoneyStep
  | MonthsStep
  | DateStep
  | CountryStep
  | FileStep
  | ConfirmStep;

export type StepKind = StepDefinition['kind'];

export interface SubmitAccepted {
  /** Short reference the member can quote ("CI-2026-11-42"). */
  reference: string;
  /** Fluent key of the acknowledgement; it receives ackArgs and { $reference }. */
  ackKey: string;
  ackArgs?: FluentArgs;
  /** Paragraphs added under the acknowledgement (what happens next, a contact to write to). */
  notes?: ReadonlyArray<{ key: string; args?: FluentArgs }>;
}

/** The records refused the submission (e.g. months paid meanwhile); the member is back at the summary. */
export interface SubmitRefused {
  refusedKey: string;
  refusedArgs?: FluentArgs;
}

export type SubmitResult = SubmitAccepted | SubmitRefused;

export interface FormDefinition {
  /** Short and stable: it is stored in drafts and goes into the idempotency key. */
  id: string;
  /** Fluent key of the form's name ("monthly check-in"). */
  titleKey: string;
  /** A command that starts the form (without the slash); optional, startForm works without it. */
  command?: string;
  steps: readonly StepDefinition[];
  /** Returns a Fluent key to refuse starting ("the review window is closed"). */
  onStartCheck?: (env: FormEnv) => Awaitable<string | undefined>;
  /**
   * Returns the id of another form to start in this one's place (its own checks apply): /away opens the withdrawal
   * when the member has a departure or application to take back.
   */
  startsInstead?: (env: FormEnv) => Awaitable<string | undefined>;
  /**
   * Stores the answers: one transaction plus an audit event. The key is the same for every retry of
   * one draft (double tap, re-delivered update), so store it (a unique column) and return the existing
   * record's reference when it is seen again.
   */
  submit: (answers: Answers, env: FormEnv, idempotencyKey: string) => Promise<SubmitResult>;
}

/** The draft in the session; plain JSON only (strings, numbers, booleans, arrays, plain objects). */
export interface FormState {
  formId: string;
  /** The step being asked, or 'summary'. */
  stepId: string;
  /** null marks a skipped optional step; a missing key is a step not asked yet. */
  answers: Record<string, AnswerValue | null>;
  /** Changes with every question message, so buttons of older messages are recognised as stale. */
  nonce: string;
  /** Fixed for the whole draft: goes into the idempotency key. */
  draftId: string;
  startedAt: string;
  updatedAt: string;
  /** Answering a step returns to the summary (the member chose Edit). */
  editing: boolean;
  /** The summary shows the list of answers to change. */
  choosingEdit?: boolean;
  /** Multi-message text received so far. */
  pendingText?: string;
  /** Multi-choice or month toggles not yet confirmed with Done. */
  selection?: string[];
  /** Option values as offered with the current question, so a press maps to what the member saw. */
  offered?: string[];
  /** The one-tap default as offered with the current question. */
  prefill?: AnswerValue;
  /** A different form the member asked to start; waiting for Continue or Discard. */
  pendingSwitch?: string;
  /**
   * The member confirmed and the submission started: if this draft is ever read again, the process stopped before
   * the member was told, and the engine finishes the submission (it is idempotent) instead of offering the form.
   */
  submitting?: boolean;
}
