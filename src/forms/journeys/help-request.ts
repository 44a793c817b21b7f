// "I have difficulties" or "I am thinking of leaving the Party": recorded at once for the secretary to call (DOMAIN).
import type { RequestKind } from '../../generated/prisma/client';
import { REQUEST_MAX_CHARS } from '../../records/requests';
import { textAnswer } from '../answers';
import type { FormDefinition } from '../types';

export const helpRequestForm: FormDefinition = {
  id: 'help-me',
  titleKey: 'helpme-title',
  command: 'help_me',
  steps: [
    {
      id: 'kind',
      kind: 'choice',
      promptKey: 'helpme-ask-kind',
      labelKey: 'helpme-label-kind',
      options: [
        { value: 'difficulty', labelKey: 'helpme-kind-difficulty' },
        { value: 'leave', labelKey: 'helpme-kind-leave' },
      ],
    },
    {
      id: 'text',
      kind: 'text',
      promptKey: 'helpme-ask-text',
      labelKey: 'helpme-label-text',
      promptArgs: (answers) => ({ kind: String(answers.kind) }),
      minLength: 5,
      maxLength: REQUEST_MAX_CHARS,
      multiMessage: true,
    },
  ],
  submit: async (answers, env, idempotencyKey) => {
    const kind = textAnswer(answers, 'kind') as RequestKind;
    const result = await env.records.requests.create(env.member.id, {
      kind,
      text: textAnswer(answers, 'text') ?? '',
      sourceKey: idempotencyKey,
      now: env.now,
    });
    if (result.outcome === 'refused') return { refusedKey: `helpme-refused-${result.reason}` };
    return { reference: `REQ-${result.request.id}`, ackKey: 'helpme-ack', ackArgs: { kind } };
  },
};
