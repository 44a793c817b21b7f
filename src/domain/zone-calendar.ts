// One zone's calendar at one instant (today, this month, the stage dates of the rules), shared by every member there.
import {
  addDays,
  addMonths,
  currentMonth,
  dayOfMonth,
  daysFrom,
  endOfMonth,
  localTime,
  monthKey,
  monthRange,
  startOfDay,
  today as todayIn,
  wholeMonthsFrom,
  type CalendarDate,
  type MonthKey,
} from './periods';
import type { Policy } from './policy';
import { reviewWindow, type ReviewWindow } from './review';

/**
 * A sweep looks at a million members but only a few hundred zones: the luxon work (zone offsets, month ends,
 * day starts) is done here once per zone and remembered, so the rules per member compare strings and numbers.
 */
export class ZoneCalendar {
  readonly today: CalendarDate;
  readonly month: MonthKey;
  readonly year: number;
  /** The wall-clock hour (0-23) in the zone. */
  readonly hour: number;
  /** The month before this one: the last month that is over. */
  readonly lastMonth: MonthKey;
  private readonly memo = new Map<string, unknown>();

  constructor(
    readonly zone: string,
    readonly now: Date,
    private readonly policy: Policy,
  ) {
    const local = localTime(now, zone);
    this.today = todayIn(now, zone);
    this.month = currentMonth(now, zone);
    this.year = local.year;
    this.hour = local.hour;
    this.lastMonth = addMonths(this.month, -1);
  }

  private remember<T>(key: string, compute: () => T): T {
    if (this.memo.has(key)) return this.memo.get(key) as T;
    const value = compute();
    this.memo.set(key, value);
    return value;
  }

  /**
   * The month an instant falls in here. Zone offsets stay within a day of UTC, so only instants on the first or
   * last days of a UTC month need luxon; the rest are read straight off the UTC date.
   */
  monthOfInstant(instant: Date): MonthKey {
    const day = instant.getUTCDate();
    const utcMonth = instant.toISOString().slice(0, 7);
    if (day >= 2 && day <= 27) return utcMonth;
    if (day === 1) {
      const previous = this.shiftMonth(utcMonth, -1);
      return instant >= this.monthEnd(previous) ? utcMonth : previous;
    }
    return instant >= this.monthEnd(utcMonth) ? this.shiftMonth(utcMonth, 1) : utcMonth;
  }

  /** The calendar day an instant falls on in this zone. */
  dayOf(instant: Date): CalendarDate {
    return this.remember(`dayof:${instant.getTime()}`, () => todayIn(instant, this.zone));
  }

  /** An instant's date and wall-clock time ('HH:mm') here: a meeting's time as each member reads it. */
  wallClock(instant: Date): { day: CalendarDate; time: string } {
    return this.remember(`clock:${instant.getTime()}`, () => {
      const local = localTime(instant, this.zone);
      return { day: local.toISODate()!, time: local.toFormat('HH:mm') };
    });
  }

  /** The instant a month is over in this zone. */
  monthEnd(month: MonthKey): Date {
    return this.remember(`end:${month}`, () => endOfMonth(month, this.zone));
  }

  /** The instant a calendar day begins in this zone. */
  dayStart(date: CalendarDate): Date {
    return this.remember(`day:${date}`, () => startOfDay(date, this.zone));
  }

  /** The instant `hour` o'clock comes on `date` in this zone. */
  hourOn(date: CalendarDate, hour: number): Date {
    return this.remember(`hour:${date}:${hour}`, () =>
      localTime(this.dayStart(date), this.zone).set({ hour }).toJSDate(),
    );
  }

  /** Calendar days from today to `date` (0 on the day itself, negative once past). */
  daysUntil(date: CalendarDate): number {
    return this.remember(`until:${date}`, () => daysFrom(this.today, date));
  }

  /** Whole calendar months from `date` to today. */
  monthsSince(date: CalendarDate): number {
    return this.remember(`since:${date}`, () => wholeMonthsFrom(date, this.today));
  }

  /** addMonths, remembered: the rules shift the same few months for every member. */
  shiftMonth(month: MonthKey, count: number): MonthKey {
    return this.remember(`shift:${month}:${count}`, () => addMonths(month, count));
  }

  addDays(date: CalendarDate, count: number): CalendarDate {
    return this.remember(`add:${date}:${count}`, () => addDays(date, count));
  }

  /** The months of `year` that are over here, oldest first. */
  closedMonthsOf(year: number): MonthKey[] {
    return this.remember(`closed:${year}`, () => {
      const last = monthKey(year, 12) < this.lastMonth ? monthKey(year, 12) : this.lastMonth;
      return monthRange(monthKey(year, 1), last);
    });
  }

  /**
   * The check-in stage this month has reached (rule 3): 'open' from the opening day, then 'day-N' from each nudge
   * day; each later stage replaces the earlier one. Null before the month's check-in opens.
   */
  checkInStage(): { stage: string; startsOn: CalendarDate } | null {
    return this.remember('checkin-stage', () => {
      const { opensOnDay, nudgeDays } = this.policy.checkIn;
      const stages = [
        { stage: 'open', startsOn: dayOfMonth(this.month, opensOnDay) },
        ...nudgeDays.map((day) => ({ stage: `day-${day}`, startsOn: dayOfMonth(this.month, day) })),
      ];
      return stages.filter((candidate) => candidate.startsOn <= this.today).at(-1) ?? null;
    });
  }

  /** The last day of this month: the check-in and the month's fee are overdue after it. */
  lastDayOfMonth(month: MonthKey): CalendarDate {
    return this.remember(`last-day:${month}`, () => dayOfMonth(month, 31));
  }

  /** The review's opening and due days of `year` as calendar dates (the same in every zone). */
  reviewDates(year: number): { opensOn: CalendarDate; dueOn: CalendarDate } {
    return this.remember(`review-dates:${year}`, () => {
      const { opensMonth, opensDay, dueMonth, dueDay } = this.policy.review;
      return {
        opensOn: dayOfMonth(monthKey(year, opensMonth), opensDay),
        dueOn: dayOfMonth(monthKey(year, dueMonth), dueDay),
      };
    });
  }

  /** The year's review window with every instant in this zone. */
  reviewWindow(year: number): ReviewWindow {
    return this.remember(`review:${year}`, () => reviewWindow(year, this.zone, this.policy));
  }
}

/** The calendars of one sweep: one per zone, all at the same instant. */
export class CalendarBook {
  private readonly calendars = new Map<string, ZoneCalendar>();

  constructor(
    readonly now: Date,
    private readonly policy: Policy,
  ) {}

  of(zone: string): ZoneCalendar {
    let calendar = this.calendars.get(zone);
    if (!calendar) {
      calendar = new ZoneCalendar(zone, this.now, this.policy);
      this.calendars.set(zone, calendar);
    }
    return calendar;
  }
}
