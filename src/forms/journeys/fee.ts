// Party-fee confirmation (DOMAIN duty 2, product rules 1-2): months covered, amount, method, optional receipt.
import { formatMonths } from '../../presentation/formats';
import type { FeeMethod } from '../../generated/prisma/client';
import { fileAnswer, listAnswer, moneyAnswer, textAnswer } from '../answers';
import type { FormDefinition, FormEnv } from '../types';

export const FEE_METHODS: readonly FeeMethod[] = ['bank_transfer', 'family', 'in_person', 'public_portal'];

/** VND first: most pay at home or through family; then the currencies of the usual destinations. */
export const FEE_CURRENCIES = ['VND', 'KRW', 'JPY', 'TWD', 'CZK', 'EUR', 'USD', 'MYR', 'SGD'] as const;

const payable = (env: FormEnv) => env.records.fees.payableMonths(env.member.id, env.now);

export const feeForm: FormDefinition = {
  id: 'fee',
  titleKey: 'fee-title',
  command: 'fee',
  onStartCheck: async (env) => ((await payable(env)).length === 0 ? 'fee-nothing-to-pay' : undefined),
  steps: [
    {
      id: 'months',
      kind: 'months',
      promptKey: 'fee-ask-months',
      labelKey: 'fee-label-months',
      months: (_answers, env) => payable(env),
    },
    {
      id: 'amount',
      kind: 'money',
      promptKey: 'fee-ask-amount',
      labelKey: 'fee-label-amount',
      currencies: FEE_CURRENCIES,
      // The expected fee for the chosen months, one tap when the member paid exactly that in VND.
      prefill: async (answers, env) => {
        const months = listAnswer(answers, 'months') ?? [];
        const { monthlyFeeVnd } = await env.records.members.profileOf(env.member.id);
        if (monthlyFeeVnd <= 0 || months.length === 0) return undefined;
        return { amountMinor: monthlyFeeVnd * months.length, currency: 'VND' };
      },
      prefillLabelKey: 'fee-expected-amount',
    },
    {
      id: 'method',
      kind: 'choice',
      promptKey: 'fee-ask-method',
      labelKey: 'fee-label-method',
      options: FEE_METHODS.map((value) => ({ value, labelKey: `fee-method-${value.replace(/_/g, '-')}` })),
    },
    {
      id: 'receipt',
      kind: 'photo',
      promptKey: 'fee-ask-receipt',
      labelKey: 'fee-label-receipt',
      optional: true,
    },
  ],
  submit: async (answers, env, idempotencyKey) => {
    const months = listAnswer(answers, 'months') ?? [];
    const amount = moneyAnswer(answers, 'amount');
    const method = textAnswer(answers, 'method') as FeeMethod | undefined;
    if (!amount || !method) return { refusedKey: 'forms-error-invalid' };
    const result = await env.records.fees.declare(env.member.id, {
      months,
      amountMinor: amount.amountMinor,
      currency: amount.currency,
      method,
      receiptStoredFileId: fileAnswer(answers, 'receipt')?.storedFileId ?? null,
      receiptFileId: fileAnswer(answers, 'receipt')?.fileId ?? null,
      sourceKey: idempotencyKey,
      now: env.now,
    });
    if (result.outcome === 'refused')
      return {
        refusedKey: `fee-refused-${result.reason}`,
        refusedArgs: { months: formatMonths(result.months, env.locale) },
      };
    return {
      reference: `FEE-${result.payment.id}`,
      ackKey: 'fee-ack',
      ackArgs: {
        months: formatMonths(result.payment.months, env.locale),
        count: result.payment.months.length,
      },
    };
  },
};
