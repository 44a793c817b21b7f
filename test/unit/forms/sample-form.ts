// A test-only form touching every step kind; its submit writes a real Request keyed by the idempotency key.
import { DateTime } from 'luxon';
import type { FormDefinition, SubmitResult } from '../../../src/forms/types';
import { recordAudit } from '../../../src/records/audit';

/** The three months before `now` (UTC), as the sample offers them: 'YYYY-MM', oldest first. */
export function sampleMonths(now: Date): string[] {
  const month = DateTime.fromJSDate(now, { zone: 'UTC' }).startOf('month');
  return [3, 2, 1].map((back) => month.minus({ months: back }).toFormat('yyyy-MM'));
}

type Submit = FormDefinition['submit'];

/** Stores the answers as a Request; a key seen before returns the first record's reference. */
export const submitAsRequest: Submit = async (answers, env, idempotencyKey): Promise<SubmitResult> => {
  const { db } = env.records;
  const ack = (id: number): SubmitResult => ({ reference: `RQ-${id}`, ackKey: 'forms-sample-ack' });
  const existing = await db.request.findUnique({ where: { sourceKey: idempotencyKey } });
  if (existing) return ack(existing.id);
  const created = await db.$transaction(async (tx) => {
    const request = await tx.request.create({
      data: {
        memberId: env.member.id,
        kind: 'difficulty',
        text: JSON.stringify(answers),
        sourceKey: idempotencyKey,
        createdAt: env.now,
      },
    });
    await recordAudit(tx, {
      actorId: env.member.id,
      actorLabel: 'member',
      action: 'request.created',
      entity: 'Request',
      entityId: request.id,
      after: answers,
      at: env.now,
    });
    return request;
  });
  return ack(created.id);
};

export function sampleForm(overrides: Partial<FormDefinition> = {}): FormDefinition {
  return {
    id: 'sample-help',
    titleKey: 'forms-sample-title',
    command: 'samplehelp',
    steps: [
      {
        id: 'topic',
        kind: 'choice',
        promptKey: 'forms-sample-topic',
        labelKey: 'forms-sample-topic-label',
        options: ['work', 'family', 'fee', 'other'].map((value) => ({
          value,
          labelKey: `forms-sample-topic-${value}`,
        })),
      },
      {
        id: 'details',
        kind: 'text',
        promptKey: 'forms-sample-details',
        labelKey: 'forms-sample-details-label',
        minLength: 10,
        maxLength: 4000,
        multiMessage: true,
      },
      {
        id: 'amount',
        kind: 'money',
        promptKey: 'forms-sample-amount',
        labelKey: 'forms-sample-amount-label',
        currencies: ['VND', 'USD'],
        when: (answers) => answers.topic === 'fee',
        prefill: () => ({ amountMinor: 20000, currency: 'VND' }),
      },
      {
        id: 'months',
        kind: 'months',
        promptKey: 'forms-sample-months',
        labelKey: 'forms-sample-months-label',
        when: (answers) => answers.topic === 'fee',
        months: (_answers, env) => sampleMonths(env.now),
      },
      {
        id: 'startedOn',
        kind: 'date',
        promptKey: 'forms-sample-started',
        labelKey: 'forms-sample-started-label',
        min: () => '2020-01-01',
        max: (_answers, env) => DateTime.fromJSDate(env.now, { zone: 'UTC' }).toISODate()!,
      },
      {
        id: 'country',
        kind: 'country',
        promptKey: 'forms-sample-country',
        labelKey: 'forms-sample-country-label',
      },
      {
        id: 'photo',
        kind: 'photo',
        promptKey: 'forms-sample-photo',
        labelKey: 'forms-sample-photo-label',
        optional: true,
      },
      {
        id: 'wantsCall',
        kind: 'confirm',
        promptKey: 'forms-sample-call',
        labelKey: 'forms-sample-call-label',
      },
    ],
    submit: submitAsRequest,
    ...overrides,
  };
}
