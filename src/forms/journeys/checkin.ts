// The monthly check-in (DOMAIN duty 1, product rule 3): where the member is, work, health, difficulties, a call.
import { formatDate, formatMonth } from '../../presentation/formats';
import { lateCheckInWindow } from '../../domain/check-in-window';
import { currentMonth, type MonthKey } from '../../domain/periods';
import { fileAnswer, textAnswer, yesNoAnswer } from '../answers';
import type {
  AnswerValue,
  Answers,
  ChoiceOption,
  FormDefinition,
  FluentArgs,
  FormEnv,
  StepDefinition,
} from '../types';

export const CHECKIN_HEALTH = ['good', 'fair', 'poor'] as const;
export const CHECKIN_DIFFICULTIES = ['none', 'work', 'money', 'family', 'health', 'papers', 'other'] as const;

/** The month the form files: the one the member chose (a late one), else the current month. */
function monthOfForm(answers: Answers, env: FormEnv): MonthKey {
  return textAnswer(answers, 'month') ?? currentMonth(env.now, env.member.timezone);
}

/** The month's check-in when the member already sent one: the form then revises it. */
async function thisMonthsAnswers(
  answers: Answers,
  env: FormEnv,
): Promise<Record<string, unknown> | undefined> {
  return (await env.records.checkIns.forMonth(env.member.id, monthOfForm(answers, env)))?.answers;
}

/** The month just closed, while a late check-in may still be filed for it (issue 11 §7). */
const lateWindow = (env: FormEnv) => lateCheckInWindow(env.now, env.member.timezone, env.records.policy);

/**
 * Which month: offered only while the month just closed has no check-in and may still be filed late; otherwise no
 * option is left and the step is skipped (the current month, as before).
 */
async function monthOptions(_answers: Answers, env: FormEnv): Promise<ChoiceOption[]> {
  const late = lateWindow(env);
  if (!late || (await env.records.checkIns.forMonth(env.member.id, late.month))) return [];
  const month = currentMonth(env.now, env.member.timezone);
  return [
    {
      value: late.month,
      labelKey: 'checkin-month-late',
      labelArgs: { month: formatMonth(late.month, env.locale) },
    },
    { value: month, labelKey: 'checkin-month-current', labelArgs: { month: formatMonth(month, env.locale) } },
  ];
}

/** Revising this month's check-in offers each earlier answer as a one-tap "keep". */
function keepEarlier(id: string) {
  return async (answers: Answers, env: FormEnv): Promise<AnswerValue | undefined> => {
    const earlier = (await thisMonthsAnswers(answers, env))?.[id];
    return earlier === null ? undefined : (earlier as AnswerValue | undefined);
  };
}

/** "Same as last month": the place of the latest check-in, or where the member's absence says they went. */
async function lastKnownPlace(_answers: Answers, env: FormEnv): Promise<string | undefined> {
  const latest = await env.records.checkIns.lastCheckIn(env.member.id);
  if (latest?.place) return latest.place;
  return (await env.records.absences.openAbsence(env.member.id))?.place ?? undefined;
}

const keep = { prefillLabelKey: 'forms-keep' } as const;

/** Asked first in the late form only, so the plain check-in counts its steps as before. */
const monthStep: StepDefinition = {
  id: 'month',
  kind: 'choice',
  promptKey: 'checkin-ask-month',
  promptArgs: (_answers, env): FluentArgs => {
    const late = lateWindow(env);
    return late
      ? { month: formatMonth(late.month, env.locale), until: formatDate(late.lastDay, env.locale) }
      : {};
  },
  labelKey: 'checkin-label-month',
  options: monthOptions,
};

const steps: StepDefinition[] = [
  {
    id: 'place',
    kind: 'text',
    promptKey: 'checkin-ask-place',
    labelKey: 'checkin-label-place',
    minLength: 2,
    maxLength: 200,
    prefill: lastKnownPlace,
    prefillLabelKey: 'checkin-same-place',
  },
  {
    id: 'work',
    kind: 'text',
    promptKey: 'checkin-ask-work',
    labelKey: 'checkin-label-work',
    optional: true,
    maxLength: 300,
    prefill: async (answers, env) => (await keepEarlier('work')(answers, env)) as string | undefined,
    ...keep,
  },
  {
    id: 'health',
    kind: 'choice',
    promptKey: 'checkin-ask-health',
    labelKey: 'checkin-label-health',
    options: CHECKIN_HEALTH.map((value) => ({ value, labelKey: `checkin-health-${value}` })),
  },
  {
    id: 'difficulty',
    kind: 'choice',
    promptKey: 'checkin-ask-difficulty',
    labelKey: 'checkin-label-difficulty',
    options: CHECKIN_DIFFICULTIES.map((value) => ({ value, labelKey: `checkin-difficulty-${value}` })),
  },
  {
    id: 'difficultyDetails',
    kind: 'text',
    promptKey: 'checkin-ask-difficulty-details',
    labelKey: 'checkin-label-difficulty-details',
    minLength: 3,
    maxLength: 2000,
    when: (answers) => answers.difficulty !== undefined && answers.difficulty !== 'none',
    prefill: async (answers, env) =>
      (await keepEarlier('difficultyDetails')(answers, env)) as string | undefined,
    ...keep,
  },
  {
    id: 'wantsCall',
    kind: 'confirm',
    promptKey: 'checkin-ask-call',
    labelKey: 'checkin-label-call',
  },
  {
    id: 'photo',
    kind: 'photo',
    promptKey: 'checkin-ask-photo',
    labelKey: 'checkin-label-photo',
    optional: true,
  },
];

/** Files the month chosen (late or current), or the current month when no month was asked. */
const submitCheckIn: FormDefinition['submit'] = async (answers, env, idempotencyKey) => {
  const wantsCall = yesNoAnswer(answers, 'wantsCall') ?? false;
  const stored = {
    place: textAnswer(answers, 'place'),
    work: textAnswer(answers, 'work') ?? null,
    health: textAnswer(answers, 'health'),
    difficulty: textAnswer(answers, 'difficulty'),
    difficultyDetails: textAnswer(answers, 'difficultyDetails') ?? null,
    wantsCall,
    photo: fileAnswer(answers, 'photo') ?? null,
  };
  const chosen = textAnswer(answers, 'month');
  const result = await env.records.checkIns.submit(env.member.id, stored, {
    sourceKey: idempotencyKey,
    now: env.now,
    ...(chosen ? { month: chosen } : {}),
  });
  if (result.outcome === 'refused')
    return {
      refusedKey: `checkin-refused-${result.reason}`,
      refusedArgs: { month: formatMonth(result.month, env.locale) },
    };
  const { checkIn } = result;
  return {
    reference: `CI-${checkIn.month.replace('-', '')}-${checkIn.id}`,
    ackKey: 'checkin-ack',
    ackArgs: {
      month: formatMonth(checkIn.month, env.locale),
      revision: checkIn.revision,
      call: wantsCall ? 'yes' : 'no',
    },
    // Recorded as late: the month counts as contact, and the secretary sees it was late.
    notes: checkIn.late
      ? [{ key: 'checkin-ack-late', args: { month: formatMonth(checkIn.month, env.locale) } }]
      : [],
  };
};

export const checkinForm: FormDefinition = {
  id: 'checkin',
  titleKey: 'checkin-title',
  command: 'checkin',
  steps,
  // While the month just closed may still be filed late and has no check-in, the member is asked which month first.
  startsInstead: async (env) => ((await monthOptions({}, env)).length > 0 ? lateCheckinForm.id : undefined),
  submit: submitCheckIn,
};

/** The check-in with "which month?" first: the month just closed (late) or the current one (issue 11 §7). */
export const lateCheckinForm: FormDefinition = {
  id: 'checkin-late',
  titleKey: 'checkin-title',
  steps: [monthStep, ...steps],
  submit: submitCheckIn,
};
