// The monthly cell meetings: scheduling (by hand or from the cell's default), members' answers to the invitation,
// and the attendance the secretary records for the minutes, every change audited.
import type { Clock } from '../clock';
import type { Database } from '../db/client';
import {
  meetingExpectation,
  yearAbsences,
  meetingYear,
  nextDefaultMeeting,
  prefilledAttendance,
  type AttendanceStatus,
  type MeetingAbsenceReason,
  type MeetingExpectation,
  type MeetingReply,
  type YearAbsences,
  type PrefilledAttendance,
} from '../domain/meetings';
import { today } from '../domain/periods';
import type { Policy } from '../domain/policy';
import type { Prisma } from '../generated/prisma/client';
import { recordAudit } from './audit';
import { loadDatedFacts, memberIn, membershipOf, NO_DATED_FACTS } from './dated-facts';

export type MeetingStatus = 'scheduled' | 'held' | 'cancelled';

export interface MeetingView {
  id: number;
  cellId: number;
  /** The cell's zone, which the meeting's time is read in. */
  cellZone: string;
  startsAt: Date;
  place: string;
  agenda: string;
  onlineLink: string | null;
  /** The cell is an online-pilot cell (the committee set its link): "joined online" may be recorded. */
  onlinePilot: boolean;
  status: MeetingStatus;
  fromDefault: boolean;
  heldAt: Date | null;
}

export interface MeetingInput {
  startsAt: Date;
  place: string;
  agenda: string;
  onlineLink?: string | null;
}

export interface MeetingDefaultView {
  cellId: number;
  dayOfMonth: number;
  time: string;
  place: string;
  onlineLink: string | null;
}

export interface Actor {
  id: number | null;
  label: string;
}

export interface MeetingAnswerInput {
  reply: MeetingReply;
  reason?: MeetingAbsenceReason | null;
  reasonText?: string | null;
  opinionText?: string | null;
  opinionFileId?: number | null;
}

export interface MeetingAnswerView {
  meetingId: number;
  memberId: number;
  reply: MeetingReply;
  reason: MeetingAbsenceReason | null;
  reasonText: string | null;
  opinionText: string | null;
  opinionFileId: number | null;
  answeredAt: Date;
}

export type AnswerResult =
  | { outcome: 'saved'; answer: MeetingAnswerView; duplicate: boolean }
  | { outcome: 'refused'; reason: 'no-meeting' | 'not-your-cell' | 'meeting-over' | 'cancelled' };

/** One line of the attendance screen: what is recorded, or else what the answers and arrangements suggest. */
export interface AttendanceLine {
  memberId: number;
  fullName: string;
  expectation: MeetingExpectation;
  answer: MeetingAnswerView | null;
  /** As the secretary recorded it; null until the attendance is recorded. */
  recorded: { status: AttendanceStatus; reason: string | null; online: boolean } | null;
  prefilled: PrefilledAttendance;
}

export interface AttendanceEntry {
  memberId: number;
  status: AttendanceStatus;
  /** The reason as the minutes write it (required for absent_with_reason). */
  reason?: string | null;
  online?: boolean;
}

export type RecordAttendanceResult =
  | { outcome: 'recorded'; changed: number[] }
  | {
      outcome: 'refused';
      reason: 'no-meeting' | 'not-started' | 'cancelled' | 'not-listed' | 'reason-missing';
    };

type Tx = Prisma.TransactionClient;

/** A meeting's documents: enough for a draft resolution and a report or two, not a file store. */
export const MEETING_DOCUMENTS_MAX = 5;

export type AddDocumentResult =
  | { outcome: 'added'; count: number; duplicate: boolean }
  | { outcome: 'refused'; reason: 'no-meeting' | 'meeting-over' | 'too-many' };

export interface MeetingDocumentView {
  storedFileId: number;
  fileName: string;
  mimeType: string;
}

type MeetingRow = Prisma.MeetingGetPayload<{
  include: { cell: { select: { timezone: true; onlineMeetingLink: true } } };
}>;

function toView(row: MeetingRow): MeetingView {
  return {
    id: row.id,
    cellId: row.cellId,
    cellZone: row.cell.timezone,
    startsAt: row.startsAt,
    place: row.place,
    agenda: row.agenda,
    onlineLink: row.onlineLink,
    onlinePilot: row.cell.onlineMeetingLink !== null,
    status: row.status,
    fromDefault: row.fromDefault,
    heldAt: row.heldAt,
  };
}

function answerView(row: Prisma.MeetingAnswerGetPayload<object>): MeetingAnswerView {
  return {
    meetingId: row.meetingId,
    memberId: row.memberId,
    reply: row.reply,
    reason: row.reason,
    reasonText: row.reasonText,
    opinionText: row.opinionText,
    opinionFileId: row.opinionFileId,
    answeredAt: row.answeredAt,
  };
}

const WITH_ZONE = { cell: { select: { timezone: true, onlineMeetingLink: true } } } as const;

export class MeetingRecords {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly policy: Policy,
  ) {}

  /** The zone a cell's meetings are held and typed in. */
  async cellZone(cellId: number): Promise<string> {
    const cell = await this.db.unit.findUniqueOrThrow({ where: { id: cellId }, select: { timezone: true } });
    return cell.timezone;
  }

  async get(meetingId: number): Promise<MeetingView | null> {
    const row = await this.db.meeting.findUnique({ where: { id: meetingId }, include: WITH_ZONE });
    return row ? toView(row) : null;
  }

  /** The cell's meetings still to come (scheduled, not begun at `now`), soonest first. */
  async upcoming(cellId: number, now: Date = this.clock()): Promise<MeetingView[]> {
    const rows = await this.db.meeting.findMany({
      where: { cellId, status: 'scheduled', startsAt: { gt: now } },
      orderBy: { startsAt: 'asc' },
      include: WITH_ZONE,
    });
    return rows.map(toView);
  }

  /** The cell's meetings of a calendar year in its zone (cancelled ones too), in order. */
  async ofYear(cellId: number, year: number): Promise<MeetingView[]> {
    const rows = await this.db.meeting.findMany({
      where: {
        cellId,
        // A day's margin either side; the exact year is the cell's, checked below.
        startsAt: { gte: new Date(Date.UTC(year - 1, 11, 31)), lt: new Date(Date.UTC(year + 1, 0, 2)) },
      },
      orderBy: { startsAt: 'asc' },
      include: WITH_ZONE,
    });
    return rows.map(toView).filter((meeting) => meetingYear(meeting.startsAt, meeting.cellZone) === year);
  }

  /** The last meeting that began before `now` and was not cancelled: the one whose attendance is recorded next. */
  async latestBegun(cellId: number, now: Date = this.clock()): Promise<MeetingView | null> {
    const row = await this.db.meeting.findFirst({
      where: { cellId, status: { not: 'cancelled' }, startsAt: { lte: now } },
      orderBy: { startsAt: 'desc' },
      include: WITH_ZONE,
    });
    return row ? toView(row) : null;
  }

  async schedule(
    cellId: number,
    input: MeetingInput,
    actor: Actor,
    now: Date = this.clock(),
  ): Promise<MeetingView> {
    return this.db.$transaction(async (tx) => {
      const cell = await tx.unit.findUniqueOrThrow({
        where: { id: cellId },
        select: { onlineMeetingLink: true },
      });
      const row = await tx.meeting.create({
        data: {
          cellId,
          startsAt: input.startsAt,
          place: input.place,
          agenda: input.agenda,
          // An online-pilot cell's meetings carry the committee's link unless the secretary gives another.
          onlineLink: input.onlineLink ?? cell.onlineMeetingLink,
          createdById: actor.id,
          createdAt: now,
          updatedAt: now,
        },
        include: WITH_ZONE,
      });
      await recordAudit(tx, {
        actorId: actor.id,
        actorLabel: actor.label,
        action: 'meeting.scheduled',
        entity: 'Meeting',
        entityId: row.id,
        after: input,
        at: now,
      });
      return toView(row);
    });
  }

  /** Changes a meeting still to come; null when it is not (begun, held or cancelled). */
  async update(
    meetingId: number,
    change: Partial<MeetingInput>,
    actor: Actor,
    now: Date = this.clock(),
  ): Promise<MeetingView | null> {
    return this.db.$transaction(async (tx) => {
      const before = await tx.meeting.findUnique({ where: { id: meetingId } });
      if (!before || before.status !== 'scheduled' || before.startsAt <= now) return null;
      const row = await tx.meeting.update({
        where: { id: meetingId },
        data: { ...change, updatedAt: now },
        include: WITH_ZONE,
      });
      await recordAudit(tx, {
        actorId: actor.id,
        actorLabel: actor.label,
        action: 'meeting.changed',
        entity: 'Meeting',
        entityId: meetingId,
        before: {
          startsAt: before.startsAt,
          place: before.place,
          agenda: before.agenda,
          onlineLink: before.onlineLink,
        },
        after: change,
        at: now,
      });
      return toView(row);
    });
  }

  /** Cancels a meeting that has not been held; its answers stay for the record, its invitations stop. */
  async cancel(meetingId: number, actor: Actor, now: Date = this.clock()): Promise<MeetingView | null> {
    return this.db.$transaction(async (tx) => {
      const before = await tx.meeting.findUnique({ where: { id: meetingId } });
      if (!before || before.status !== 'scheduled') return null;
      const row = await tx.meeting.update({
        where: { id: meetingId },
        data: { status: 'cancelled', cancelledAt: now, updatedAt: now },
        include: WITH_ZONE,
      });
      await recordAudit(tx, {
        actorId: actor.id,
        actorLabel: actor.label,
        action: 'meeting.cancelled',
        entity: 'Meeting',
        entityId: meetingId,
        at: now,
      });
      return toView(row);
    });
  }

  async defaultOf(cellId: number): Promise<MeetingDefaultView | null> {
    const row = await this.db.meetingSchedule.findUnique({ where: { cellId } });
    return row
      ? {
          cellId,
          dayOfMonth: row.dayOfMonth,
          time: row.time,
          place: row.place,
          onlineLink: row.onlineLink,
        }
      : null;
  }

  async setDefault(
    cellId: number,
    rule: Omit<MeetingDefaultView, 'cellId'>,
    actor: Actor,
    now: Date = this.clock(),
  ): Promise<MeetingDefaultView> {
    return this.db.$transaction(async (tx) => {
      const before = await tx.meetingSchedule.findUnique({ where: { cellId } });
      await tx.meetingSchedule.upsert({
        where: { cellId },
        create: { cellId, ...rule, updatedAt: now },
        update: { ...rule, updatedAt: now },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        actorLabel: actor.label,
        action: 'meeting.default-set',
        entity: 'MeetingSchedule',
        entityId: cellId,
        before,
        after: rule,
        at: now,
      });
      return { cellId, ...rule };
    });
  }

  async clearDefault(cellId: number, actor: Actor, now: Date = this.clock()): Promise<boolean> {
    return this.db.$transaction(async (tx) => {
      const removed = await tx.meetingSchedule.deleteMany({ where: { cellId } });
      if (removed.count === 0) return false;
      await recordAudit(tx, {
        actorId: actor.id,
        actorLabel: actor.label,
        action: 'meeting.default-cleared',
        entity: 'MeetingSchedule',
        entityId: cellId,
        at: now,
      });
      return true;
    });
  }

  /** Every cell's default in turn, for the sweep: the meetings it made (most sweeps make none). */
  async scheduleFromDefaults(now: Date = this.clock()): Promise<MeetingView[]> {
    const cells = await this.db.meetingSchedule.findMany({
      select: { cellId: true },
      orderBy: { cellId: 'asc' },
    });
    const made: MeetingView[] = [];
    for (const { cellId } of cells) {
      const meeting = await this.scheduleFromDefault(cellId, now);
      if (meeting) made.push(meeting);
    }
    return made;
  }

  /**
   * Schedules the next meeting from the cell's default once it is within the invitation's days, unless the cell has
   * a meeting (scheduled by hand, or cancelled on purpose) in that month already. Returns the meeting made, if any.
   */
  async scheduleFromDefault(cellId: number, now: Date = this.clock()): Promise<MeetingView | null> {
    const rule = await this.defaultOf(cellId);
    if (!rule) return null;
    const cell = await this.db.unit.findUniqueOrThrow({
      where: { id: cellId },
      select: { timezone: true, onlineMeetingLink: true },
    });
    const startsAt = nextDefaultMeeting(rule, now, cell.timezone);
    const inviteFrom = startsAt.getTime() - this.policy.meetings.inviteDaysBefore * 86_400_000;
    if (now.getTime() < inviteFrom) return null;
    const monthStart = new Date(startsAt.getTime() - 31 * 86_400_000);
    const monthEnd = new Date(startsAt.getTime() + 31 * 86_400_000);
    return this.db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Unit" WHERE id = ${cellId} FOR UPDATE`;
      const nearby = await tx.meeting.findMany({
        where: { cellId, startsAt: { gte: monthStart, lt: monthEnd } },
        select: { startsAt: true },
      });
      const month = today(startsAt, cell.timezone).slice(0, 7);
      if (nearby.some((meeting) => today(meeting.startsAt, cell.timezone).slice(0, 7) === month)) return null;
      const row = await tx.meeting.create({
        data: {
          cellId,
          startsAt,
          place: rule.place,
          agenda: '',
          onlineLink: rule.onlineLink ?? cell.onlineMeetingLink,
          fromDefault: true,
          createdAt: now,
          updatedAt: now,
        },
        include: WITH_ZONE,
      });
      await recordAudit(tx, {
        actorLabel: 'scheduler',
        action: 'meeting.scheduled',
        entity: 'Meeting',
        entityId: row.id,
        after: { startsAt, place: rule.place, fromDefault: true },
        at: now,
      });
      return toView(row);
    });
  }

  /**
   * Records a member's answer (the latest counts) while the meeting is still to come. `sourceKey` makes a repeated
   * update or a double tap a no-op.
   */
  async answer(
    meetingId: number,
    memberId: number,
    input: MeetingAnswerInput,
    options: { sourceKey: string; now?: Date },
  ): Promise<AnswerResult> {
    const now = options.now ?? this.clock();
    return this.db.$transaction(async (tx): Promise<AnswerResult> => {
      const earlier = await tx.meetingAnswer.findUnique({ where: { sourceKey: options.sourceKey } });
      if (earlier) return { outcome: 'saved', answer: answerView(earlier), duplicate: true };
      const meeting = await tx.meeting.findUnique({ where: { id: meetingId } });
      if (!meeting) return { outcome: 'refused', reason: 'no-meeting' };
      const member = await tx.member.findUniqueOrThrow({ where: { id: memberId }, select: { cellId: true } });
      if (member.cellId !== meeting.cellId) return { outcome: 'refused', reason: 'not-your-cell' };
      if (meeting.status === 'cancelled') return { outcome: 'refused', reason: 'cancelled' };
      if (meeting.status === 'held' || meeting.startsAt <= now)
        return { outcome: 'refused', reason: 'meeting-over' };
      const data = {
        reply: input.reply,
        reason: input.reply === 'not_attending' ? (input.reason ?? 'other') : null,
        reasonText: input.reply === 'not_attending' ? (input.reasonText ?? null) : null,
        opinionText: input.opinionText ?? null,
        opinionFileId: input.opinionFileId ?? null,
        sourceKey: options.sourceKey,
        answeredAt: now,
      };
      const row = await tx.meetingAnswer.upsert({
        where: { meetingId_memberId: { meetingId, memberId } },
        create: { meetingId, memberId, ...data },
        update: data,
      });
      return { outcome: 'saved', answer: answerView(row), duplicate: false };
    });
  }

  /**
   * Attaches a file the secretary sent to a meeting still to come (at most MEETING_DOCUMENTS_MAX); the same file twice
   * is kept once. Audited.
   */
  async addDocument(
    meetingId: number,
    storedFileId: number,
    actor: Actor,
    now: Date = this.clock(),
  ): Promise<AddDocumentResult> {
    return this.db.$transaction(async (tx): Promise<AddDocumentResult> => {
      const meeting = await tx.meeting.findUnique({
        where: { id: meetingId },
        select: { status: true, startsAt: true, _count: { select: { documents: true } } },
      });
      if (!meeting) return { outcome: 'refused', reason: 'no-meeting' };
      if (meeting.status !== 'scheduled' || meeting.startsAt <= now)
        return { outcome: 'refused', reason: 'meeting-over' };
      const known = await tx.meetingDocument.findUnique({
        where: { meetingId_storedFileId: { meetingId, storedFileId } },
      });
      if (known) return { outcome: 'added', count: meeting._count.documents, duplicate: true };
      if (meeting._count.documents >= MEETING_DOCUMENTS_MAX)
        return { outcome: 'refused', reason: 'too-many' };
      await tx.meetingDocument.create({
        data: { meetingId, storedFileId, addedById: actor.id, addedAt: now },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        actorLabel: actor.label,
        action: 'meeting.document-added',
        entity: 'Meeting',
        entityId: meetingId,
        after: { storedFileId },
        at: now,
      });
      return { outcome: 'added', count: meeting._count.documents + 1, duplicate: false };
    });
  }

  /** The documents attached to a meeting, in the order they were added. */
  async documentsOf(meetingId: number): Promise<MeetingDocumentView[]> {
    const rows = await this.db.meetingDocument.findMany({
      where: { meetingId },
      orderBy: { id: 'asc' },
      select: { storedFileId: true, storedFile: { select: { fileName: true, mimeType: true } } },
    });
    return rows.map((row) => ({ storedFileId: row.storedFileId, ...row.storedFile }));
  }

  async answerOf(meetingId: number, memberId: number): Promise<MeetingAnswerView | null> {
    const row = await this.db.meetingAnswer.findUnique({
      where: { meetingId_memberId: { meetingId, memberId } },
    });
    return row ? answerView(row) : null;
  }

  /**
   * The attendance screen: every member the minutes list (not those on a full exemption or no longer in the cell's
   * care on the meeting's day), with what is recorded and what the answers and arrangements suggest, by name.
   */
  async attendanceLines(meetingId: number): Promise<AttendanceLine[] | null> {
    const meeting = await this.get(meetingId);
    if (!meeting) return null;
    const day = today(meeting.startsAt, meeting.cellZone);
    const [members, answers, recorded] = await Promise.all([
      this.db.member.findMany({
        where: { cellId: meeting.cellId },
        select: { id: true, fullName: true, status: true },
        orderBy: { fullName: 'asc' },
      }),
      this.db.meetingAnswer.findMany({ where: { meetingId } }),
      this.db.meetingAttendance.findMany({ where: { meetingId } }),
    ]);
    const dated = await loadDatedFacts(this.db, memberIn(members.map((member) => member.id)));
    const answerBy = new Map(answers.map((row) => [row.memberId, answerView(row)]));
    const recordedBy = new Map(recorded.map((row) => [row.memberId, row]));
    const lines: AttendanceLine[] = [];
    for (const member of members) {
      const expectation = meetingExpectation(
        { membership: membershipOf(member.status), ...(dated.get(member.id) ?? NO_DATED_FACTS) },
        day,
      );
      const answer = answerBy.get(member.id) ?? null;
      const prefilled = prefilledAttendance(expectation, answer);
      const row = recordedBy.get(member.id);
      // A member recorded earlier stays on the list even if their state changed since (the minutes were written).
      if (!prefilled && !row) continue;
      lines.push({
        memberId: member.id,
        fullName: member.fullName,
        expectation,
        answer,
        recorded: row ? { status: row.status, reason: row.reason, online: row.online } : null,
        prefilled: prefilled ?? { status: row!.status, reason: null },
      });
    }
    return lines;
  }

  /**
   * Records (or corrects) the attendance of a meeting that has begun, all lines in one transaction; each line that
   * changes leaves its before and after in the audit trail. Returns the members whose line changed.
   */
  async recordAttendance(
    meetingId: number,
    entries: readonly AttendanceEntry[],
    actor: Actor,
    now: Date = this.clock(),
  ): Promise<RecordAttendanceResult> {
    if (entries.some((entry) => entry.status === 'absent_with_reason' && !entry.reason?.trim())) {
      return { outcome: 'refused', reason: 'reason-missing' };
    }
    const lines = await this.attendanceLines(meetingId);
    const meeting = await this.get(meetingId);
    if (!meeting || !lines) return { outcome: 'refused', reason: 'no-meeting' };
    if (meeting.status === 'cancelled') return { outcome: 'refused', reason: 'cancelled' };
    if (meeting.startsAt > now) return { outcome: 'refused', reason: 'not-started' };
    const listed = new Set(lines.map((line) => line.memberId));
    if (entries.some((entry) => !listed.has(entry.memberId)))
      return { outcome: 'refused', reason: 'not-listed' };
    return this.db.$transaction(async (tx: Tx): Promise<RecordAttendanceResult> => {
      const written = await writeAttendance(tx, meeting, entries, actor, now);
      return {
        outcome: 'recorded',
        changed: written.filter((line) => line.outcome !== 'unchanged').map((line) => line.memberId),
      };
    });
  }

  /** Absences without a reason per member in a calendar year of their cell (cancelled meetings do not count). */
  async unexcusedInYear(memberIds: readonly number[], year: number): Promise<Map<number, number>> {
    if (memberIds.length === 0) return new Map();
    const rows = await this.db.meetingAttendance.findMany({
      where: {
        memberId: { in: [...memberIds] },
        status: 'absent_without_reason',
        meeting: {
          status: { not: 'cancelled' },
          startsAt: { gte: new Date(Date.UTC(year - 1, 11, 31)), lt: new Date(Date.UTC(year + 1, 0, 2)) },
        },
      },
      select: {
        memberId: true,
        meeting: { select: { startsAt: true, cell: { select: { timezone: true } } } },
      },
    });
    const counts = new Map<number, number>();
    for (const row of rows) {
      if (meetingYear(row.meeting.startsAt, row.meeting.cell.timezone) !== year) continue;
      counts.set(row.memberId, (counts.get(row.memberId) ?? 0) + 1);
    }
    return counts;
  }
}

/**
 * Each member's absences without a reason in the year it is at `now` in their cell's zone (cancelled meetings do not
 * count), with the stage the policy gives the count: two set-based queries for any number of members.
 */
export async function absencesThisYear(
  db: Database,
  memberIds: readonly number[],
  now: Date,
  policy: Policy,
): Promise<Map<number, YearAbsences>> {
  if (memberIds.length === 0) return new Map();
  const ids = [...memberIds];
  // Every zone's year now is the UTC year or one either side.
  const utcYear = now.getUTCFullYear();
  const [members, rows] = await Promise.all([
    db.member.findMany({
      where: { id: { in: ids } },
      select: { id: true, cell: { select: { timezone: true } } },
    }),
    db.meetingAttendance.findMany({
      where: {
        memberId: { in: ids },
        status: 'absent_without_reason',
        meeting: {
          status: { not: 'cancelled' },
          startsAt: {
            gte: new Date(Date.UTC(utcYear - 1, 11, 30)),
            lt: new Date(Date.UTC(utcYear + 1, 0, 2)),
          },
        },
      },
      select: {
        memberId: true,
        meeting: { select: { startsAt: true, cell: { select: { timezone: true } } } },
      },
    }),
  ]);
  const days = new Map<number, string[]>();
  for (const row of rows) {
    const zone = row.meeting.cell.timezone;
    const year = meetingYear(now, zone);
    if (meetingYear(row.meeting.startsAt, zone) !== year) continue;
    days.set(row.memberId, [...(days.get(row.memberId) ?? []), today(row.meeting.startsAt, zone)]);
  }
  return new Map(
    members.map((member) => [
      member.id,
      yearAbsences(meetingYear(now, member.cell.timezone), days.get(member.id) ?? [], policy),
    ]),
  );
}

/** What writing one attendance line did: a new line, a correction of another, or nothing (the same was recorded). */
export interface WrittenAttendance {
  memberId: number;
  outcome: 'recorded' | 'corrected' | 'unchanged';
}

/**
 * Writes a begun meeting's attendance lines inside the caller's transaction (the secretary's screen, the importer,
 * the demo): each line that changes leaves its before and after in the audit trail, and a scheduled meeting becomes
 * held. The caller has checked the members are listed and a reason is given for every absence with a reason.
 */
export async function writeAttendance(
  tx: Tx,
  meeting: { id: number; status: MeetingStatus; onlinePilot?: boolean },
  entries: readonly AttendanceEntry[],
  actor: Actor,
  now: Date,
): Promise<WrittenAttendance[]> {
  const meetingId = meeting.id;
  const existing = new Map(
    (await tx.meetingAttendance.findMany({ where: { meetingId } })).map((row) => [row.memberId, row]),
  );
  const written: WrittenAttendance[] = [];
  for (const entry of entries) {
    const data = {
      status: entry.status,
      reason: entry.status === 'absent_with_reason' ? entry.reason!.trim() : null,
      // "Joined online" is a way of being present, and only an online-pilot cell's meetings have it.
      online: entry.status === 'present' && entry.online === true && meeting.onlinePilot === true,
    };
    const before = existing.get(entry.memberId);
    if (
      before &&
      before.status === data.status &&
      before.reason === data.reason &&
      before.online === data.online
    ) {
      written.push({ memberId: entry.memberId, outcome: 'unchanged' });
      continue;
    }
    await tx.meetingAttendance.upsert({
      where: { meetingId_memberId: { meetingId, memberId: entry.memberId } },
      create: { meetingId, memberId: entry.memberId, ...data, recordedById: actor.id, recordedAt: now },
      update: { ...data, recordedById: actor.id, recordedAt: now },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      actorLabel: actor.label,
      action: before ? 'meeting.attendance-corrected' : 'meeting.attendance-recorded',
      entity: 'MeetingAttendance',
      entityId: `${meetingId}:${entry.memberId}`,
      before: before ? { status: before.status, reason: before.reason, online: before.online } : undefined,
      after: data,
      at: now,
    });
    written.push({ memberId: entry.memberId, outcome: before ? 'corrected' : 'recorded' });
  }
  if (meeting.status === 'scheduled') {
    await tx.meeting.update({
      where: { id: meetingId },
      data: { status: 'held', heldAt: now, updatedAt: now },
    });
  }
  return written;
}
