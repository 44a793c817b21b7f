// Shared setup of the engine's unit tests: real translations, a fake member, and a driver that checks every draft is plain JSON.
import { FormEngine } from '../../../src/forms/engine';
import type { Answers, FormDefinition, FormEnv, FormState } from '../../../src/forms/types';
import type { FormInput, FormTurn, FormView, QuestionView } from '../../../src/forms/views';
import { createI18n, translator } from '../../../src/i18n';
import type { Records } from '../../../src/records';
import type { MemberScope } from '../../../src/records/members';
import { sampleForm } from './sample-form';

export const translate = translator(createI18n('vi'), 'vi');
export const NOW = new Date('2026-11-22T03:00:00Z');

export const member: MemberScope = {
  id: 7,
  fullName: 'Lê Văn Minh',
  role: 'member',
  status: 'active',
  locale: 'vi',
  timezone: 'Asia/Seoul',
  cellId: 1,
  cellName: 'Chi bộ thôn Hải Thanh',
  officerUnitId: null,
  channels: ['telegram'],
  reachable: true,
};

export function envOf(locale = 'vi', now = NOW): FormEnv {
  return { member, records: {} as Records, now, locale, translate };
}

export function engineWith(forms: FormDefinition[], draftTtlDays = 7): FormEngine {
  return new FormEngine({ forms, translate, draftTtlDays });
}

/** The draft must survive the session store unchanged: plain JSON only. */
export function expectPlainJson(state: FormState | undefined): void {
  if (state) expect(JSON.parse(JSON.stringify(state))).toEqual(state);
}

export function lastQuestion(turn: FormTurn): QuestionView {
  const question = turn.views.filter((view): view is QuestionView => view.type === 'question').at(-1);
  if (!question) throw new Error(`no question in ${JSON.stringify(turn.views)}`);
  return question;
}

export function viewOf<T extends FormView['type']>(turn: FormTurn, type: T): Extract<FormView, { type: T }> {
  const view = turn.views.find((candidate) => candidate.type === type);
  if (!view) throw new Error(`no ${type} view in ${JSON.stringify(turn.views)}`);
  return view as Extract<FormView, { type: T }>;
}

/** Plays a member: each call feeds one input to the current draft and keeps the result. */
export class Driver {
  state: FormState | undefined;
  turn: FormTurn = { state: undefined, views: [] };

  constructor(
    readonly engine: FormEngine,
    readonly env: FormEnv = envOf(),
  ) {}

  async start(formId: string): Promise<FormTurn> {
    return this.keep(await this.engine.start(formId, this.state, this.env));
  }

  async say(text: string): Promise<FormTurn> {
    return this.input({ type: 'text', text });
  }

  async press(action: Extract<FormInput, { type: 'action' }>['action'], nonce?: string): Promise<FormTurn> {
    return this.input({ type: 'action', nonce: nonce ?? this.state!.nonce, action });
  }

  async input(input: FormInput): Promise<FormTurn> {
    if (!this.state) throw new Error('no draft');
    return this.keep(await this.engine.handle(this.state, input, this.env));
  }

  private keep(turn: FormTurn): FormTurn {
    expectPlainJson(turn.state);
    this.turn = turn;
    if (!turn.stale) this.state = turn.state;
    return turn;
  }
}

/** The sample form with a submit that records its calls instead of writing. */
export function recordingForm(overrides: Partial<FormDefinition> = {}) {
  const calls: Array<{ answers: Answers; key: string }> = [];
  const form = sampleForm({
    submit: async (answers, _env, key) => {
      calls.push({ answers, key });
      return { reference: `RQ-${calls.length}`, ackKey: 'forms-sample-ack' };
    },
    ...overrides,
  });
  return { form, calls };
}

/** Answers the sample up to the summary, on the fee branch unless told otherwise. */
export async function fillSample(driver: Driver, topic = 2): Promise<void> {
  await driver.start('sample-help');
  await driver.press({ type: 'pick', index: topic });
  await driver.say('Tôi gửi phí qua người nhà ở quê.');
  await driver.press({ type: 'done' });
  if (topic === 2) {
    await driver.press({ type: 'prefill' });
    await driver.press({ type: 'toggle', index: 1 });
    await driver.press({ type: 'toggle', index: 2 });
    await driver.press({ type: 'done' });
  }
  await driver.say('01/09/2026');
  await driver.press({ type: 'pick', index: 0 });
  await driver.say('bỏ qua');
  await driver.press({ type: 'pick', index: 0 });
}
