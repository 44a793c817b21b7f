// What every part of the engine needs while handling one input: the form, the env, translations, fresh nonces.
import crypto from 'node:crypto';
import type { Translate } from '../i18n';
import { publicAnswers } from './navigation';
import type { StepContext } from './steps';
import type { AnswerValue, FluentArgs, FormDefinition, FormEnv, FormState, StepDefinition } from './types';

export interface TurnContext {
  form: FormDefinition;
  env: FormEnv;
  translate: Translate;
  t(key: string, args?: FluentArgs): string;
  title: string;
  /** The env's clock as ISO text, for updatedAt. */
  nowIso: string;
}

export function turnContext(form: FormDefinition, env: FormEnv, translate: Translate): TurnContext {
  const t = (key: string, args?: FluentArgs) => translate(env.locale, key, args);
  return { form, env, translate, t, title: t(form.titleKey), nowIso: env.now.toISOString() };
}

export function stepContext(context: TurnContext, answers: FormState['answers']): StepContext {
  return {
    answers: publicAnswers(answers),
    env: context.env,
    locale: context.env.locale,
    translate: context.translate,
  };
}

/** Short and unguessable enough for one chat; fits callback data's 64 bytes with room to spare. */
export function newNonce(): string {
  return crypto.randomBytes(4).toString('hex');
}

export function newDraftId(): string {
  return crypto.randomBytes(6).toString('hex');
}

const FLUENT_KEY = /^[a-z][a-z0-9-]*$/;

/** Runs the step's validator; returns the Fluent key of the error, or undefined when the answer passes. */
export async function validateAnswer(
  step: StepDefinition,
  value: AnswerValue,
  context: TurnContext,
  answers: FormState['answers'],
): Promise<string | undefined> {
  const validate = step.validate;
  if (!validate) return undefined;
  if ('safeParse' in validate) {
    const result = validate.safeParse(value);
    if (result.success) return undefined;
    const message = result.error.issues[0]?.message ?? '';
    return FLUENT_KEY.test(message) ? message : 'forms-error-invalid';
  }
  // The union of step kinds makes the validator's parameter an intersection; the parser produced this kind's value.
  const check = validate as (value: AnswerValue, ...rest: [typeof answers, FormEnv]) => unknown;
  const result = await check(value, publicAnswers(answers), context.env);
  return typeof result === 'string' ? result : undefined;
}
