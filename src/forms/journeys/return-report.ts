// What a return still owes the cell (DOMAIN duty 5), sent after the return: the report when the cell recorded the
// end, and from abroad the self-review confirmed by the host organisation. Opened by /report (which picks the form for
// what is missing) or a reminder's button.
import { fileAnswer, textAnswer } from '../answers';
import type { FormDefinition, FormEnv } from '../types';

const owed = (env: FormEnv) => env.records.absenceChanges.returnOwed(env.member.id);

/** The report, and the confirmed review with it (optional: it may come later, the reminders go on until it is in). */
export const returnReportForm: FormDefinition = {
  id: 'return-report',
  titleKey: 'back-owed-title',
  onStartCheck: async (env) => {
    const what = await owed(env);
    if (!what) return 'back-owed-nothing-owed';
    // Only the confirmed review is missing: the host-review form asks for it alone.
    return what.reportMissing ? undefined : 'back-owed-nothing-owed';
  },
  steps: [
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
    const result = await env.records.absenceChanges.completeReturn(env.member.id, {
      report: textAnswer(answers, 'report') ?? null,
      hostReviewStoredFileId: fileAnswer(answers, 'hostReview')?.storedFileId ?? null,
      hostReviewFileId: fileAnswer(answers, 'hostReview')?.fileId ?? null,
      sourceKey: idempotencyKey,
      now: env.now,
    });
    if (result.outcome === 'refused') return { refusedKey: `back-owed-refused-${result.reason}` };
    return {
      reference: `BACK-${result.absenceId}`,
      ackKey: 'back-owed-ack',
      ackArgs: { hostReviewMissing: result.stillOwed?.hostReviewMissing ? 'yes' : 'no' },
    };
  },
};

/** Only the host organisation's confirmed self-review, when the report is in already. */
export const hostReviewForm: FormDefinition = {
  id: 'host-review',
  titleKey: 'back-owed-host-review-title',
  onStartCheck: async (env) => {
    const what = await owed(env);
    if (!what) return 'back-owed-nothing-owed';
    return what.hostReviewMissing ? undefined : 'back-owed-nothing-owed';
  },
  steps: [
    {
      id: 'hostReview',
      kind: 'document',
      promptKey: 'back-owed-ask-host-review',
      labelKey: 'back-label-host-review',
    },
  ],
  submit: async (answers, env, idempotencyKey) => {
    const result = await env.records.absenceChanges.completeReturn(env.member.id, {
      hostReviewStoredFileId: fileAnswer(answers, 'hostReview')?.storedFileId ?? null,
      hostReviewFileId: fileAnswer(answers, 'hostReview')?.fileId ?? null,
      sourceKey: idempotencyKey,
      now: env.now,
    });
    if (result.outcome === 'refused') return { refusedKey: `back-owed-refused-${result.reason}` };
    return {
      reference: `BACK-${result.absenceId}`,
      ackKey: 'back-owed-ack',
      ackArgs: { hostReviewMissing: 'no' },
    };
  },
};
