// The return home (DOMAIN duty 5): the date, the report to the cell, and the host organisation's confirmed review.
import { today } from '../../domain/periods';
import { fileAnswer, textAnswer } from '../answers';
import type { FormDefinition, FormEnv } from '../types';

const memberToday = (env: FormEnv) => today(env.now, env.member.timezone);

export const returnForm: FormDefinition = {
  id: 'back',
  titleKey: 'back-title',
  command: 'back',
  onStartCheck: async (env) => {
    if (await env.records.absences.openAbsence(env.member.id, env.now)) return undefined;
    // Filed for a later day: not left yet, so nothing to end; /away takes it back.
    return (await env.records.absences.withdrawable(env.member.id, env.now))
      ? 'back-not-left-yet'
      : 'back-not-away';
  },
  steps: [
    {
      id: 'returnedOn',
      kind: 'date',
      promptKey: 'back-ask-returned-on',
      labelKey: 'back-label-returned-on',
      // The departure date bounds it; the records check it again against the absence at submit.
      max: (_answers, env) => memberToday(env),
      prefill: (_answers, env) => memberToday(env),
      prefillLabelKey: 'back-today',
    },
    {
      id: 'report',
      kind: 'text',
      promptKey: 'back-ask-report',
      labelKey: 'back-label-report',
      minLength: 10,
      maxLength: 4000,
      multiMessage: true,
    },
    {
      id: 'hostReview',
      kind: 'document',
      promptKey: 'back-ask-host-review',
      labelKey: 'back-label-host-review',
      optional: true,
    },
  ],
  submit: async (answers, env, idempotencyKey) => {
    const result = await env.records.absences.recordReturn(env.member.id, {
      returnedOn: textAnswer(answers, 'returnedOn') ?? '',
      report: textAnswer(answers, 'report') ?? '',
      reportStoredFileId: fileAnswer(answers, 'hostReview')?.storedFileId ?? null,
      reportFileId: fileAnswer(answers, 'hostReview')?.fileId ?? null,
      sourceKey: idempotencyKey,
      now: env.now,
    });
    if (result.outcome === 'refused') return { refusedKey: `back-refused-${result.reason}` };
    return {
      reference: `BACK-${result.absence.id}`,
      ackKey: 'back-ack',
      ackArgs: { days: env.records.policy.return.reportWithinDays },
    };
  },
};
