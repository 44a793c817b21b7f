// /members: the cell's roster with each member's standing at a glance; /overdue: who in the cell is late on what,
// most at risk first (removal review, two unpaid months, two absences without a reason, lapsed absence, no contact).
import type { ReaderFormats } from '../../presentation/formats';
import type { OverdueEntry, OverdueReason, RosterEntry } from '../../records/roster';
import { isLeaderScope, refusedCommand } from './access';
import { chunkLines } from './chunk-lines';
import type { DeskEnv, DeskReply } from './screen';

type Translate = DeskEnv['t'];

function rosterLine(t: Translate, f: ReaderFormats, entry: RosterEntry, number: number): string {
  const { standing } = entry;
  const notes = [
    standing.checkIn.required
      ? t('sec-roster-checkin', {
          done: standing.checkIn.done ? 'yes' : 'no',
          month: f.month(standing.month),
        })
      : '',
    entry.lateCheckIn ? t('sec-roster-checkin-late', { month: f.month(entry.lateCheckIn) }) : '',
    standing.fees.unpaidCount > 0 ? t('sec-roster-unpaid', { count: standing.fees.unpaidCount }) : '',
    entry.meetingAbsences.unexcused > 0
      ? t('sec-roster-absent', { count: entry.meetingAbsences.unexcused })
      : '',
    standing.checkIn.contactLost
      ? t('sec-roster-contact-lost', { months: standing.checkIn.missedMonthsRunning })
      : '',
    standing.absence?.exemptionEndsOn
      ? t('sec-roster-exemption', {
          until: f.date(standing.absence.exemptionEndsOn),
          lapsed: standing.absence.lapsed ? 'yes' : 'no',
        })
      : '',
    standing.fullExemption
      ? t('sec-roster-full-exemption', {
          from: f.date(standing.fullExemption.startsOn),
          until: f.dateOr(standing.fullExemption.endsOn, 'none'),
        })
      : '',
    standing.upcomingAbsence
      ? t('sec-roster-upcoming', {
          from: f.date(standing.upcomingAbsence.startsOn),
          arrangement: standing.upcomingAbsence.arrangement ?? 'none',
        })
      : '',
    entry.connected ? '' : t('sec-roster-not-connected'),
    entry.reachable ? '' : t('sec-roster-unreachable'),
  ].filter((note) => note !== '');
  return t('sec-roster-line', {
    number,
    name: entry.fullName,
    status: t('lbl-member-state', { state: standing.state }),
    notes: notes.length > 0 ? notes.join(' · ') : t('sec-roster-all-clear'),
  });
}

const messages = (lines: readonly string[]): DeskReply[] =>
  chunkLines(lines).map((text) => ({ type: 'message', text }));

export async function membersCommand(env: DeskEnv): Promise<DeskReply[]> {
  if (!isLeaderScope(env.member)) return refusedCommand(env, 'roster.read', 'leader');
  const roster = await env.records.roster.roster(env.member.id);
  if (roster.outcome === 'refused') return refusedCommand(env, 'roster.read', 'leader');
  // Away today from the absences in force today; a departure filed for later is not counted yet.
  const away = roster.entries.filter((entry) => entry.standing.absence !== null).length;
  const fullyExempt = roster.entries.filter((entry) => entry.standing.fullExemption !== null).length;
  return messages([
    env.t('sec-roster-header', {
      cell: env.member.cellName,
      count: roster.entries.length,
      away,
      fullyExempt,
    }),
    '',
    ...roster.entries.map((entry, index) => rosterLine(env.t, env.formats, entry, index + 1)),
    '',
    env.t('sec-roster-footer'),
  ]);
}

function reasonText(t: Translate, f: ReaderFormats, entry: OverdueEntry, reason: OverdueReason): string {
  const { standing, meetingAbsences: meetings } = entry;
  return t('sec-overdue-reason', {
    reason,
    ground: entry.removalGround ?? 'fees',
    absences: meetings.unexcused,
    days: meetings.days.map((day) => f.date(day)).join(', '),
    year: String(meetings.year),
    unpaid: standing.fees.unpaidCount,
    months: f.months(standing.fees.unpaidMonths),
    missed: standing.checkIn.missedMonthsRunning,
    ended: f.dateOr(standing.absence?.expectedEndOn, '-'),
    away: standing.absence?.monthsAway ?? 0,
  });
}

export async function overdueCommand(env: DeskEnv): Promise<DeskReply[]> {
  if (!isLeaderScope(env.member)) return refusedCommand(env, 'overdue.read', 'leader');
  const result = await env.records.roster.overdue(env.member.id);
  if (result.outcome === 'refused') return refusedCommand(env, 'overdue.read', 'leader');
  if (result.entries.length === 0)
    return [{ type: 'message', text: env.t('sec-overdue-none', { cell: env.member.cellName }) }];
  const lines = [
    env.t('sec-overdue-header', { cell: env.member.cellName, count: result.entries.length }),
    '',
  ];
  result.entries.forEach((entry, index) => {
    lines.push(
      env.t('sec-overdue-member', { number: index + 1, name: entry.fullName, card: entry.cardNumber }),
    );
    for (const reason of entry.reasons) lines.push(`   • ${reasonText(env.t, env.formats, entry, reason)}`);
  });
  lines.push('', env.t('sec-overdue-footer'));
  return messages(lines);
}
