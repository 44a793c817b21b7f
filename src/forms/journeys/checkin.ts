// The monthly check-in (DOMAIN duty 1, product rule 3): where the member is, work, health, difficulties, a call.
import { currentMonth } from '../../domain/periods';
import { fileAnswer, textAnswer, yesNoAnswer } from '../answers';
import { formatMonth } from '../steps/months';
import type { AnswerValue, Answers, FormDefinition, FormEnv, StepDefinition } from '../types';

export const CHECKIN_HEALTH = ['good', 'fair', 'poor'] as const;
export const CHECKIN_DIFFICULTIES = ['none', 'work', 'money', 'family', 'health', 'papers', 'other'] as const;

/** This month's check-in when the member already sent one: the form then revises it. */
async function thisMonthsAnswers(env: FormEnv): Promise<Record<string, unknown> | undefined> {
  const month = currentMonth(env.now, env.member.timezone);
  return (await env.records.checkIns.forMonth(env.member.id, month))?.answers;
}

/** Revising this month's check-in offers each earlier answer as a one-tap "keep". */
function keepEarlier(id: string) {
  return async (_answers: Answers, env: FormEnv): Promise<AnswerValue | undefined> => {
    const earlier = (await thisMonthsAnswers(env))?.[id];
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

export const checkinForm: FormDefinition = {
  id: 'checkin',
  titleKey: 'checkin-title',
  command: 'checkin',
  steps,
  submit: async (answers, env, idempotencyKey) => {
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
    const result = await env.records.checkIns.submit(env.member.id, stored, {
      sourceKey: idempotencyKey,
      now: env.now,
    });
    if (result.outcome === 'refused')
      return {
        refusedKey: `checkin-refused-${result.reason}`,
        refusedArgs: { month: formatMonth(result.month) },
      };
    const { checkIn } = result;
    return {
      reference: `CI-${checkIn.month.replace('-', '')}-${checkIn.id}`,
      ackKey: 'checkin-ack',
      ackArgs: {
        month: formatMonth(checkIn.month),
        revision: checkIn.revision,
        call: wantsCall ? 'yes' : 'no',
      },
    };
  },
};
