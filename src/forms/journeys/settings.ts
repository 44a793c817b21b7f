// /settings: the member's language, time zone (suggested from the country they are in) and reminder hours.
import { getCountry } from 'countries-and-timezones';
import { DateTime } from 'luxon';
import { SUPPORTED_LOCALES } from '../../i18n';
import { resolveTimeZone } from '../../domain/time-zone';
import { zonePlace } from '../../presentation/zones';
import { numberAnswer, textAnswer } from '../answers';
import type { Channel } from '../../generated/prisma/client';
import type { Answers, ChoiceOption, FormDefinition, FormEnv } from '../types';

/** Reminder windows that suit shift work, besides the policy's default hours and a custom range. */
const HOUR_PRESETS = ['6-9', '11-14', '18-22'] as const;

/** The member's zone, the zones of the country they are away in, and the home cell's zone. */
async function zoneOptions(_answers: Answers, env: FormEnv): Promise<ChoiceOption[]> {
  const profile = await env.records.members.profileOf(env.member.id);
  const absence = await env.records.absences.openAbsence(env.member.id);
  const countryZones: readonly string[] = absence ? (getCountry(absence.countryCode)?.timezones ?? []) : [];
  const zones = [...new Set([profile.timezone, ...countryZones.slice(0, 4), profile.cellTimezone])];
  return [
    ...zones.map((zone) => ({
      value: zone,
      labelKey: 'settings-zone-option',
      labelArgs: {
        zone: zonePlace(zone, env.locale, env.translate),
        time: DateTime.fromJSDate(env.now, { zone }).toFormat('HH:mm'),
      },
    })),
    { value: 'other', labelKey: 'settings-zone-other' },
  ];
}

/** The channel chosen among those bound; null for a member bound on one (reminders go to the only one there is). */
function reminderChannelOf(answer: string | undefined, env: FormEnv): Channel | null {
  return env.member.channels.find((channel) => channel === answer) ?? null;
}

export const settingsForm: FormDefinition = {
  id: 'settings',
  titleKey: 'settings-title',
  command: 'settings',
  steps: [
    {
      id: 'language',
      kind: 'choice',
      promptKey: 'settings-ask-language',
      labelKey: 'settings-label-language',
      options: SUPPORTED_LOCALES.map((locale) => ({ value: locale, labelKey: `language-name-${locale}` })),
    },
    {
      id: 'zone',
      kind: 'choice',
      promptKey: 'settings-ask-zone',
      labelKey: 'settings-label-zone',
      promptArgs: (_answers, env) => ({ zone: zonePlace(env.member.timezone, env.locale, env.translate) }),
      options: zoneOptions,
    },
    {
      id: 'zoneTyped',
      kind: 'text',
      promptKey: 'settings-ask-zone-typed',
      labelKey: 'settings-label-zone',
      when: (answers) => answers.zone === 'other',
      maxLength: 64,
      validate: (text: string) => (resolveTimeZone(text) ? undefined : 'settings-error-zone'),
    },
    {
      id: 'hours',
      kind: 'choice',
      promptKey: 'settings-ask-hours',
      labelKey: 'settings-label-hours',
      options: (_answers, env) => {
        const { quietHoursEnd, quietHoursStart } = env.records.policy.nudges;
        return [
          {
            value: 'policy',
            labelKey: 'settings-hours-policy',
            labelArgs: { from: quietHoursEnd, to: quietHoursStart },
          },
          ...HOUR_PRESETS.map((preset) => {
            const [from, to] = preset.split('-');
            return { value: preset, labelKey: 'settings-hours-range', labelArgs: { from: from, to: to } };
          }),
          { value: 'custom', labelKey: 'settings-hours-custom' },
        ];
      },
    },
    {
      id: 'hourFrom',
      kind: 'number',
      promptKey: 'settings-ask-hour-from',
      labelKey: 'settings-label-hour-from',
      when: (answers) => answers.hours === 'custom',
      integer: true,
      min: 0,
      max: 22,
    },
    {
      id: 'hourTo',
      kind: 'number',
      promptKey: 'settings-ask-hour-to',
      labelKey: 'settings-label-hour-to',
      when: (answers) => answers.hours === 'custom',
      integer: true,
      min: 1,
      max: 23,
      validate: (to: number, answers) => {
        const from = numberAnswer(answers, 'hourFrom');
        return from !== undefined && to <= from ? 'settings-error-hours-order' : undefined;
      },
    },
    {
      // Asked only of a member bound on more than one channel (Telegram and Zalo): reminders go to one of them.
      id: 'reminderChannel',
      kind: 'choice',
      promptKey: 'settings-ask-channel',
      labelKey: 'settings-label-channel',
      when: (_answers, env) => env.member.channels.length > 1,
      options: (_answers, env) =>
        env.member.channels.map((channel) => ({ value: channel, labelKey: `channel-name-${channel}` })),
    },
  ],
  submit: async (answers, env) => {
    const chosen = textAnswer(answers, 'zone');
    const timezone = chosen === 'other' ? resolveTimeZone(textAnswer(answers, 'zoneTyped') ?? '') : chosen;
    const hours = textAnswer(answers, 'hours');
    const [from, to] =
      hours === 'custom'
        ? [numberAnswer(answers, 'hourFrom') ?? null, numberAnswer(answers, 'hourTo') ?? null]
        : hours && hours !== 'policy'
          ? hours.split('-').map(Number)
          : [null, null];
    const settings = {
      locale: textAnswer(answers, 'language') ?? env.locale,
      timezone: timezone ?? '',
      preferredHourFrom: from ?? null,
      preferredHourTo: to ?? null,
      reminderChannel: reminderChannelOf(textAnswer(answers, 'reminderChannel'), env),
    };
    const result = await env.records.members.updateSettings(env.member.id, settings);
    if (result.outcome === 'refused') return { refusedKey: `settings-refused-${result.reason}` };
    return {
      reference: `SET-${env.member.id}`,
      ackKey: 'settings-ack',
      ackArgs: {
        zone: zonePlace(settings.timezone, env.locale, env.translate),
        time: DateTime.fromJSDate(env.now, { zone: settings.timezone }).toFormat('HH:mm'),
        from: settings.preferredHourFrom ?? env.records.policy.nudges.quietHoursEnd,
        to: settings.preferredHourTo ?? env.records.policy.nudges.quietHoursStart,
      },
    };
  },
};
