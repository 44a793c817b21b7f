// Exports of the records: a cell's (or subtree's) record book as XLSX and CSV, a review as form 2C PDF, a unit's report; all audited.
import type { Writable } from 'node:stream';
import type { Clock } from '../../clock';
import type { Database } from '../../db/client';
import { currentMonth, today } from '../../domain/periods';
import type { Policy } from '../../domain/policy';
import { formatDate, formatInstant } from '../../presentation/formats';
import {
  isCellLeader,
  loadActor,
  memberInScope,
  membersInScope,
  recordDenied,
  scopeOf,
  unitInSubtree,
  type AccessRefusal,
  type Actor,
} from '../access';
import { recordAudit } from '../audit';
import { MeetingRecords } from '../meetings';
import { sectionsOf } from '../pending';
import type { StatsRecords, StatsUnit } from '../stats';
import { attendanceSummary, writeMeetingMinutesPdf } from './meeting-minutes';
import { meetingGridTable } from './meeting-table';
import { loadMemberData } from './member-data';
import { writeMemberDataPdf } from './member-data-pdf';
import { absencesTable, checkInGridTable, feeGridTable, rosterTable } from './member-tables';
import { writeReportPdf } from './report-pdf';
import { writeReviewPdf } from './review-pdf';
import { decisionsTable, reviewsTable } from './review-tables';
import { statisticsReportTable } from './statistics-report';
import { statisticsTable } from './statistics-table';
import { technicalTable } from './technical-table';
import { RECORD_BOOK_TABLES, type ExportTable, type TableContext, type TableId } from './types';
import { toBuffer, writeCsv, writeXlsx, type PrintedBook, type RowProgress } from './writers';

export { RECORD_BOOK_TABLES, type TableId } from './types';

export interface ExportFile {
  fileName: string;
  mimeType: string;
  bytes: Buffer;
}

export type Refusal = { outcome: 'refused'; reason: AccessRefusal };

export interface ExportLanguage {
  t: TableContext['t'];
  locale: string;
  /** The home cells' zone: instants are shown there, and the default year is the year there. */
  zone: string;
}

/** Why there is no attendance list for a meeting the reader may see. */
export type MinutesUnavailable = { outcome: 'cancelled' } | { outcome: 'not-recorded' };

export type MinutesResult =
  | { outcome: 'exported'; file: ExportFile; meeting: { id: number; cellId: number; startsAt: Date } }
  | MinutesUnavailable
  | Refusal;

/** pdfkit draws JPEG and PNG; a PDF or HEIC comment goes beside the form instead. A file that will not read is left out. */
async function printableImage(
  storedFileId: number | null,
  readFile: ((id: number) => Promise<{ bytes: Buffer; mimeType: string } | undefined>) | undefined,
): Promise<Buffer | null> {
  if (storedFileId === null || !readFile) return null;
  const file = await readFile(storedFileId).catch(() => undefined);
  if (!file || (file.mimeType !== 'image/jpeg' && file.mimeType !== 'image/png')) return null;
  return file.bytes;
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export class ExportRecords {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly policy: Policy,
    private readonly stats: StatsRecords,
  ) {}

  /**
   * The record book for a secretary's cell, or for an officer's unit (their own, or `unitCode` inside their
   * subtree, with the statistics as the first sheet): one XLSX workbook and the same tables as CSV files.
   */
  async recordBook(
    actorId: number,
    language: ExportLanguage,
    options: { year?: number; unitCode?: string; maxMembers?: number } = {},
  ): Promise<
    | { outcome: 'exported'; files: ExportFile[] }
    | { outcome: 'too-large'; unit: { code: string; name: string }; members: number }
    | Refusal
  > {
    const actor = await loadActor(this.db, actorId);
    const now = this.clock();
    const year = options.year ?? yearIn(now, language.zone);
    const deny = async (reason: AccessRefusal): Promise<Refusal> => {
      await recordDenied(this.db, {
        actorId,
        action: 'export.record-book',
        reason,
        target: { unitCode: options.unitCode ?? null },
        at: now,
      });
      return { outcome: 'refused', reason };
    };
    if (!actor) return deny('not-allowed');
    const target = await this.targetOf(actor, options.unitCode);
    if ('outcome' in target) return deny(target.reason);
    if (options.maxMembers !== undefined) {
      // Counted before anything is built: the files are made in memory, and a province's would not fit a chat.
      const members = await this.db.member.count({ where: membersInScope(target.scope) });
      if (members > options.maxMembers) {
        return { outcome: 'too-large', unit: { code: target.unit.code, name: target.unit.name }, members };
      }
    }

    const context: TableContext = { ...language, scope: target.scope, year, now };
    const tables = this.recordBookTables(context, RECORD_BOOK_TABLES);
    if (target.scope.kind === 'subtree') {
      const statistics = await this.stats.compute(target.unit, { year, now, zone: language.zone });
      tables.unshift(statisticsTable(statistics, context), statisticsReportTable(statistics, context));
    }
    const book = await this.printedBook(target.unit, language, now, year);
    const stem = `homecell-${target.unit.code}-${year}`;
    const files: ExportFile[] = [
      {
        fileName: `${stem}.xlsx`,
        mimeType: XLSX_MIME,
        bytes: await toBuffer((output) => writeXlsx(tables, output, undefined, book)),
      },
    ];
    for (const table of tables) {
      files.push({
        fileName: `${stem}-${table.id}.csv`,
        mimeType: 'text/csv',
        bytes: await toBuffer((output) => writeCsv(table, output)),
      });
    }
    await recordAudit(this.db, {
      actorId: actor.id,
      actorLabel: actor.fullName,
      action: 'export.record-book',
      entity: 'Unit',
      entityId: target.unit.id,
      after: { unitCode: target.unit.code, year, files: files.map((file) => file.fileName) },
      at: now,
    });
    return { outcome: 'exported', files };
  }

  /** A member's review of `year` as form 2C, for the member's cell leaders or an officer above them. */
  async reviewPdf(
    actorId: number,
    memberId: number,
    language: ExportLanguage,
    options: {
      year?: number;
      /** Reads a kept file (the caller's file store): a photographed workplace comment is printed in the PDF. */
      readFile?: (storedFileId: number) => Promise<{ bytes: Buffer; mimeType: string } | undefined>;
    } = {},
  ): Promise<
    | {
        outcome: 'exported';
        file: ExportFile;
        memberName: string;
        year: number;
        /** The workplace's comment the member sent as a file, sent with the PDF (kept file, or a legacy file id). */
        workplaceCommentFile: { storedFileId: number | null; legacyFileId: string | null } | null;
      }
    | { outcome: 'no-review'; memberName: string; year: number }
    | Refusal
  > {
    const actor = await loadActor(this.db, actorId);
    const year = options.year ?? yearIn(this.clock(), language.zone);
    if (!actor || !(await memberInScope(this.db, scopeOf(actor), memberId)) || actor.id === memberId) {
      // A member's own review is theirs to keep in the chat; the PDF is the cell's document.
      const reason = actor ? 'out-of-scope' : 'not-allowed';
      await recordDenied(this.db, {
        actorId,
        action: 'export.review-pdf',
        reason,
        target: { memberId, year },
        at: this.clock(),
      });
      return { outcome: 'refused', reason };
    }
    const member = await this.db.member.findUniqueOrThrow({
      where: { id: memberId },
      include: { cell: { include: { parent: { select: { name: true } } } } },
    });
    const review = await this.db.review.findUnique({ where: { memberId_year: { memberId, year } } });
    if (!review || review.status === 'draft' || review.status === 'exempt') {
      return { outcome: 'no-review', memberName: member.fullName, year };
    }
    const rater = review.ratedById
      ? await this.db.member.findUnique({ where: { id: review.ratedById }, select: { fullName: true } })
      : null;
    const dateIn = (instant: Date | null) => (instant ? today(instant, language.zone) : null);
    const workplaceImage = await printableImage(review.workplaceCommentStoredFileId, options.readFile);
    const bytes = await toBuffer((output) =>
      writeReviewPdf(
        {
          year,
          status: review.status,
          member: { fullName: member.fullName, cardNumber: member.cardNumber, birthYear: member.birthYear },
          cellName: member.cell.name,
          committeeName: member.cell.parent?.name ?? '',
          sections: sectionsOf(review.sections),
          selfRating: review.selfRating,
          workplaceCommentText: review.workplaceCommentText,
          hasWorkplaceFile:
            review.workplaceCommentStoredFileId !== null || review.workplaceCommentFileId !== null,
          workplaceImage,
          submittedOn: dateIn(review.submittedAt),
          cellRating: review.cellRating,
          cellComment: review.cellComment,
          ratedBy: rater?.fullName ?? null,
          ratedOn: dateIn(review.ratedAt),
          locale: language.locale,
        },
        language.t,
        output,
      ),
    );
    await recordAudit(this.db, {
      actorId: actor.id,
      actorLabel: actor.fullName,
      action: 'export.review-pdf',
      entity: 'Review',
      entityId: review.id,
      after: { memberId, year },
      at: this.clock(),
    });
    return {
      outcome: 'exported',
      file: { fileName: `2C-${member.cardNumber}-${year}.pdf`, mimeType: 'application/pdf', bytes },
      memberName: member.fullName,
      year,
      workplaceCommentFile:
        review.workplaceCommentStoredFileId !== null || review.workplaceCommentFileId !== null
          ? { storedFileId: review.workplaceCommentStoredFileId, legacyFileId: review.workplaceCommentFileId }
          : null,
    };
  }

  /**
   * The attendance list for the minutes of one meeting (biên bản sinh hoạt chi bộ): for the cell's secretary or
   * deputy, or an officer of a unit above the cell. A meeting the actor may not see reads as not found.
   */
  async meetingMinutesPdf(
    actorId: number,
    meetingId: number,
    language: ExportLanguage,
  ): Promise<MinutesResult> {
    const now = this.clock();
    const actor = await loadActor(this.db, actorId);
    const meeting = await this.db.meeting.findUnique({
      where: { id: meetingId },
      select: { cellId: true, cell: { select: { path: true } } },
    });
    const allowed =
      actor !== null &&
      meeting !== null &&
      (isCellLeader(actor)
        ? actor.cellId === meeting.cellId
        : actor.officerUnit !== null && unitInSubtree(meeting.cell.path, actor.officerUnit.path));
    if (!allowed) {
      const reason: AccessRefusal = !actor ? 'not-allowed' : !meeting ? 'not-found' : 'out-of-scope';
      await recordDenied(this.db, {
        actorId,
        action: 'export.meeting-minutes',
        reason,
        target: { meetingId },
        at: now,
      });
      return { outcome: 'refused', reason };
    }
    return this.minutesOf(meetingId, language, { actorId: actor.id, actorLabel: actor.fullName }, now);
  }

  /** The same list for the CLI (an admin on the server, audited as 'cli'); null: no such meeting. */
  async meetingMinutesPdfForCli(
    meetingId: number,
    language: ExportLanguage,
  ): Promise<Exclude<MinutesResult, Refusal> | null> {
    if (!(await this.db.meeting.findUnique({ where: { id: meetingId }, select: { id: true } }))) return null;
    return this.minutesOf(meetingId, language, { actorId: null, actorLabel: 'cli' }, this.clock());
  }

  private async minutesOf(
    meetingId: number,
    language: ExportLanguage,
    by: { actorId: number | null; actorLabel: string },
    now: Date,
  ): Promise<Exclude<MinutesResult, Refusal>> {
    const meetings = new MeetingRecords(this.db, this.clock, this.policy);
    const meeting = (await meetings.get(meetingId))!;
    if (meeting.status === 'cancelled') return { outcome: 'cancelled' };
    const lines = (await meetings.attendanceLines(meetingId)) ?? [];
    const attendance = attendanceSummary(lines);
    if (!attendance) return { outcome: 'not-recorded' };
    const cell = await this.db.unit.findUniqueOrThrow({
      where: { id: meeting.cellId },
      select: { code: true, name: true, parent: { select: { name: true } } },
    });
    const bytes = await toBuffer((output) =>
      writeMeetingMinutesPdf(
        {
          cellName: cell.name,
          committeeName: cell.parent?.name ?? '',
          startsAt: meeting.startsAt,
          cellZone: meeting.cellZone,
          place: meeting.place,
          online: lines.filter((line) => line.recorded?.online).map((line) => line.fullName),
          attendance,
        },
        language,
        output,
      ),
    );
    const fileName = `diem-danh-${cell.code}-${today(meeting.startsAt, meeting.cellZone)}.pdf`;
    await recordAudit(this.db, {
      ...by,
      action: 'export.meeting-minutes',
      entity: 'Meeting',
      entityId: meetingId,
      after: { meetingId, cellCode: cell.code, file: fileName },
      at: now,
    });
    return {
      outcome: 'exported',
      file: { fileName, mimeType: 'application/pdf', bytes },
      meeting: { id: meeting.id, cellId: meeting.cellId, startsAt: meeting.startsAt },
    };
  }

  /** Rows an XLSX report of the unit will hold, for a progress bar. */
  async reportRowCount(unit: StatsUnit, year: number): Promise<number> {
    const scope = { kind: 'subtree' as const, unitId: unit.id, path: unit.path };
    const [members, absences, decisions] = await Promise.all([
      this.db.member.count({ where: membersInScope(scope) }),
      this.db.absence.count({ where: { member: membersInScope(scope) } }),
      this.db.decision.count({
        where: {
          unit: { OR: [{ path: unit.path }, { path: { startsWith: `${unit.path}/` } }] },
          decidedAt: { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) },
        },
      }),
    ]);
    // Six per-member tables (roster, check-ins, fees, meetings, reviews, technical).
    return members * 6 + absences + decisions;
  }

  /**
   * A unit's report for the CLI (an admin on the server, audited as 'cli'): XLSX with the statistics and the
   * record book, one table as CSV, or the statistics as PDF; streamed to `output`.
   */
  async report(
    unit: StatsUnit,
    language: ExportLanguage,
    options: {
      format: 'xlsx' | 'csv' | 'pdf';
      table?: TableId;
      year?: number;
      output: Writable;
      progress?: RowProgress;
    },
  ): Promise<void> {
    const now = this.clock();
    const year = options.year ?? yearIn(now, language.zone);
    const context: TableContext = {
      ...language,
      scope: { kind: 'subtree', unitId: unit.id, path: unit.path },
      year,
      now,
    };
    const statistics = await this.stats.compute(unit, { year, now, zone: language.zone });
    if (options.format === 'pdf') {
      await writeReportPdf(
        statistics,
        language.t,
        options.output,
        // In the home zone with its name, never a UTC instant: a reader files it as it reads.
        formatInstant(now, language.zone, language.locale, (_locale, key, args) => language.t(key, args)),
      );
    } else if (options.format === 'csv') {
      const id = options.table ?? 'statistics';
      const table =
        id === 'statistics'
          ? statisticsTable(statistics, context)
          : id === 'statistics-report'
            ? statisticsReportTable(statistics, context)
            : this.recordBookTables(context, [id])[0];
      await writeCsv(table, options.output, options.progress);
      options.output.end();
    } else {
      const tables = [
        statisticsTable(statistics, context),
        statisticsReportTable(statistics, context),
        ...this.recordBookTables(context, RECORD_BOOK_TABLES),
      ];
      await writeXlsx(
        tables,
        options.output,
        options.progress,
        await this.printedBook(unit, language, now, year),
      );
    }
    await recordAudit(this.db, {
      actorLabel: 'cli',
      action: 'export.report',
      entity: 'Unit',
      entityId: unit.id,
      after: { unitCode: unit.code, year, format: options.format, table: options.table ?? null },
      at: now,
    });
  }

  /**
   * Everything homecell holds about one member, for the CLI (an admin on the server, audited as 'cli'): the JSON to
   * `json` and the readable PDF to `pdf`. `files` names what was written, for the audit. False: no such member.
   */
  async memberData(
    memberId: number,
    language: ExportLanguage,
    outputs: { json: Writable; pdf: Writable; files: string[] },
  ): Promise<boolean> {
    const now = this.clock();
    const data = await loadMemberData(this.db, memberId, now);
    if (!data) return false;
    outputs.json.end(`${JSON.stringify(data, null, 2)}\n`);
    await writeMemberDataPdf(data, language, outputs.pdf);
    await recordAudit(this.db, {
      actorLabel: 'cli',
      action: 'export.member-data',
      entity: 'Member',
      entityId: memberId,
      after: { memberId, locale: language.locale, files: outputs.files },
      at: now,
    });
    return true;
  }

  /**
   * The print set-up of a unit's workbook: its name and level, and the day of printing in the reader's words, that
   * day taken in the unit's own zone (the day its paper book would be dated).
   */
  private async printedBook(
    unit: Pick<StatsUnit, 'id' | 'name' | 'kind'>,
    language: ExportLanguage,
    now: Date,
    year: number,
  ): Promise<PrintedBook> {
    const { timezone } = await this.db.unit.findUniqueOrThrow({
      where: { id: unit.id },
      select: { timezone: true },
    });
    return {
      unitName: unit.name,
      unitKind: unit.kind,
      year,
      printedOn: formatDate(today(now, timezone), language.locale),
      t: language.t,
    };
  }

  private recordBookTables(context: TableContext, ids: readonly TableId[]): ExportTable[] {
    const builders: Record<string, () => ExportTable> = {
      roster: () => rosterTable(this.db, context, this.policy),
      absences: () => absencesTable(this.db, context),
      checkins: () => checkInGridTable(this.db, context),
      fees: () => feeGridTable(this.db, context),
      meetings: () => meetingGridTable(this.db, context),
      reviews: () => reviewsTable(this.db, context),
      decisions: () => decisionsTable(this.db, context),
      technical: () => technicalTable(this.db, context),
    };
    return ids.flatMap((id) => (builders[id] ? [builders[id]()] : []));
  }

  /** A leader exports their cell; an officer their unit or one inside it; nobody else exports. */
  private async targetOf(
    actor: Actor,
    unitCode: string | undefined,
  ): Promise<
    { unit: StatsUnit; scope: TableContext['scope'] } | { outcome: 'refused'; reason: AccessRefusal }
  > {
    if (isCellLeader(actor)) {
      if (unitCode) return { outcome: 'refused', reason: 'out-of-scope' };
      const unit = await this.db.unit.findUniqueOrThrow({
        where: { id: actor.cellId },
        select: { id: true, code: true, name: true, kind: true, path: true },
      });
      return { unit, scope: { kind: 'cell', cellId: unit.id } };
    }
    if (!actor.officerUnit) return { outcome: 'refused', reason: 'not-allowed' };
    const unit = await this.stats.unitByCode(unitCode ?? actor.officerUnit.code);
    if (!unit || !unitInSubtree(unit.path, actor.officerUnit.path))
      return { outcome: 'refused', reason: 'out-of-scope' };
    return { unit, scope: { kind: 'subtree', unitId: unit.id, path: unit.path } };
  }
}

function yearIn(now: Date, zone: string): number {
  return Number(currentMonth(now, zone).slice(0, 4));
}
