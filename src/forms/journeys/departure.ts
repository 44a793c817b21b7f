// The departure wizard (DOMAIN duty 3, product rule 6): where, how long, what kind of work; it recommends the arrangement.
import { formatDate } from '../../presentation/formats';
import { zoneName } from '../../presentation/zones';
import { getCountry } from 'countries-and-timezones';
import { recommendArrangement, type ArrangementAdvice, type ArrangementChoice } from '../../domain/departure';
import { addDays, addMonthsToDate, today } from '../../domain/periods';
import type { Arrangement } from '../../generated/prisma/client';
import { numberAnswer, textAnswer } from '../answers';
import type { Answers, ChoiceOption, FormDefinition, FormEnv, SubmitAccepted } from '../types';

/** How far back a member may date a departure that already happened, and how far ahead one may be planned. */
const DEPARTED_AT_MOST_DAYS_AGO = 90;
const PLANNED_AT_MOST_DAYS_AHEAD = 365;
const LONGEST_STAY_MONTHS = 120;

type Filed = Exclude<ArrangementChoice, 'none'>;
type Note = NonNullable<SubmitAccepted['notes']>[number];

const ARRANGEMENTS_AT_HOME: readonly Filed[] = [
  'seasonal',
  'temporary_transfer',
  'temporary_exemption',
  'official_transfer',
];
// A stay abroad always needs the cell's decision (HD 09/12-HD/BTCTW), and a transfer abroad is always official.
const ARRANGEMENTS_ABROAD: readonly Filed[] = ['temporary_exemption', 'official_transfer'];

const isAbroad = (answers: Answers) => answers.destination === 'abroad';
const memberToday = (env: FormEnv) => today(env.now, env.member.timezone);

function advice(answers: Answers, env: FormEnv): ArrangementAdvice | undefined {
  const months = numberAnswer(answers, 'months');
  const organisation = textAnswer(answers, 'organisation');
  if (months === undefined || organisation === undefined) return undefined;
  return recommendArrangement(
    {
      abroad: isAbroad(answers),
      countryCode: textAnswer(answers, 'country') ?? 'VN',
      durationMonths: months,
      mobile: answers.work === 'mobile',
      organisationThere: organisation === 'unknown' ? 'unknown' : organisation === 'yes',
    },
    env.records.policy,
  );
}

function arrangementOptions(answers: Answers, env: FormEnv): ChoiceOption[] {
  const recommended = advice(answers, env)?.arrangement;
  const candidates = isAbroad(answers) ? ARRANGEMENTS_ABROAD : ARRANGEMENTS_AT_HOME;
  const ordered = [...candidates].sort((a, b) => Number(b === recommended) - Number(a === recommended));
  return ordered.map((value) => ({
    value,
    labelKey: value === recommended ? 'away-option-recommended' : 'away-option',
    labelArgs: { arrangement: value },
  }));
}

/** The longest an application may run: an exemption and a temporary transfer each last under the policy's months. */
function longestEnd(answers: Answers, env: FormEnv): string | undefined {
  const startsOn = textAnswer(answers, 'startsOn');
  if (!startsOn) return undefined;
  const { exemption, departure } = env.records.policy;
  const months =
    answers.arrangement === 'temporary_exemption'
      ? exemption.maxMonths
      : departure.temporaryTransferMaxMonths;
  return addDays(addMonthsToDate(startsOn, months), -1);
}

/** Contacts of the overseas party organisations of the country, and a word about reminders' time zone. */
async function abroadNotes(countryCode: string, env: FormEnv): Promise<Note[]> {
  const contacts = await env.records.directory.contactsFor(countryCode);
  const notes: Note[] =
    contacts.length === 0
      ? [{ key: 'away-contact-none' }]
      : [
          { key: 'away-contacts-header' },
          ...contacts.map((contact) => ({
            key: contact.isExample ? 'away-contact-example' : 'away-contact',
            args: {
              organisation: contact.organisation,
              contact: contact.contact,
              // The committee's note (office hours, language) follows the contact after a dash.
              note: contact.note ? ` – ${contact.note}` : '',
            },
          })),
        ];
  const zones: readonly string[] = getCountry(countryCode)?.timezones ?? [];
  if (zones.length > 0 && !zones.includes(env.member.timezone))
    notes.push({ key: 'away-timezone-hint', args: { zone: zoneName(zones[0], env.locale, env.translate) } });
  return notes;
}

export const departureForm: FormDefinition = {
  id: 'away',
  titleKey: 'away-title',
  command: 'away',
  // A departure not begun, or an application not decided, is offered back first (issue 11 §2).
  startsInstead: async (env) =>
    (await env.records.absences.withdrawable(env.member.id, env.now)) ? 'away-withdraw' : undefined,
  onStartCheck: async (env) => {
    const open = await env.records.absences.openAbsence(env.member.id);
    if (!open) return undefined;
    // A stay on record with no arrangement (imported, or filed before one was asked): say what to apply for.
    return open.arrangement === null ? `away-already-away-no-arrangement-${open.kind}` : 'away-already-away';
  },
  steps: [
    {
      id: 'destination',
      kind: 'choice',
      promptKey: 'away-ask-destination',
      labelKey: 'away-label-destination',
      options: [
        { value: 'domestic', labelKey: 'away-destination-domestic' },
        { value: 'abroad', labelKey: 'away-destination-abroad' },
      ],
    },
    {
      id: 'country',
      kind: 'country',
      promptKey: 'away-ask-country',
      labelKey: 'away-label-country',
      when: isAbroad,
      validate: (code: string) => (code === 'VN' ? 'away-error-country-home' : undefined),
    },
    {
      id: 'place',
      kind: 'text',
      promptKey: 'away-ask-place',
      labelKey: 'away-label-place',
      promptArgs: (answers) => ({ destination: String(answers.destination) }),
      minLength: 2,
      maxLength: 200,
    },
    {
      id: 'startsOn',
      kind: 'date',
      promptKey: 'away-ask-starts-on',
      labelKey: 'away-label-starts-on',
      min: (_answers, env) => addDays(memberToday(env), -DEPARTED_AT_MOST_DAYS_AGO),
      max: (_answers, env) => addDays(memberToday(env), PLANNED_AT_MOST_DAYS_AHEAD),
    },
    {
      id: 'months',
      kind: 'number',
      promptKey: 'away-ask-months',
      labelKey: 'away-label-months',
      integer: true,
      min: 1,
      max: LONGEST_STAY_MONTHS,
    },
    {
      id: 'work',
      kind: 'choice',
      promptKey: 'away-ask-work',
      labelKey: 'away-label-work',
      options: [
        { value: 'fixed', labelKey: 'away-work-fixed' },
        { value: 'mobile', labelKey: 'away-work-mobile' },
      ],
    },
    {
      id: 'organisation',
      kind: 'choice',
      promptKey: 'away-ask-organisation',
      labelKey: 'away-label-organisation',
      options: [
        { value: 'yes', labelKey: 'away-organisation-yes' },
        { value: 'no', labelKey: 'away-organisation-no' },
        { value: 'unknown', labelKey: 'away-organisation-unknown' },
      ],
    },
    {
      id: 'arrangement',
      kind: 'choice',
      promptKey: 'away-ask-arrangement',
      labelKey: 'away-label-arrangement',
      promptArgs: (answers, env) => {
        const recommended = advice(answers, env);
        const { departure, abroad, exemption } = env.records.policy;
        // The thresholds the explanation quotes are the policy's, so a new regulation changes the text too.
        return {
          recommended: recommended?.arrangement ?? 'none',
          reason: recommended?.reason ?? 'not-leaving',
          renewal: recommended?.renewalNeeded ? 'yes' : 'no',
          exemptionMonths: exemption.maxMonths,
          seasonalMonths: departure.seasonalMaxMonths,
          transferMonths: departure.temporaryTransferMaxMonths,
          abroadMonths: abroad.officialTransferMonths,
        };
      },
      options: arrangementOptions,
    },
    {
      id: 'reason',
      kind: 'text',
      promptKey: 'away-ask-reason',
      labelKey: 'away-label-reason',
      when: (answers) => answers.arrangement === 'temporary_exemption',
      minLength: 5,
      maxLength: 1000,
    },
    {
      id: 'endsOn',
      kind: 'date',
      promptKey: 'away-ask-ends-on',
      labelKey: 'away-label-ends-on',
      promptArgs: (answers, env) => ({
        arrangement: String(answers.arrangement),
        latest: formatDate(longestEnd(answers, env) ?? '', env.locale),
      }),
      when: (answers) =>
        answers.arrangement === 'temporary_exemption' || answers.arrangement === 'temporary_transfer',
      min: (answers) => {
        const startsOn = textAnswer(answers, 'startsOn');
        return startsOn ? addDays(startsOn, 1) : undefined;
      },
      max: longestEnd,
      prefill: (answers, env) => {
        const startsOn = textAnswer(answers, 'startsOn');
        const months = numberAnswer(answers, 'months');
        const latest = longestEnd(answers, env);
        if (!startsOn || months === undefined || !latest) return undefined;
        const planned = addMonthsToDate(startsOn, months);
        return planned < latest ? planned : latest;
      },
    },
  ],
  submit: async (answers, env, idempotencyKey) => {
    const abroad = isAbroad(answers);
    const countryCode = abroad ? (textAnswer(answers, 'country') ?? '') : 'VN';
    const startsOn = textAnswer(answers, 'startsOn') ?? '';
    const arrangement = textAnswer(answers, 'arrangement') as Arrangement;
    const organisation = textAnswer(answers, 'organisation');
    const result = await env.records.absences.fileDeparture(env.member.id, {
      kind: abroad ? 'abroad' : 'domestic',
      place: textAnswer(answers, 'place') ?? '',
      countryCode,
      mobile: answers.work === 'mobile',
      organisationThere: organisation === 'unknown' ? 'unknown' : organisation === 'yes',
      startsOn,
      expectedEndOn:
        textAnswer(answers, 'endsOn') ?? addMonthsToDate(startsOn, numberAnswer(answers, 'months') ?? 0),
      arrangement,
      reason: textAnswer(answers, 'reason') ?? null,
      sourceKey: idempotencyKey,
    });
    if (result.outcome === 'refused') return { refusedKey: `away-refused-${result.reason}` };
    return {
      reference: `AWAY-${result.absence.id}`,
      ackKey: 'away-ack',
      ackArgs: { arrangement },
      notes: abroad ? await abroadNotes(countryCode, env) : [],
    };
  },
};
