// /away when the member has something to take back: cancel a departure that has not begun, or withdraw an application
// not decided yet. One choice and a confirmation; the records make it 'withdrawn', which changes nothing (rule 11).
import { formatDate } from '../../presentation/formats';
import type { WithdrawableAbsence } from '../../records/absences';
import { textAnswer } from '../answers';
import type { ChoiceOption, FormDefinition, FormEnv } from '../types';

const KEEP = 'keep';
const WITHDRAW = 'withdraw:';

const withdrawable = (env: FormEnv) => env.records.absences.withdrawable(env.member.id, env.now);

/** What the member is taking back, in the words of the option and of the acknowledgement. */
export function withdrawalArgs(
  absence: Pick<WithdrawableAbsence, 'arrangement' | 'startsOn' | 'begun' | 'undecided'>,
  locale: string,
) {
  return {
    arrangement: absence.arrangement ?? 'none',
    from: formatDate(absence.startsOn, locale),
    // Not begun: the departure is cancelled (decided or not); begun: only an undecided application can go.
    what: absence.begun ? 'application' : absence.undecided ? 'departure-and-application' : 'departure',
  };
}

export const awayWithdrawForm: FormDefinition = {
  id: 'away-withdraw',
  titleKey: 'away-withdraw-title',
  onStartCheck: async (env) => ((await withdrawable(env)) ? undefined : 'away-withdraw-nothing'),
  steps: [
    {
      id: 'action',
      kind: 'choice',
      promptKey: 'away-withdraw-ask',
      labelKey: 'away-withdraw-label',
      // The absence shown is the one withdrawn at the end: its id travels in the answer, so a decision taken in
      // between is never overridden.
      options: async (_answers, env): Promise<ChoiceOption[]> => {
        const absence = await withdrawable(env);
        const keep = { value: KEEP, labelKey: 'away-withdraw-keep' };
        if (!absence) return [keep];
        return [
          {
            value: `${WITHDRAW}${absence.id}`,
            labelKey: 'away-withdraw-option',
            labelArgs: withdrawalArgs(absence, env.locale),
          },
          keep,
        ];
      },
    },
  ],
  submit: async (answers, env, idempotencyKey) => {
    const action = textAnswer(answers, 'action') ?? KEEP;
    if (!action.startsWith(WITHDRAW)) return { reference: '-', ackKey: 'away-withdraw-kept' };
    const absenceId = Number(action.slice(WITHDRAW.length));
    const result = await env.records.absences.withdraw(env.member.id, {
      absenceId,
      sourceKey: idempotencyKey,
      now: env.now,
    });
    if (result.outcome === 'refused') return { refusedKey: 'away-withdraw-refused' };
    const { absence, withdrawal } = result;
    return {
      reference: `AWAY-${absence.id}`,
      ackKey: 'away-withdraw-ack',
      ackArgs: withdrawalArgs({ ...absence, ...withdrawal }, env.locale),
    };
  },
};
