// /members: the cell's roster with each member's standing at a glance; /member <name or card>: one member's whole record.
import { Composer, InlineKeyboard } from 'grammy';
import { monthOf, today } from '../../../../domain/periods';
import type { ReaderFormats } from '../../../../presentation/formats';
import type { MemberRecordView } from '../../../../records/member-record';
import type { RosterEntry } from '../../../../records/roster';
import type { BotContext } from '../../context';
import {
  acknowledge,
  answerRefused,
  canReadRecords,
  isCellLeader,
  pressedInOwnChat,
  refuseButton,
  refuseCommand,
} from './access';
import { feeArrangementData, MEMBER_PICK_PATTERN, pickedMember } from './callbacks';
import { viewFormats } from './format';
import { chunkLines } from '../../../desk/chunk-lines';
import { lookupMember } from './lookup';
import { memberRecordTexts } from './member-view';

export const members = new Composer<BotContext>();
const chat = members.chatType('private');

function rosterLine(ctx: BotContext, f: ReaderFormats, entry: RosterEntry, number: number): string {
  const { standing } = entry;
  const notes = [
    standing.checkIn.required
      ? ctx.t('sec-roster-checkin', {
          done: standing.checkIn.done ? 'yes' : 'no',
          month: f.month(standing.month),
        })
      : '',
    entry.lateCheckIn ? ctx.t('sec-roster-checkin-late', { month: f.month(entry.lateCheckIn) }) : '',
    standing.fees.unpaidCount > 0 ? ctx.t('sec-roster-unpaid', { count: standing.fees.unpaidCount }) : '',
    entry.meetingAbsences.unexcused > 0
      ? ctx.t('sec-roster-absent', { count: entry.meetingAbsences.unexcused })
      : '',
    standing.checkIn.contactLost
      ? ctx.t('sec-roster-contact-lost', { months: standing.checkIn.missedMonthsRunning })
      : '',
    standing.absence?.exemptionEndsOn
      ? ctx.t('sec-roster-exemption', {
          until: f.date(standing.absence.exemptionEndsOn),
          lapsed: standing.absence.lapsed ? 'yes' : 'no',
        })
      : '',
    standing.fullExemption
      ? ctx.t('sec-roster-full-exemption', {
          from: f.date(standing.fullExemption.startsOn),
          until: f.dateOr(standing.fullExemption.endsOn, 'none'),
        })
      : '',
    standing.upcomingAbsence
      ? ctx.t('sec-roster-upcoming', {
          from: f.date(standing.upcomingAbsence.startsOn),
          arrangement: standing.upcomingAbsence.arrangement ?? 'none',
        })
      : '',
    entry.connected ? '' : ctx.t('sec-roster-not-connected'),
    entry.reachable ? '' : ctx.t('sec-roster-unreachable'),
  ].filter((note) => note !== '');
  return ctx.t('sec-roster-line', {
    number,
    name: entry.fullName,
    status: ctx.t('lbl-member-state', { state: standing.state }),
    notes: notes.length > 0 ? notes.join(' · ') : ctx.t('sec-roster-all-clear'),
  });
}

chat.command('members', async (ctx) => {
  if (!isCellLeader(ctx)) return refuseCommand(ctx, 'roster.read', 'leader');
  const roster = await ctx.deps.records.roster.roster(ctx.member.id);
  if (roster.outcome === 'refused') return refuseCommand(ctx, 'roster.read', 'leader');
  // Away today from the absences in force today; a departure filed for later is not counted yet.
  const away = roster.entries.filter((entry) => entry.standing.absence !== null).length;
  const fullyExempt = roster.entries.filter((entry) => entry.standing.fullExemption !== null).length;
  const formats = await viewFormats(ctx);
  const lines = [
    ctx.t('sec-roster-header', {
      cell: ctx.member.cellName,
      count: roster.entries.length,
      away,
      fullyExempt,
    }),
    '',
    ...roster.entries.map((entry, index) => rosterLine(ctx, formats, entry, index + 1)),
    '',
    ctx.t('sec-roster-footer'),
  ];
  for (const text of chunkLines(lines)) await ctx.reply(text);
});

async function showRecord(ctx: BotContext, memberId: number): Promise<void> {
  const result = await ctx.deps.records.memberRecords.read(ctx.member!.id, memberId);
  if (result.outcome === 'refused') return answerRefused(ctx);
  await acknowledge(ctx);
  const texts = memberRecordTexts(result.record, (key, args) => ctx.t(key, args), await viewFormats(ctx));
  for (const text of texts) await ctx.reply(text);
  await offerFeeArrangement(ctx, result.record);
}

/**
 * An exemption the committee approved is when the cell may allow paying the fee late or in advance for its months
 * (QĐ 01-QĐ/TW 2026): the secretary is told so, and finds the choice here, under the member's record.
 */
async function offerFeeArrangement(ctx: BotContext, record: MemberRecordView): Promise<void> {
  if (!isCellLeader(ctx)) return;
  // Only an exemption still running on the member's day: a lapsed one has no months left to arrange.
  const memberToday = today(ctx.deps.clock(), record.member.timezone);
  const exemption = record.absences.find(
    (absence) =>
      absence.arrangement === 'temporary_exemption' &&
      absence.applicationStatus === 'approved' &&
      absence.endedOn === null &&
      absence.expectedEndOn !== null &&
      absence.expectedEndOn >= memberToday,
  );
  if (!exemption) return;
  const first = monthOf(exemption.startsOn);
  const last = monthOf(exemption.expectedEndOn!);
  if (record.arrangements.some((range) => range.firstMonth <= last && range.lastMonth >= first)) return;
  const keyboard = new InlineKeyboard()
    .text(ctx.t('sec-button-fee-late'), feeArrangementData('late', exemption.id))
    .row()
    .text(ctx.t('sec-button-fee-advance'), feeArrangementData('advance', exemption.id));
  await ctx.reply(ctx.t('sec-offer-fee-arrangement'), { reply_markup: keyboard });
}

chat.command('member', async (ctx) => {
  if (!canReadRecords(ctx)) return refuseCommand(ctx, 'record.read', 'records');
  const found = await lookupMember(ctx, ctx.match, 'record');
  if (found) await showRecord(ctx, found.id);
});

chat.callbackQuery(MEMBER_PICK_PATTERN, async (ctx, next) => {
  const memberId = pickedMember(ctx, 'record');
  if (memberId === undefined) return next();
  if (!pressedInOwnChat(ctx) || !canReadRecords(ctx)) return refuseButton(ctx, 'record.read');
  await showRecord(ctx, memberId);
});
