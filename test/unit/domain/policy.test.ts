// The shipped policy file loads into plain values; a broken copy is refused with the field's path.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_POLICY_FILE, loadPolicy, parsePolicy, PolicyError } from '../../../src/domain/policy';

/** section -> threshold -> { value, source }, loose enough to break on purpose. */
type PolicyDocument = Record<string, Record<string, Record<string, unknown>>>;

function shippedDocument(): PolicyDocument {
  return JSON.parse(fs.readFileSync(DEFAULT_POLICY_FILE, 'utf8')) as PolicyDocument;
}

function problemOf(change: (document: PolicyDocument) => void): string | undefined {
  const document = shippedDocument();
  change(document);
  try {
    parsePolicy(document);
    return undefined;
  } catch (error) {
    if (error instanceof PolicyError) return error.message;
    throw error;
  }
}

describe('policy', () => {
  it('loads the shipped file as plain values without sources', () => {
    const policy = loadPolicy();
    expect(policy.fees).toEqual({
      unpaidMonthsNudge: 1,
      unpaidMonthsAlertSecretary: 2,
      unpaidMonthsRemovalReview: 3,
    });
    expect(policy.checkIn).toEqual({
      opensOnDay: 1,
      nudgeDays: [20, 27],
      contactLostMonths: 2,
      lateWindowDays: 10,
    });
    expect(policy.exemption).toEqual({ reminderDaysBefore: [30, 7], maxMonths: 12 });
    expect(policy.abroad.officialTransferMonths).toBe(12);
    expect(policy.departure).toEqual({
      seasonalMaxMonths: 3,
      temporaryTransferMinMonths: 3,
      temporaryTransferMaxMonths: 12,
    });
    expect(policy.review).toMatchObject({ opensMonth: 11, opensDay: 1, dueMonth: 12, dueDay: 15 });
    expect(policy.review.sectionMinChars).toBe(10);
    expect(policy.nudges).toEqual({ quietHoursStart: 21, quietHoursEnd: 8, maxPerDay: 1 });
    expect(policy.return).toEqual({ reportWithinDays: 15, nudgeEveryDays: 7, hostReviewAbroad: true });
    expect(policy.applications).toEqual({
      seasonalDecidedBy: 'none',
      temporaryTransferDecidedBy: 'grassroots',
      temporaryExemptionDecidedBy: 'grassroots',
      officialTransferDecidedBy: 'district',
    });
    expect(policy.escalation).toEqual({ cellActWithinDays: 14 });
    expect(policy.invites).toEqual({
      lifetimeDays: 14,
      chatWrongTries: 5,
      chatWindowMinutes: 60,
      globalWrongTries: 30,
      globalWindowMinutes: 1,
      globalPauseMinutes: 15,
      cellAlertEveryMinutes: 60,
    });
    expect(policy.retention).toEqual({
      notificationPayloadDays: 30,
      inviteFailureHours: 24,
      updateMarkerDays: 2,
    });
    expect(policy.scheduler.housekeepingEveryMinutes).toBe(60);
    expect(JSON.stringify(policy)).not.toContain('source');
    expect(policy).not.toHaveProperty('$comment');
  });

  it('gives every threshold a source', () => {
    const walk = (node: unknown, at: string): string[] => {
      if (node === null || typeof node !== 'object' || Array.isArray(node)) return [at];
      if ('value' in node) return typeof (node as { source?: unknown }).source === 'string' ? [] : [at];
      return Object.entries(node)
        .filter(([key]) => key !== '$comment')
        .flatMap(([key, inner]) => walk(inner, at ? `${at}.${key}` : key));
    };
    expect(walk(shippedDocument(), '')).toEqual([]);
  });

  it.each<[string, (document: PolicyDocument) => void, string]>([
    [
      'a zero threshold',
      (d) => (d.fees.unpaidMonthsAlertSecretary.value = 0),
      'policy fees.unpaidMonthsAlertSecretary.value: must be a whole number from 1 to 12',
    ],
    [
      'a fraction',
      (d) => (d.abroad.officialTransferMonths.value = 11.5),
      'policy abroad.officialTransferMonths.value: must be a whole number from 1 to 60',
    ],
    [
      'a number written as text',
      (d) => (d.checkIn.contactLostMonths.value = '2'),
      'policy checkIn.contactLostMonths.value: must be a whole number from 1 to 12',
    ],
    [
      'a late window of a month or more (a second closed month would open)',
      (d) => (d.checkIn.lateWindowDays.value = 29),
      'policy checkIn.lateWindowDays.value: must be a whole number from 0 to 28',
    ],
    ['a missing section', (d) => delete d.review, 'policy review: is required'],
    [
      'a review part that may be empty',
      (d) => (d.review.sectionMinChars.value = 0),
      'policy review.sectionMinChars.value: must be a whole number from 1 to 4000',
    ],
    [
      'a missing source',
      (d) => delete d.fees.unpaidMonthsNudge.source,
      'policy fees.unpaidMonthsNudge.source: is required',
    ],
    ['an empty source', (d) => (d.digest.hour.source = ' '), 'policy digest.hour.source: must not be empty'],
    [
      'an unknown field',
      (d) => (d.fees.unpaidMonthsWarn = { value: 1, source: 'x' }),
      'policy fees: unknown field unpaidMonthsWarn',
    ],
    [
      'a bad list item',
      (d) => (d.checkIn.nudgeDays.value = [20, 32]),
      'policy checkIn.nudgeDays.value[1]: must be a whole number from 1 to 31',
    ],
    [
      'stages out of order',
      (d) => (d.fees.unpaidMonthsRemovalReview.value = 2),
      'policy fees.unpaidMonthsRemovalReview.value: must be more than fees.unpaidMonthsAlertSecretary (2)',
    ],
    [
      'reminders out of order',
      (d) => (d.exemption.reminderDaysBefore.value = [7, 30]),
      'policy exemption.reminderDaysBefore.value: must be in descending order without repeats (e.g. [30, 7])',
    ],
    [
      'a transfer range that is empty',
      (d) => (d.departure.temporaryTransferMaxMonths.value = 3),
      'policy departure.temporaryTransferMaxMonths.value: must be more than departure.temporaryTransferMinMonths (3)',
    ],
    [
      'a review due before it opens',
      (d) => (d.review.dueMonth.value = 10),
      'policy review.dueMonth.value: the due date must come after the opening date in the same year',
    ],
    [
      'a deciding level that is no level',
      (d) => (d.applications.temporaryExemptionDecidedBy.value = 'commune'),
      'policy applications.temporaryExemptionDecidedBy.value: must be one of none, cell, grassroots, district, province',
    ],
    [
      'an exemption nobody decides',
      (d) => (d.applications.temporaryExemptionDecidedBy.value = 'none'),
      'policy applications.temporaryExemptionDecidedBy.value: must name the level that decides: cell, grassroots, district or province',
    ],
    [
      'seasonal work made an application',
      (d) => (d.applications.seasonalDecidedBy.value = 'cell'),
      'policy applications.seasonalDecidedBy.value: must be none: seasonal work of under the transfer minimum needs no application (HD 01-HD/TW §10.3)',
    ],
    [
      'escalation after no days at all',
      (d) => (d.escalation.cellActWithinDays.value = 0),
      'policy escalation.cellActWithinDays.value: must be a whole number from 1 to 365',
    ],
    [
      'invite tries pruned before their limit has counted them',
      (d) => {
        d.invites.chatWindowMinutes.value = 120;
        d.retention.inviteFailureHours.value = 1;
      },
      "policy retention.inviteFailureHours.value: must cover the invite limits' windows (120 minutes)",
    ],
  ])('refuses %s, naming the field', (_case, change, message) => {
    expect(problemOf(change)).toBe(message);
  });

  it('reads a file given by path and names a broken copy', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'homecell-policy-'));
    try {
      const good = path.join(dir, 'good.json');
      const document = shippedDocument();
      document.fees.unpaidMonthsRemovalReview.value = 4;
      fs.writeFileSync(good, JSON.stringify(document));
      expect(loadPolicy(good).fees.unpaidMonthsRemovalReview).toBe(4);

      const broken = path.join(dir, 'broken.json');
      document.fees.unpaidMonthsAlertSecretary.value = -1;
      fs.writeFileSync(broken, JSON.stringify(document));
      expect(() => loadPolicy(broken)).toThrow(
        new PolicyError('fees.unpaidMonthsAlertSecretary.value', 'must be a whole number from 1 to 12'),
      );

      const notJson = path.join(dir, 'not.json');
      fs.writeFileSync(notJson, '{ "fees": ');
      expect(() => loadPolicy(notJson)).toThrow(/is not valid JSON/);
      expect(() => loadPolicy(path.join(dir, 'missing.json'))).toThrow(/cannot read .*ENOENT/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("takes a section an older committee file lacks from the shipped file, with a warning, and still refuses a present section's mistakes", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'homecell-policy-'));
    const warn = jest.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    try {
      const older = path.join(dir, 'older.json');
      const document = shippedDocument() as Record<string, unknown>;
      delete document.files;
      fs.writeFileSync(older, JSON.stringify(document));
      expect(loadPolicy(older).files).toEqual(loadPolicy().files);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('has no files section'), 'PolicyWarning');

      const half = path.join(dir, 'half.json');
      fs.writeFileSync(
        half,
        JSON.stringify({ ...shippedDocument(), files: { maxMegabytes: { value: 5, source: 'x' } } }),
      );
      expect(() => loadPolicy(half)).toThrow(new PolicyError('files.acceptedTypes', 'is required'));
    } finally {
      warn.mockRestore();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
