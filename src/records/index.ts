// The records services the bot, the scheduler and the CLI share; the only code that writes the database.
import type { Clock } from '../clock';
import type { Database } from '../db/client';
import { loadPolicy, type Policy } from '../domain/policy';
import { AbsenceRecords } from './absences';
import { CheckInRecords } from './checkins';
import { ConnectionRecords } from './connections';
import { DirectoryRecords } from './directory';
import { FeeRecords } from './fees';
import { InviteRecords } from './invites';
import { MemberRecords } from './members';
import { InboundUpdateRecords } from './inbound-updates';
import { RequestRecords } from './requests';
import { ReviewRecords } from './reviews';
import { StandingRecords } from './standing';
import { AccessRecords } from './access';
import { DecisionRecords } from './decisions';
import { MemberRecordRecords } from './member-record';
import { PendingRecords } from './pending';
import { RosterRecords } from './roster';
import { StatsRecords } from './stats';
import { ExportRecords } from './exports';
import { NotificationRecords } from './notifications';
import { SweepOutbox } from './sweep-outbox';
import { SweepReader } from './sweep-reader';
import { RetentionRecords } from './retention';
import { AbsenceChangeRecords } from './absence-changes';
import { OfficerDigestRecords } from './officer-digest';
import { StoredFileRecords } from './stored-files';
import { MeetingRecords } from './meetings';
import { DashboardRecords } from './dashboard';

export interface Records {
  db: Database;
  policy: Policy;
  members: MemberRecords;
  invites: InviteRecords;
  /** Chat connections removed when a member changed phone (`/unlink`, `homecell unlink`). */
  connections: ConnectionRecords;
  inboundUpdates: InboundUpdateRecords;
  checkIns: CheckInRecords;
  fees: FeeRecords;
  absences: AbsenceRecords;
  /** Renewals, the end of an absence recorded by the cell, the return report owed afterwards. */
  absenceChanges: AbsenceChangeRecords;
  reviews: ReviewRecords;
  requests: RequestRecords;
  directory: DirectoryRecords;
  standing: StandingRecords;
  // The cell's and committee's side (secretary, deputy, officers): access checks, decisions, reports.
  access: AccessRecords;
  decisions: DecisionRecords;
  pending: PendingRecords;
  roster: RosterRecords;
  memberRecords: MemberRecordRecords;
  stats: StatsRecords;
  exports: ExportRecords;
  // The scheduler's side: the sweep's reads and writes, and the outbox the delivery works through.
  sweepReader: SweepReader;
  sweepOutbox: SweepOutbox;
  notifications: NotificationRecords;
  /** The committee officers' daily digests. */
  officerDigests: OfficerDigestRecords;
  /** The housekeeping's prunes of personal data past its retention. */
  retention: RetentionRecords;
  /** Photos and documents members sent (the bytes are in the file storage, src/files). */
  storedFiles: StoredFileRecords;
  /** The monthly cell meetings: schedule, members' answers, attendance for the minutes. */
  meetings: MeetingRecords;
  /** The committee dashboard's sign-in links, sessions and audited page reads. */
  dashboard: DashboardRecords;
}

/** `policy` defaults to the shipped prisma/policy.json; the service passes `loadPolicy(config.policyFile)`. */
export function createRecords(db: Database, clock: Clock, policy: Policy = loadPolicy()): Records {
  const stats = new StatsRecords(db, clock, policy);
  const roster = new RosterRecords(db, clock, policy);
  const memberRecords = new MemberRecordRecords(db, clock, policy);
  return {
    db,
    policy,
    members: new MemberRecords(db, clock),
    invites: new InviteRecords(db, clock, policy.invites),
    connections: new ConnectionRecords(db, clock),
    inboundUpdates: new InboundUpdateRecords(db, clock),
    checkIns: new CheckInRecords(db, clock, policy),
    fees: new FeeRecords(db, clock),
    absences: new AbsenceRecords(db, clock, policy),
    absenceChanges: new AbsenceChangeRecords(db, clock, policy),
    reviews: new ReviewRecords(db, clock, policy),
    requests: new RequestRecords(db, clock),
    directory: new DirectoryRecords(db, clock),
    standing: new StandingRecords(db, clock, policy),
    access: new AccessRecords(db, clock),
    decisions: new DecisionRecords(db, clock, policy),
    pending: new PendingRecords(db, clock, policy),
    roster,
    memberRecords,
    stats,
    exports: new ExportRecords(db, clock, policy, new StatsRecords(db, clock, policy)),
    sweepReader: new SweepReader(db),
    sweepOutbox: new SweepOutbox(db),
    notifications: new NotificationRecords(db),
    officerDigests: new OfficerDigestRecords(db, policy),
    retention: new RetentionRecords(db),
    storedFiles: new StoredFileRecords(db, clock),
    meetings: new MeetingRecords(db, clock, policy),
    dashboard: new DashboardRecords(db, clock, policy.dashboard, { stats, roster, memberRecords }),
  };
}
