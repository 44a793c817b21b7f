// Which steps apply given the answers so far, which comes next, and which answers a submit may see.
import type { AnswerValue, Answers, FormDefinition, FormEnv, FormState, StepDefinition } from './types';

/** The answers as form functions see them: skipped steps (null in the draft) have no key. */
export function publicAnswers(answers: FormState['answers']): Answers {
  const visible: Record<string, AnswerValue> = {};
  for (const [key, value] of Object.entries(answers)) if (value !== null) visible[key] = value;
  return visible;
}

/** Steps in order whose `when` holds; each condition sees the answers of the steps before it only. */
export function visibleSteps(
  form: FormDefinition,
  answers: FormState['answers'],
  env: FormEnv,
): StepDefinition[] {
  const steps: StepDefinition[] = [];
  const seen: Record<string, AnswerValue | null> = {};
  for (const step of form.steps) {
    if (!step.when || step.when(publicAnswers(seen), env)) {
      steps.push(step);
      if (step.id in answers) seen[step.id] = answers[step.id]!;
    }
  }
  return steps;
}

/** Drops answers of steps that no longer apply (an edit changed a condition), so submit never sees them. */
export function keepVisibleAnswers(
  form: FormDefinition,
  answers: FormState['answers'],
  env: FormEnv,
): FormState['answers'] {
  const kept: FormState['answers'] = {};
  for (const step of visibleSteps(form, answers, env))
    if (step.id in answers) kept[step.id] = answers[step.id]!;
  return kept;
}

/** The first applicable step not answered or skipped yet; undefined when the summary is next. */
export function firstUnanswered(
  form: FormDefinition,
  answers: FormState['answers'],
  env: FormEnv,
): StepDefinition | undefined {
  return visibleSteps(form, answers, env).find((step) => !(step.id in answers));
}

export function stepById(form: FormDefinition, stepId: string): StepDefinition | undefined {
  return form.steps.find((step) => step.id === stepId);
}
