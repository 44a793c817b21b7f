// The policy file: every threshold of the rules with its source regulation, validated at start-up into plain values.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** The shipped policy; src/domain and dist/domain both sit two levels below the package root. */
export const DEFAULT_POLICY_FILE = path.resolve(__dirname, '../../prisma/policy.json');

export class PolicyError extends Error {
  constructor(
    /** Dotted path of the offending field, e.g. "fees.unpaidMonthsNudge.value"; "" for the whole file. */
    readonly field: string,
    readonly problem: string,
  ) {
    super(field ? `policy ${field}: ${problem}` : `policy: ${problem}`);
  }
}

function wholeNumber(min: number, max: number) {
  const problem = `must be a whole number from ${min} to ${max}`;
  return z.number({ error: problem }).int(problem).min(min, problem).max(max, problem);
}

const dayOfMonth = wholeNumber(1, 31);
const monthOfYear = wholeNumber(1, 12);
const hourOfDay = wholeNumber(0, 23);

/** Who decides an application: nobody (the member only tells the cell), the cell itself, or a committee above it. */
export const DECIDING_LEVELS = ['none', 'cell', 'grassroots', 'district', 'province'] as const;
export type DecidingLevel = (typeof DECIDING_LEVELS)[number];
const decidingLevel = z.enum(DECIDING_LEVELS, {
  error: `must be one of ${DECIDING_LEVELS.join(', ')}`,
});

/** The kinds of file a member may send, told apart by their first bytes (src/files/file-type.ts). */
export const FILE_TYPES = ['jpeg', 'png', 'webp', 'heic', 'pdf'] as const;
export type FileType = (typeof FILE_TYPES)[number];

/** Each threshold carries the regulation or product rule it comes from, so a committee can check it. */
function sourced<T extends z.ZodType>(value: T) {
  return z.strictObject({
    value,
    source: z.string({ error: 'must name the regulation or rule' }).trim().min(1, 'must not be empty'),
  });
}

const fileSchema = z.strictObject({
  $comment: z.string().optional(),
  fees: z.strictObject({
    unpaidMonthsNudge: sourced(wholeNumber(1, 12)),
    unpaidMonthsAlertSecretary: sourced(wholeNumber(1, 12)),
    unpaidMonthsRemovalReview: sourced(wholeNumber(1, 12)),
  }),
  feeArrangement: z.strictObject({
    maxMonths: sourced(wholeNumber(1, 24)),
    limitedToExemption: sourced(z.boolean({ error: 'must be true or false' })),
  }),
  checkIn: z.strictObject({
    opensOnDay: sourced(dayOfMonth),
    nudgeDays: sourced(z.array(dayOfMonth, { error: 'must be a list of days of the month' })),
    contactLostMonths: sourced(wholeNumber(1, 12)),
    // Under a month, so only the month just closed can be filed late (issue 11 §7); 0 turns late filing off.
    lateWindowDays: sourced(wholeNumber(0, 28)),
  }),
  exemption: z.strictObject({
    reminderDaysBefore: sourced(z.array(wholeNumber(1, 365), { error: 'must be a list of day counts' })),
    maxMonths: sourced(wholeNumber(1, 24)),
  }),
  abroad: z.strictObject({
    officialTransferMonths: sourced(wholeNumber(1, 60)),
  }),
  departure: z.strictObject({
    seasonalMaxMonths: sourced(wholeNumber(1, 12)),
    temporaryTransferMinMonths: sourced(wholeNumber(1, 24)),
    temporaryTransferMaxMonths: sourced(wholeNumber(1, 60)),
  }),
  review: z.strictObject({
    opensMonth: sourced(monthOfYear),
    opensDay: sourced(dayOfMonth),
    nudgeEveryDays: sourced(wholeNumber(1, 31)),
    dueMonth: sourced(monthOfYear),
    dueDay: sourced(dayOfMonth),
    closesMonth: sourced(monthOfYear),
    closesDay: sourced(dayOfMonth),
    /** Up to the longest part a member may write (REVIEW_SECTION_MAX_CHARS in domain/review.ts). */
    sectionMinChars: sourced(wholeNumber(1, 4000)),
  }),
  return: z.strictObject({
    reportWithinDays: sourced(wholeNumber(1, 365)),
    nudgeEveryDays: sourced(wholeNumber(1, 31)),
    hostReviewAbroad: sourced(z.boolean({ error: 'must be true or false' })),
  }),
  /** Which level decides each kind of departure (DOMAIN duty 3): a committee may delegate by its own rules. */
  applications: z.strictObject({
    seasonalDecidedBy: sourced(decidingLevel),
    temporaryTransferDecidedBy: sourced(decidingLevel),
    temporaryExemptionDecidedBy: sourced(decidingLevel),
    officialTransferDecidedBy: sourced(decidingLevel),
  }),
  /** The monthly cell meeting (DOMAIN "The monthly meeting"): invitations, and the other half of the removal rule. */
  meetings: z.strictObject({
    inviteDaysBefore: sourced(wholeNumber(1, 31)),
    reminderHoursBefore: sourced(wholeNumber(1, 72)),
    unexcusedAbsencesAlertSecretary: sourced(wholeNumber(1, 12)),
    unexcusedAbsencesRemovalReview: sourced(wholeNumber(1, 12)),
  }),
  /** Product rule 12: what a cell leaves undone reaches the grassroots committee. */
  escalation: z.strictObject({
    cellActWithinDays: sourced(wholeNumber(1, 365)),
  }),
  nudges: z.strictObject({
    quietHoursStart: sourced(hourOfDay),
    quietHoursEnd: sourced(hourOfDay),
    maxPerDay: sourced(wholeNumber(1, 24)),
  }),
  digest: z.strictObject({
    hour: sourced(hourOfDay),
  }),
  delivery: z.strictObject({
    messagesPerSecond: sourced(wholeNumber(1, 1000)),
    maxAttempts: sourced(wholeNumber(1, 20)),
    retryBaseSeconds: sourced(wholeNumber(1, 3600)),
    /** Zalo publishes no limits: its own rate gate, and the pause after a 429 that names no wait. */
    zaloMessagesPerSecond: sourced(wholeNumber(1, 1000)),
    zaloRateLimitPauseSeconds: sourced(wholeNumber(1, 3600)),
  }),
  scheduler: z.strictObject({
    sweepEveryMinutes: sourced(wholeNumber(1, 1440)),
    housekeepingEveryMinutes: sourced(wholeNumber(1, 1440)),
  }),
  forms: z.strictObject({
    draftTtlDays: sourced(wholeNumber(1, 365)),
  }),
  invites: z.strictObject({
    lifetimeDays: sourced(wholeNumber(1, 90)),
    chatWrongTries: sourced(wholeNumber(1, 100)),
    chatWindowMinutes: sourced(wholeNumber(1, 1440)),
    globalWrongTries: sourced(wholeNumber(1, 100_000)),
    globalWindowMinutes: sourced(wholeNumber(1, 1440)),
    globalPauseMinutes: sourced(wholeNumber(1, 1440)),
    cellAlertEveryMinutes: sourced(wholeNumber(1, 10_080)),
  }),
  /** Photos and documents members send (receipts, signed comments): what homecell takes and keeps. */
  files: z.strictObject({
    // Telegram lets a bot download files up to 20 MB.
    maxMegabytes: sourced(wholeNumber(1, 20)),
    acceptedTypes: sourced(
      z
        .array(z.enum(FILE_TYPES), { error: `must be a list of ${FILE_TYPES.join(', ')}` })
        .min(1, 'must name at least one type'),
    ),
  }),
  /** The committee dashboard's sign-in links and sessions (src/http/dashboard). */
  dashboard: z.strictObject({
    linkLifetimeMinutes: sourced(wholeNumber(1, 60)),
    sessionHours: sourced(wholeNumber(1, 24)),
    signInWrongTries: sourced(wholeNumber(1, 1000)),
    signInWindowMinutes: sourced(wholeNumber(1, 1440)),
    // Links, sessions and failed tries are deleted this long after they are over (housekeeping).
    retentionHours: sourced(wholeNumber(1, 8760)),
  }),
  /** How long personal data the rules no longer need is kept (drafts: forms.draftTtlDays). */
  retention: z.strictObject({
    notificationPayloadDays: sourced(wholeNumber(1, 3650)),
    inviteFailureHours: sourced(wholeNumber(1, 8760)),
    updateMarkerDays: sourced(wholeNumber(1, 365)),
  }),
});

type PolicyFile = z.infer<typeof fileSchema>;
type WithoutSources<T> = T extends { value: infer V; source: string }
  ? V
  : { [K in keyof T as K extends '$comment' ? never : K]: WithoutSources<T[K]> };

/** The thresholds as plain values: `policy.fees.unpaidMonthsAlertSecretary` is a number. */
export type Policy = WithoutSources<PolicyFile>;

interface Problem {
  field: string;
  problem: string;
}

/** Rules between fields that no single range can express. */
function crossFieldProblems(policy: Policy): Problem | undefined {
  const {
    fees,
    checkIn,
    exemption,
    departure,
    review,
    nudges,
    feeArrangement,
    invites,
    retention,
    applications,
    meetings,
  } = policy;
  const inviteWindowsMinutes = Math.max(
    invites.chatWindowMinutes,
    invites.globalWindowMinutes + invites.globalPauseMinutes,
  );
  const checks: Array<[boolean, string, string]> = [
    [
      fees.unpaidMonthsAlertSecretary > fees.unpaidMonthsNudge,
      'fees.unpaidMonthsAlertSecretary.value',
      `must be more than fees.unpaidMonthsNudge (${fees.unpaidMonthsNudge})`,
    ],
    [
      fees.unpaidMonthsRemovalReview > fees.unpaidMonthsAlertSecretary,
      'fees.unpaidMonthsRemovalReview.value',
      `must be more than fees.unpaidMonthsAlertSecretary (${fees.unpaidMonthsAlertSecretary})`,
    ],
    [
      isStrictlyAscending(checkIn.nudgeDays) && checkIn.nudgeDays.every((day) => day > checkIn.opensOnDay),
      'checkIn.nudgeDays.value',
      `must be days after checkIn.opensOnDay (${checkIn.opensOnDay}), in ascending order`,
    ],
    [
      isStrictlyAscending([...exemption.reminderDaysBefore].reverse()),
      'exemption.reminderDaysBefore.value',
      'must be in descending order without repeats (e.g. [30, 7])',
    ],
    [
      feeArrangement.maxMonths <= exemption.maxMonths || !feeArrangement.limitedToExemption,
      'feeArrangement.maxMonths.value',
      `must not exceed exemption.maxMonths (${exemption.maxMonths}) while limitedToExemption is true`,
    ],
    [
      departure.seasonalMaxMonths <= departure.temporaryTransferMinMonths,
      'departure.seasonalMaxMonths.value',
      `must not exceed departure.temporaryTransferMinMonths (${departure.temporaryTransferMinMonths})`,
    ],
    [
      departure.temporaryTransferMaxMonths > departure.temporaryTransferMinMonths,
      'departure.temporaryTransferMaxMonths.value',
      `must be more than departure.temporaryTransferMinMonths (${departure.temporaryTransferMinMonths})`,
    ],
    [
      monthDay(review.opensMonth, review.opensDay) < monthDay(review.dueMonth, review.dueDay),
      'review.dueMonth.value',
      'the due date must come after the opening date in the same year',
    ],
    [
      monthDay(review.dueMonth, review.dueDay) <= monthDay(review.closesMonth, review.closesDay),
      'review.closesMonth.value',
      'the closing date must not come before the due date',
    ],
    [
      // The limits count the tries of their windows (and a pause looks back over its own): pruning them sooner
      // would lift a limit early.
      retention.inviteFailureHours * 60 >= inviteWindowsMinutes,
      'retention.inviteFailureHours.value',
      `must cover the invite limits' windows (${inviteWindowsMinutes} minutes)`,
    ],
    [
      applications.seasonalDecidedBy === 'none',
      'applications.seasonalDecidedBy.value',
      'must be none: seasonal work of under the transfer minimum needs no application (HD 01-HD/TW §10.3)',
    ],
    ...(
      ['temporaryTransferDecidedBy', 'temporaryExemptionDecidedBy', 'officialTransferDecidedBy'] as const
    ).map((field): [boolean, string, string] => [
      applications[field] !== 'none',
      `applications.${field}.value`,
      'must name the level that decides: cell, grassroots, district or province',
    ]),
    [
      meetings.unexcusedAbsencesRemovalReview > meetings.unexcusedAbsencesAlertSecretary,
      'meetings.unexcusedAbsencesRemovalReview.value',
      `must be more than meetings.unexcusedAbsencesAlertSecretary (${meetings.unexcusedAbsencesAlertSecretary})`,
    ],
    [
      meetings.reminderHoursBefore < meetings.inviteDaysBefore * 24,
      'meetings.reminderHoursBefore.value',
      `must come after the invitation (meetings.inviteDaysBefore is ${meetings.inviteDaysBefore} days)`,
    ],
    [
      nudges.quietHoursStart !== nudges.quietHoursEnd,
      'nudges.quietHoursEnd.value',
      'must differ from nudges.quietHoursStart (there would be no hour to send in)',
    ],
  ];
  const failed = checks.find(([ok]) => !ok);
  return failed ? { field: failed[1], problem: failed[2] } : undefined;
}

function isStrictlyAscending(values: readonly number[]): boolean {
  return values.every((value, index) => index === 0 || value > values[index - 1]);
}

/** Orders (month, day) pairs within a year without building dates. */
function monthDay(month: number, day: number): number {
  return month * 100 + day;
}

function withoutSources(node: unknown): unknown {
  if (Array.isArray(node) || node === null || typeof node !== 'object') return node;
  if ('value' in node && 'source' in node) return node.value;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => key !== '$comment')
      .map(([key, inner]) => [key, withoutSources(inner)]),
  );
}

function describe(issue: z.core.$ZodIssue): Problem {
  const field = issue.path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index > 0 ? '.' : ''}${String(key)}`))
    .join('');
  if (issue.code === 'unrecognized_keys') {
    return { field, problem: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}` };
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) return { field, problem: 'is required' };
  return { field, problem: issue.message };
}

/** Validates an already-parsed policy document; throws PolicyError naming the first bad field. */
export function parsePolicy(document: unknown): Policy {
  const parsed = fileSchema.safeParse(document, { reportInput: true });
  if (!parsed.success) {
    const { field, problem } = describe(parsed.error.issues[0]);
    throw new PolicyError(field, problem);
  }
  const policy = withoutSources(parsed.data) as Policy;
  const problem = crossFieldProblems(policy);
  if (problem) throw new PolicyError(problem.field, problem.problem);
  return policy;
}

/** Reads and validates the policy file (the shipped one by default); throws PolicyError. */
export function loadPolicy(file: string = DEFAULT_POLICY_FILE): Policy {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new PolicyError('', `cannot read ${file} (${code})`);
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new PolicyError('', `${file} is not valid JSON (${(error as Error).message})`);
  }
  return parsePolicy(file === DEFAULT_POLICY_FILE ? document : withShippedSections(document, file));
}

/**
 * A committee's own policy file written for an older version lacks the sections added since (files, say):
 * those whole sections come from the shipped file, with a warning naming them, so an upgrade does not stop
 * the service. A section that is present is never completed field by field: its mistakes are still refused.
 */
function withShippedSections(document: unknown, file: string): unknown {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) return document;
  const shipped = JSON.parse(fs.readFileSync(DEFAULT_POLICY_FILE, 'utf8')) as Record<string, unknown>;
  const own = document as Record<string, unknown>;
  const missing = Object.keys(shipped).filter((section) => section !== '$comment' && !(section in own));
  if (missing.length === 0) return document;
  process.emitWarning(
    `${file} has no ${missing.join(', ')} section; using the shipped ${DEFAULT_POLICY_FILE} for ${missing.length > 1 ? 'them' : 'it'}`,
    'PolicyWarning',
  );
  return { ...own, ...Object.fromEntries(missing.map((section) => [section, shipped[section]])) };
}
