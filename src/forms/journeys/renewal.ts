// Renewing an exemption or a temporary transfer before (or after) it ends: the same place, work and reason as the
// absence in force, only the new end date is asked; filed as an application through the same steps (DOMAIN duty 3).
import { formatDate } from '../../presentation/formats';
import { textAnswer } from '../answers';
import type { FormDefinition, FormEnv } from '../types';

const renewable = (env: FormEnv) => env.records.absenceChanges.renewable(env.member.id, env.now);

export const renewalForm: FormDefinition = {
  id: 'renewal',
  titleKey: 'renew-title',
  command: 'renew',
  onStartCheck: async (env) => {
    const found = await renewable(env);
    return found.outcome === 'renewable' ? undefined : `renew-refused-${found.reason}`;
  },
  steps: [
    {
      id: 'endsOn',
      kind: 'date',
      promptKey: 'renew-ask-ends-on',
      labelKey: 'renew-label-ends-on',
      // The absence renewed is quoted as it stands in the records: nothing of it is asked again.
      promptArgs: async (_answers, env) => {
        const found = await renewable(env);
        if (found.outcome !== 'renewable')
          return { arrangement: 'none', place: '-', reason: '-', endsOn: '-', from: '-', latest: '-' };
        const { absence } = found;
        return {
          arrangement: absence.arrangement,
          place: absence.place ?? absence.countryCode,
          reason: absence.reason ?? '-',
          endsOn: formatDate(absence.expectedEndOn, env.locale),
          from: formatDate(absence.renewalStartsOn, env.locale),
          latest: formatDate(absence.latestEndOn, env.locale),
        };
      },
      validate: async (value: string, _answers, env) => {
        const found = await renewable(env);
        if (found.outcome !== 'renewable') return `renew-refused-${found.reason}`;
        const { absence } = found;
        return value > absence.expectedEndOn && value <= absence.latestEndOn
          ? undefined
          : 'renew-error-ends-on';
      },
    },
  ],
  submit: async (answers, env, idempotencyKey) => {
    const result = await env.records.absenceChanges.fileRenewal(env.member.id, {
      expectedEndOn: textAnswer(answers, 'endsOn') ?? '',
      sourceKey: idempotencyKey,
      now: env.now,
    });
    if (result.outcome === 'refused') return { refusedKey: `renew-refused-${result.reason}` };
    return {
      reference: `AWAY-${result.absenceId}`,
      ackKey: 'renew-ack',
      ackArgs: {
        arrangement: result.arrangement,
        from: formatDate(result.startsOn, env.locale),
        until: formatDate(result.expectedEndOn, env.locale),
      },
    };
  },
};
