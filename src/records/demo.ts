// The demo cell for the sandbox and `homecell seed-demo`: fictional members at home, in other provinces and abroad,
// with the cell's regular meeting: the next one scheduled by its default, the one before it held and recorded.
import { DateTime } from 'luxon';
import type { Database } from '../db/client';
import type {
  AbsenceKind,
  ApplicationStatus,
  Arrangement,
  FullExemptionReason,
  MemberRole,
  Prisma,
} from '../generated/prisma/client';
import {
  defaultMeetingInMonth,
  nextDefaultMeeting,
  type AttendanceStatus,
  type MeetingDefault,
} from '../domain/meetings';
import { recordAudit } from './audit';
import { writeAttendance, type AttendanceEntry } from './meetings';

export const DEMO_CELL_CODE = 'DEMO-NX-XH-HT';
/** Demo members come bound to these Telegram user ids, so the sandbox needs no invite step. */
export const DEMO_CHAT_ID_BASE = 7_000_000_000;

interface DemoAbsence {
  kind: AbsenceKind;
  place: string;
  countryCode: string;
  /** Months before the current month when the member left. */
  leftMonthsAgo: number;
  /** Days from today to the end of the arrangement; negative means it already ended. */
  endsInDays?: number;
  arrangement?: Arrangement;
  applicationStatus: ApplicationStatus;
}

interface DemoMember {
  fullName: string;
  birthYear: number;
  role: MemberRole;
  locale: 'vi' | 'en';
  timezone: string;
  monthlyFeeVnd: number;
  absence?: DemoAbsence;
  /** Full exemption from work and activities (age or health), decided by the grassroots committee this long ago. */
  fullExemption?: { reason: FullExemptionReason; sinceMonthsAgo: number };
  /** Months (before the current one) with no fee paid. */
  unpaidRecentMonths?: number;
  /** Months (before the current one, counting back) with no check-in. */
  missedRecentCheckIns?: number;
  /** The previous regular meeting's line in the minutes; none for a member the minutes do not list (full exemption). */
  lastMeeting?: { status: AttendanceStatus; reason?: string };
}

/** The demo cell meets late in the month, so on most days it is seeded this month's meeting is still to come. */
const MEETING_DEFAULT: MeetingDefault & { place: string } = {
  dayOfMonth: 28,
  time: '19:30',
  place: 'Nhà văn hóa thôn Hải Thanh',
};

const UNITS = [
  { code: 'DEMO', name: 'Tỉnh ủy Hà Tĩnh (mẫu)', kind: 'province' as const },
  { code: 'DEMO-NX', name: 'Huyện ủy Nghi Xuân (mẫu)', kind: 'district' as const },
  { code: 'DEMO-NX-XH', name: 'Đảng ủy xã Xuân Hội (mẫu)', kind: 'grassroots' as const },
  { code: DEMO_CELL_CODE, name: 'Chi bộ thôn Hải Thanh (mẫu)', kind: 'cell' as const },
];

const MEMBERS: DemoMember[] = [
  {
    fullName: 'Nguyễn Văn Hùng',
    birthYear: 1966,
    role: 'secretary',
    locale: 'vi',
    timezone: 'Asia/Ho_Chi_Minh',
    monthlyFeeVnd: 30000,
    lastMeeting: { status: 'present' },
  },
  {
    fullName: 'Trần Thị Thu Hà',
    birthYear: 1978,
    role: 'deputy_secretary',
    locale: 'vi',
    timezone: 'Asia/Ho_Chi_Minh',
    monthlyFeeVnd: 25000,
    lastMeeting: { status: 'present' },
  },
  {
    fullName: 'Ngô Văn Khải',
    birthYear: 1972,
    role: 'member',
    locale: 'vi',
    timezone: 'Asia/Ho_Chi_Minh',
    monthlyFeeVnd: 20000,
    lastMeeting: { status: 'present' },
  },
  {
    fullName: 'Lê Văn Minh',
    birthYear: 1990,
    role: 'member',
    locale: 'vi',
    timezone: 'Asia/Seoul',
    monthlyFeeVnd: 20000,
    absence: {
      kind: 'abroad',
      place: 'Ansan, Gyeonggi',
      countryCode: 'KR',
      leftMonthsAgo: 8,
      endsInDays: 300,
      arrangement: 'temporary_exemption',
      applicationStatus: 'approved',
    },
    lastMeeting: {
      status: 'absent_with_reason',
      reason: 'Miễn sinh hoạt tạm thời, đang lao động tại Hàn Quốc',
    },
  },
  {
    fullName: 'Phạm Thị Ngọc',
    birthYear: 1995,
    role: 'member',
    locale: 'vi',
    timezone: 'Asia/Tokyo',
    monthlyFeeVnd: 20000,
    absence: {
      kind: 'abroad',
      place: 'Nagoya, Aichi',
      countryCode: 'JP',
      leftMonthsAgo: 9,
      endsInDays: 18,
      arrangement: 'temporary_exemption',
      applicationStatus: 'approved',
    },
    lastMeeting: {
      status: 'absent_with_reason',
      reason: 'Miễn sinh hoạt tạm thời, đang lao động tại Nhật Bản',
    },
  },
  {
    fullName: 'Hoàng Văn Tuấn',
    birthYear: 1988,
    role: 'member',
    locale: 'vi',
    timezone: 'Asia/Taipei',
    monthlyFeeVnd: 20000,
    absence: {
      kind: 'abroad',
      place: 'Đài Trung',
      countryCode: 'TW',
      leftMonthsAgo: 6,
      applicationStatus: 'not_required',
    },
    unpaidRecentMonths: 2,
    // Away without an arrangement and sent no reason: the one absence without a reason.
    lastMeeting: { status: 'absent_without_reason' },
  },
  {
    fullName: 'Đặng Thị Hương',
    birthYear: 1993,
    role: 'member',
    locale: 'en',
    timezone: 'Europe/Prague',
    monthlyFeeVnd: 20000,
    absence: {
      kind: 'abroad',
      place: 'Brno',
      countryCode: 'CZ',
      leftMonthsAgo: 14,
      applicationStatus: 'not_required',
    },
    lastMeeting: {
      status: 'absent_with_reason',
      reason: 'Đang làm việc tại Séc, đã báo trước buổi sinh hoạt',
    },
  },
  {
    fullName: 'Vũ Văn Long',
    birthYear: 1985,
    role: 'member',
    locale: 'vi',
    timezone: 'Asia/Ho_Chi_Minh',
    monthlyFeeVnd: 20000,
    absence: {
      kind: 'domestic',
      place: 'Thủ Dầu Một, Bình Dương',
      countryCode: 'VN',
      leftMonthsAgo: 5,
      endsInDays: 120,
      arrangement: 'temporary_transfer',
      applicationStatus: 'approved',
    },
    missedRecentCheckIns: 2,
    lastMeeting: { status: 'absent_with_reason', reason: 'Sinh hoạt tạm thời tại nơi làm việc (Bình Dương)' },
  },
  {
    fullName: 'Bùi Thị Lan',
    birthYear: 1997,
    role: 'member',
    locale: 'vi',
    timezone: 'Asia/Ho_Chi_Minh',
    monthlyFeeVnd: 20000,
    absence: {
      kind: 'domestic',
      place: 'Biên Hòa, Đồng Nai',
      countryCode: 'VN',
      leftMonthsAgo: 1,
      endsInDays: 45,
      arrangement: 'seasonal',
      applicationStatus: 'not_required',
    },
    lastMeeting: { status: 'absent_with_reason', reason: 'Đi làm thời vụ ở Biên Hòa, đã báo trước' },
  },
  {
    fullName: 'Đỗ Thị Mai',
    birthYear: 1982,
    role: 'member',
    locale: 'vi',
    timezone: 'Asia/Ho_Chi_Minh',
    monthlyFeeVnd: 20000,
    lastMeeting: { status: 'present' },
  },
  {
    // At home and fully exempt for old age: no check-in, no review ("miễn đánh giá"), the fee as every member.
    fullName: 'Phan Văn Thọ',
    birthYear: 1941,
    role: 'member',
    locale: 'vi',
    timezone: 'Asia/Ho_Chi_Minh',
    monthlyFeeVnd: 10000,
    fullExemption: { reason: 'age', sinceMonthsAgo: 30 },
  },
];

/** A calendar date as Prisma stores @db.Date: midnight UTC of that day. */
function calendarDate(date: DateTime): Date {
  return new Date(Date.UTC(date.year, date.month - 1, date.day));
}

export async function seedDemo(
  db: Database,
  options: { now: Date; homeTimezone: string },
): Promise<{ created: boolean; cellCode: string }> {
  if (await db.unit.findUnique({ where: { code: DEMO_CELL_CODE } }))
    return { created: false, cellCode: DEMO_CELL_CODE };
  const today = DateTime.fromJSDate(options.now, { zone: options.homeTimezone }).startOf('day');
  const thisMonth = today.startOf('month');

  await db.$transaction(
    async (tx) => {
      let parentId: number | null = null;
      let path = '';
      let cellId = 0;
      let grassrootsId: number | null = null;
      for (const unit of UNITS) {
        path = path ? `${path}/${unit.code}` : unit.code;
        const created: { id: number } = await tx.unit.create({
          data: { ...unit, parentId, path, timezone: options.homeTimezone, createdAt: options.now },
        });
        parentId = created.id;
        cellId = created.id;
        if (unit.kind === 'grassroots') grassrootsId = created.id;
      }

      let secretaryId: number | undefined;
      const memberIds: number[] = [];
      for (const [index, demo] of MEMBERS.entries()) {
        const member = await tx.member.create({
          data: {
            fullName: demo.fullName,
            cardNumber: `DEMO.${String(index + 1).padStart(4, '0')}`,
            birthYear: demo.birthYear,
            cellId,
            role: demo.role,
            locale: demo.locale,
            timezone: demo.timezone,
            monthlyFeeVnd: demo.monthlyFeeVnd,
            // On the records from the day the demo is made, as a member created by the bot would be.
            recordedSince: options.now,
            createdAt: options.now,
            updatedAt: options.now,
            identities: {
              create: {
                channel: 'telegram',
                externalId: String(DEMO_CHAT_ID_BASE + index + 1),
                boundAt: options.now,
              },
            },
          },
        });
        memberIds.push(member.id);
        if (demo.role === 'secretary') secretaryId = member.id;

        if (demo.fullExemption) {
          await tx.fullExemption.create({
            data: {
              memberId: member.id,
              reason: demo.fullExemption.reason,
              startsOn: calendarDate(thisMonth.minus({ months: demo.fullExemption.sinceMonthsAgo })),
              decidedByUnitId: grassrootsId,
              createdAt: options.now,
              updatedAt: options.now,
            },
          });
        }

        const absence = demo.absence;
        if (absence) {
          await tx.absence.create({
            data: {
              memberId: member.id,
              kind: absence.kind,
              place: absence.place,
              countryCode: absence.countryCode,
              startsOn: calendarDate(thisMonth.minus({ months: absence.leftMonthsAgo })),
              expectedEndOn:
                absence.endsInDays === undefined
                  ? null
                  : calendarDate(today.plus({ days: absence.endsInDays })),
              arrangement: absence.arrangement ?? null,
              applicationStatus: absence.applicationStatus,
              decidedById: absence.applicationStatus === 'approved' ? (secretaryId ?? null) : null,
              decidedAt: absence.applicationStatus === 'approved' ? options.now : null,
              createdAt: options.now,
              updatedAt: options.now,
            },
          });
        }

        // Check-ins and fees for every past month of this year, less the gaps this member is meant to show.
        for (let month = thisMonth.startOf('year'); month < thisMonth; month = month.plus({ months: 1 })) {
          const monthsAgo = Math.round(thisMonth.diff(month, 'months').months);
          // A fully exempt member keeps in touch as they can, not by a monthly check-in.
          if (!demo.fullExemption && monthsAgo > (demo.missedRecentCheckIns ?? 0)) {
            const answers = { place: absence?.place ?? 'home', health: 'good', wantsCall: false };
            await tx.checkIn.create({
              data: {
                memberId: member.id,
                month: calendarDate(month),
                place: absence?.place ?? null,
                answers,
                submittedAt: month.plus({ days: 5 }).toJSDate(),
                updatedAt: month.plus({ days: 5 }).toJSDate(),
                revisions: {
                  create: { revision: 1, answers, submittedAt: month.plus({ days: 5 }).toJSDate() },
                },
              },
            });
          }
          if (monthsAgo > (demo.unpaidRecentMonths ?? 0)) {
            await tx.feePayment.create({
              data: {
                memberId: member.id,
                amountMinor: demo.monthlyFeeVnd,
                currency: 'VND',
                method: absence?.kind === 'abroad' ? 'family' : 'in_person',
                status: 'confirmed',
                declaredAt: month.plus({ days: 10 }).toJSDate(),
                confirmedById: secretaryId ?? member.id,
                confirmedAt: month.plus({ days: 12 }).toJSDate(),
                months: { create: { memberId: member.id, month: calendarDate(month) } },
              },
            });
          }
        }
      }

      const meetings = await seedMeetings(tx, cellId, memberIds, secretaryId!, options);

      await tx.overseasContact.createMany({
        data: [
          {
            countryCode: 'KR',
            organisation: 'Ví dụ: Đảng ủy ngoài nước tại Hàn Quốc',
            contact: 'example-kr@example.invalid',
            isExample: true,
          },
          {
            countryCode: 'JP',
            organisation: 'Ví dụ: Đảng ủy ngoài nước tại Nhật Bản',
            contact: 'example-jp@example.invalid',
            isExample: true,
          },
        ],
        skipDuplicates: true,
      });
      await recordAudit(tx, {
        actorLabel: 'system',
        action: 'demo.seeded',
        entity: 'Unit',
        entityId: cellId,
        after: { cellCode: DEMO_CELL_CODE, members: MEMBERS.length, meetings },
        at: options.now,
      });
      // A few hundred small inserts: all or nothing, on a busy or slow machine too (the default is 5 s).
    },
    { timeout: 60_000 },
  );
  return { created: true, cellCode: DEMO_CELL_CODE };
}

/**
 * The cell's default (day 28, 19:30 in the cell's zone), the next meeting it gives, scheduled (this month's unless it
 * has begun), and the default's meeting the month before, held, its attendance recorded by the secretary the next
 * morning as the secretary's screen records it. Returns both meetings' starts for the audit.
 */
async function seedMeetings(
  tx: Prisma.TransactionClient,
  cellId: number,
  memberIds: number[],
  secretaryId: number,
  options: { now: Date; homeTimezone: string },
): Promise<{ scheduled: Date; held: Date }> {
  const zone = options.homeTimezone;
  await tx.meetingSchedule.create({ data: { cellId, ...MEETING_DEFAULT, updatedAt: options.now } });
  const scheduled = nextDefaultMeeting(MEETING_DEFAULT, options.now, zone);
  const before = DateTime.fromJSDate(scheduled, { zone }).minus({ months: 1 });
  const held = defaultMeetingInMonth(MEETING_DEFAULT, before.year, before.month, zone);
  const meeting = (startsAt: Date) => ({
    cellId,
    startsAt,
    place: MEETING_DEFAULT.place,
    agenda: '',
    fromDefault: true,
    createdAt: options.now,
    updatedAt: options.now,
  });
  await tx.meeting.create({ data: meeting(scheduled) });
  const past = await tx.meeting.create({ data: meeting(held) });
  const recordedAt = new Date(Math.min(held.getTime() + 14 * 3_600_000, options.now.getTime()));
  const entries: AttendanceEntry[] = MEMBERS.flatMap((demo, index) =>
    demo.lastMeeting ? [{ memberId: memberIds[index], ...demo.lastMeeting }] : [],
  );
  const secretary = MEMBERS.find((demo) => demo.role === 'secretary')!;
  await writeAttendance(tx, past, entries, { id: secretaryId, label: secretary.fullName }, recordedAt);
  return { scheduled, held };
}
