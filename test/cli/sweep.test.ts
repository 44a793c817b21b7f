// `homecell sweep`: with the demo cell, a dry run on 20 December 2026 at 09:00 (Vietnam) lists exactly the nudges and
// alerts DOMAIN.md calls for; a real sweep queues them once, and with a bot token delivers them once; --at reads
// local times in the home zone.
import { seedDemo, DEMO_CHAT_ID_BASE } from '../../src/records/demo';
import { BotApiEmulator } from '../../src/sandbox/emulator';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { runCli } from './run-cli';

jest.setTimeout(90_000);

const AT = '2026-12-20T09:00:00+07:00';
/** The demo is relative to the day it is seeded; these tests seed it as of 24 November 2026. */
const SEEDED_AT = new Date('2026-11-24T09:00:00+07:00');
const TOKEN = '123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ_abc';

interface Listed {
  kind: string;
  key: string;
  recipient: { memberId: number; name: string; locale: string };
  items?: Array<{ key: string; rule: string }>;
  rule?: string;
  text: string | null;
  buttons: string[];
}

interface DryRun {
  dryRun: boolean;
  messages: Listed[];
  alreadyQueued: Listed[];
  held: Array<{ recipient: { name: string }; until: string; reason: string; items: Array<{ key: string }> }>;
}

describe('homecell sweep', () => {
  let database: TestDatabase;
  let id: (name: string) => number;
  const cli = (args: string[], env: Record<string, string> = {}) =>
    runCli(args, { DATABASE_URL: database.url, ...env });

  beforeEach(async () => {
    database = await createTestDatabase();
    await seedDemo(database.db, { now: SEEDED_AT, homeTimezone: 'Asia/Ho_Chi_Minh' });
    const members = await database.db.member.findMany({ select: { id: true, fullName: true } });
    id = (name) => members.find((member) => member.fullName === name)!.id;
  });
  afterEach(async () => {
    await database.drop();
  });

  it('--dry-run --json lists exactly what DOMAIN.md calls for on 20 December at 09:00, and writes nothing', async () => {
    const result = await cli(['sweep', '--at', AT, '--dry-run', '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as DryRun;
    const hung = 'Nguyễn Văn Hùng';
    const nudge = (name: string, ...items: string[]) => ({
      kind: 'nudge',
      to: name,
      key: `nudge:${id(name)}:2026-12-20`,
      items: items.map((item) => item.replace('#', String(id(name)))),
    });
    // Every member: November's fee is unpaid past due (rule 1, stage 1). Members away and bound to check in:
    // the day-20 check-in nudge (rule 3). Members not on full exemption: the week-7 review nudge, past the cell's
    // 15 December meeting, still accepted to 31 December (rule 7); a temporary exemption (Minh) owes the review like
    // anyone, and only Thọ, fully exempt at home for his age, is "miễn đánh giá" (and checks in no more). Ngọc's
    // exemption ended 12 December with no return or renewal: she is told too, in her hours (issue 11 §5).
    const expected = [
      nudge(hung, 'fee:#:2026-11:nudge', 'review:#:2026:week-7'),
      nudge('Trần Thị Thu Hà', 'fee:#:2026-11:nudge', 'review:#:2026:week-7'),
      nudge('Ngô Văn Khải', 'fee:#:2026-11:nudge', 'review:#:2026:week-7'),
      nudge('Lê Văn Minh', 'fee:#:2026-11:nudge', 'checkin:#:2026-12:day-20', 'review:#:2026:week-7'),
      nudge(
        'Phạm Thị Ngọc',
        'fee:#:2026-11:nudge',
        'checkin:#:2026-12:day-20',
        'review:#:2026:week-7',
        'lapsed:#:2026-12-12:member',
      ),
      nudge('Hoàng Văn Tuấn', 'fee:#:2026-11:nudge', 'checkin:#:2026-12:day-20', 'review:#:2026:week-7'),
      nudge('Vũ Văn Long', 'fee:#:2026-11:nudge', 'checkin:#:2026-12:day-20', 'review:#:2026:week-7'),
      nudge('Bùi Thị Lan', 'fee:#:2026-11:nudge', 'checkin:#:2026-12:day-20', 'review:#:2026:week-7'),
      nudge('Đỗ Thị Mai', 'fee:#:2026-11:nudge', 'review:#:2026:week-7'),
      nudge('Phan Văn Thọ', 'fee:#:2026-11:nudge'),
      // Immediate alerts to the secretary: Ngọc's exemption ended 12 December with no return or renewal (rule 4);
      // Tuấn has September to November unpaid, three months: eligible for the removal review (rule 1, stage 3);
      // Hương has been in Czechia 15 months without an official transfer (rule 5).
      { kind: 'alert', to: hung, key: `exemption:${id('Phạm Thị Ngọc')}:2026-12-12:lapsed`, items: [] },
      { kind: 'alert', to: hung, key: `fee:${id('Hoàng Văn Tuấn')}:2026-11:removal-review`, items: [] },
      {
        kind: 'alert',
        to: hung,
        key: `abroad:${id('Đặng Thị Hương')}:2025-09-01:transfer-overdue`,
        items: [],
      },
      // The digest (after 07:00 in the cell's zone): new overdue items (rule 8).
      { kind: 'digest', to: hung, key: `digest:${await cellId()}:2026-12-20`, items: expectedDigestItems() },
    ];
    const listed = report.messages.map((message) => ({
      kind: message.kind,
      to: message.recipient.name,
      key: message.key,
      items: (message.items ?? []).map((item) => item.key),
    }));
    const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);
    expect(listed.map((entry) => ({ ...entry, items: [...entry.items].sort() })).sort(byKey)).toEqual(
      expected.map((entry) => ({ ...entry, items: [...entry.items].sort() })).sort(byKey),
    );
    // 03:00 in Brno: Hương's four items wait for her 08:00 (rule 8), none dropped.
    expect(report.held).toEqual([
      {
        recipient: { memberId: id('Đặng Thị Hương'), name: 'Đặng Thị Hương', locale: 'en' },
        until: '2026-12-20T08:00:00+01:00',
        reason: 'outside-hours',
        // Oldest first: November's fee (due since 1 December), then the day-20 check-in and review nudges.
        items: [
          `fee:${id('Đặng Thị Hương')}:2026-11:nudge`,
          `checkin:${id('Đặng Thị Hương')}:2026-12:day-20`,
          `review:${id('Đặng Thị Hương')}:2026:week-7`,
          `abroad:${id('Đặng Thị Hương')}:2025-09-01:transfer-guidance`,
        ].map((key) => ({ key, rule: expect.any(String) })),
      },
    ]);
    expect(report.alreadyQueued).toEqual([]);
    // What the members read, in their language, with the buttons that open the forms.
    const tuan = report.messages.find((message) => message.recipient.name === 'Hoàng Văn Tuấn')!;
    expect(tuan.text).toContain('Đảng phí năm 2026 còn 3 tháng chưa đóng: 09/2026, 10/2026, 11/2026.');
    expect(tuan.buttons).toEqual([
      '💳 Xác nhận đảng phí',
      '📝 Báo cáo tháng này',
      '📄 Viết bản tự kiểm điểm',
    ]);
    // Rule 5: the directory has nothing for Czechia, and Hương's guidance waits for her hours: the alert says so.
    const overdue = report.messages.find((message) => message.key.endsWith(':transfer-overdue'))!;
    expect(overdue.text).toContain(
      'Danh bạ chưa có tổ chức đảng tại Séc; đề nghị chi bộ hướng dẫn đồng chí Đặng',
    );
    expect(overdue.text).not.toContain('đã được gửi');
    expect(await database.db.notification.count()).toBe(0);

    function expectedDigestItems(): string[] {
      const all = [
        hung,
        'Trần Thị Thu Hà',
        'Ngô Văn Khải',
        'Lê Văn Minh',
        'Phạm Thị Ngọc',
        'Hoàng Văn Tuấn',
        'Đặng Thị Hương',
        'Vũ Văn Long',
        'Bùi Thị Lan',
        'Đỗ Thị Mai',
        'Phan Văn Thọ',
      ];
      const away = [
        'Lê Văn Minh',
        'Phạm Thị Ngọc',
        'Hoàng Văn Tuấn',
        'Đặng Thị Hương',
        'Vũ Văn Long',
        'Bùi Thị Lan',
      ];
      const exempt = ['Phan Văn Thọ'];
      return [
        // November's check-in is overdue for every member away (rule 3)...
        ...away.map((name) => `checkin:${id(name)}:2026-11:overdue`),
        // ...and Long has missed September to November: contact lost (rule 3).
        `contact-lost:${id('Vũ Văn Long')}:2026-09`,
        // One unpaid month (stage 1) for everyone but Tuấn, whose stage 3 went as an alert (rule 1).
        ...all.filter((name) => name !== 'Hoàng Văn Tuấn').map((name) => `fee:${id(name)}:2026-11:overdue`),
        // Reviews missing at the cell's meeting, the fully exempt member aside (rule 7).
        ...all.filter((name) => !exempt.includes(name)).map((name) => `review:${id(name)}:2026:missing`),
      ];
    }
  });

  async function cellId(): Promise<number> {
    return (await database.db.unit.findFirstOrThrow({ where: { kind: 'cell' } })).id;
  }

  // Issue 14: the demo cell meets on the 28th at 19:30; seeded on 24 November, November's meeting is scheduled and
  // October's attendance recorded (Tuấn the one absent without a reason).
  it.each([
    ['2026-11-27T09:00:00+07:00', 'invite'],
    ['2026-11-27T19:45:00+07:00', 'reminder'],
  ])(
    "at %s the demo's meeting brings each member it expects the %s, and Tuấn a word on October",
    async (at, stage) => {
      const result = await cli(['sweep', '--at', at, '--dry-run', '--json']);
      expect(result.stderr).toBe('');
      const report = JSON.parse(result.stdout) as DryRun;
      const [october, november] = await database.db.meeting.findMany({ orderBy: { startsAt: 'asc' } });
      const withRule = (items: Array<{ key: string; rule?: string }>) =>
        items as Array<{ key: string; rule: string }>;
      const meetingItems = [
        ...report.messages.flatMap((message) => withRule(message.items ?? [])),
        ...report.held.flatMap((nudge) => withRule(nudge.items)),
      ]
        .filter((item) => item.rule.startsWith('meeting'))
        .map((item) => item.key)
        .sort();
      // Not Minh and Ngọc (temporary exemptions) nor Long (temporary transfer): excused; not Thọ: not listed.
      const invited = [
        'Nguyễn Văn Hùng',
        'Trần Thị Thu Hà',
        'Ngô Văn Khải',
        'Hoàng Văn Tuấn',
        'Đặng Thị Hương',
        'Bùi Thị Lan',
        'Đỗ Thị Mai',
      ];
      expect(meetingItems).toEqual(
        [
          ...invited.map((name) => `meeting:${id(name)}:${november.id}:${stage}`),
          // 30 days after the meeting, within the 31 the word is news for.
          `meeting:${id('Hoàng Văn Tuấn')}:${october.id}:absent`,
        ].sort(),
      );
      const tuan = report.messages.find((message) => message.recipient.name === 'Hoàng Văn Tuấn')!;
      expect(tuan.text).toContain('mà không có lý do (lần thứ 1 trong năm 2026)');
      expect(tuan.buttons).toContain('✋ Trả lời giấy mời họp');
      // One absence without a reason is below the secretary's alert (two).
      expect(report.messages.filter((message) => message.rule?.startsWith('meeting-'))).toEqual([]);
    },
  );

  it('prints the same list for people, with what each member would read', async () => {
    const result = await cli(['sweep', '--at', AT, '--dry-run', '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      `sweep as of ${AT}, Vietnam time (dry run: nothing written, nothing sent)`,
    );
    expect(result.stdout).toContain('14 messages would be sent:');
    expect(result.stdout).toContain('| Chào đồng chí Lê Văn Minh! Chi bộ nhắc đồng chí:');
    expect(result.stdout).toContain('1 member with items held for their hours:');
    expect(result.stdout).toContain('Đặng Thị Hương (#7) until 2026-12-20T08:00:00+01:00 (outside-hours)');
  });

  it("rule 5 tells the secretary and the member what the directory holds for the member's country", async () => {
    await database.db.overseasContact.create({
      data: { countryCode: 'CZ', organisation: 'Chi bộ Brno', contact: 'brno@example.org' },
    });
    // 10:00 in Brno: Hương's guidance goes out with the alert.
    const result = await cli(['sweep', '--at', '2026-12-20T16:00:00+07:00', '--dry-run', '--json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as DryRun;
    const overdue = report.messages.find((message) => message.key.endsWith(':transfer-overdue'))!;
    expect(overdue.text).toContain(
      'homecell gửi (hoặc sẽ gửi, trong giờ nhận tin của đồng chí ấy) cho đồng chí Đặng Thị Hương địa chỉ tổ chức đảng tại Séc có trong danh bạ',
    );
    const huong = report.messages.find(
      (message) => message.key === `nudge:${id('Đặng Thị Hương')}:2026-12-20`,
    )!;
    expect(huong.text).toContain(
      'Contact the party organisation in Czechia for guidance:\n   – Chi bộ Brno: brno@example.org',
    );
  });

  it('rule 5 tells a member whose country the directory lacks to ask the secretary, without a dangling colon', async () => {
    const result = await cli(['sweep', '--at', '2026-12-20T16:00:00+07:00', '--dry-run', '--json']);
    const report = JSON.parse(result.stdout) as DryRun;
    const huong = report.messages.find(
      (message) => message.key === `nudge:${id('Đặng Thị Hương')}:2026-12-20`,
    )!;
    expect(huong.text).toContain(
      'without an official transfer of your party activities. The directory has no party organisation in Czechia yet; ask your cell secretary for guidance.',
    );
    expect(huong.text).not.toContain('for guidance:');
  });

  it("shows a help request's alert with its text, read from the request both before and after it is queued", async () => {
    const tuan = id('Hoàng Văn Tuấn');
    const request = await database.db.request.create({
      data: {
        memberId: tuan,
        kind: 'leave',
        text: 'Làm ca đêm, không thể sinh hoạt',
        sourceKey: 'test:leave:1',
        createdAt: new Date(AT),
      },
    });
    const expected = {
      kind: 'alert',
      key: `request:${request.id}`,
      rule: 'request-leave',
      text: '🆘 Đồng chí Hoàng Văn Tuấn đang nghĩ đến việc xin ra khỏi Đảng: «Làm ca đêm, không thể sinh hoạt». Đề nghị bí thư liên hệ, trao đổi và động viên đồng chí.',
    };
    const planned = JSON.parse((await cli(['sweep', '--at', AT, '--dry-run', '--json'])).stdout) as DryRun;
    expect(planned.messages.filter((message) => message.rule === 'request-leave')).toEqual([
      expect.objectContaining(expected),
    ]);
    expect((await cli(['sweep', '--at', AT, '--json'])).stdout).toContain('"alerts": 4');
    const queued = await database.db.notification.findUniqueOrThrow({
      where: { key: `request:${request.id}` },
    });
    expect(JSON.stringify(queued.payload)).not.toMatch(/ca đêm|Tuấn/);
    const listed = JSON.parse((await cli(['sweep', '--at', AT, '--dry-run', '--json'])).stdout) as DryRun;
    expect(listed.alreadyQueued.filter((message) => message.rule === 'request-leave')).toEqual([
      expect.objectContaining(expected),
    ]);
  });

  // Issue 17: a date alone, or a local time as people write it, is read in the home zone, and the output says which
  // instant that was.
  it.each([
    ['2026-12-20T09:00', {}, AT],
    ['2026-12-20 09:00', {}, AT],
    ['20/12/2026 09:00', {}, AT],
    ['2026-12-20', {}, '2026-12-20T00:00:00+07:00'],
    ['20/12/2026', {}, '2026-12-20T00:00:00+07:00'],
    ['2026-12-20T11:00:00+09:00', {}, AT],
    ['2026-12-20 09:00', { HOME_TIMEZONE: 'Europe/Prague' }, '2026-12-20T09:00:00+01:00'],
  ])('--at %s (%j) sweeps as of %s', async (text, env: Record<string, string>, instant) => {
    const result = await cli(['sweep', '--at', text, '--dry-run', '--json'], env);
    expect(result.stderr).toBe('');
    expect((JSON.parse(result.stdout) as { at: string }).at).toBe(instant);
  });

  it('prints the instant a date alone stands for, in Vietnamese by default', async () => {
    const result = await cli(['sweep', '--at', '20/12/2026', '--dry-run']);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe(
      'quét lúc 2026-12-20T00:00:00+07:00, giờ Việt Nam (chạy thử: không ghi, không gửi gì)',
    );
    expect(result.stdout).toMatch(/\n(\d+ tin sẽ được gửi:|không có tin nào sẽ được gửi)\n/);
  });

  it('refuses a time it cannot read, saying what it reads, and changes nothing', async () => {
    const result = await cli(['sweep', '--at', '20-12-2026 9h', '--dry-run']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'homecell: --at: homecell không đọc được thời điểm “20-12-2026 9h”; hãy viết 2026-12-20, 2026-12-20T09:00, ' +
        '20/12/2026 09:00 (theo HOME_TIMEZONE, Asia/Ho_Chi_Minh), hoặc kèm độ lệch giờ 2026-12-20T09:00:00+07:00\n',
    );
    const english = await cli(['sweep', '--at', '09:00', '--lang', 'en']);
    expect(english.code).toBe(2);
    expect(english.stderr).toMatch(
      /^homecell: --at: homecell cannot read “09:00” as a time; write 2026-12-20,/,
    );
    expect(await database.db.notification.count()).toBe(0);
  });

  it('without a bot token queues the messages once for the service to send', async () => {
    const first = await cli(['sweep', '--at', AT, '--json']);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({
      counts: { members: 11, nudges: 10, alerts: 3, digests: 1, held: 1 },
      delivered: null,
    });
    const messages = { kind: { in: ['nudge', 'alert', 'digest'] } };
    expect(await database.db.notification.count({ where: { ...messages, status: 'pending' } })).toBe(14);
    // Hương's four items wait, unbatched, for her morning.
    expect(await database.db.notification.count({ where: { kind: 'item', batchId: null } })).toBe(4);
    const again = await cli(['sweep', '--at', AT, '--json']);
    expect(JSON.parse(again.stdout)).toMatchObject({
      counts: { items: 0, nudges: 0, alerts: 0, digests: 0 },
    });
    expect(await database.db.notification.count({ where: messages })).toBe(14);
  });

  it('with a bot token delivers each message once, and a second run sends nothing', async () => {
    const emulator = new BotApiEmulator({ token: TOKEN });
    await emulator.start();
    try {
      // Every demo member is bound to a chat, the eleventh (Thọ, fully exempt, who still pays the fee) as well.
      for (let index = 1; index <= 11; index += 1) emulator.user(DEMO_CHAT_ID_BASE + index);
      const env = { BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: emulator.apiRoot };
      const first = await cli(['sweep', '--at', AT, '--json'], env);
      expect(first.stderr).toBe('');
      expect(JSON.parse(first.stdout)).toMatchObject({ delivered: { sent: 14, failed: 0 } });
      const second = await cli(['sweep', '--at', AT, '--json'], env);
      expect(JSON.parse(second.stdout)).toMatchObject({ delivered: { sent: 0 } });
      const perChat = Array.from(
        { length: 11 },
        (_, index) => emulator.messages(DEMO_CHAT_ID_BASE + index + 1).length,
      );
      expect(perChat).toEqual([5, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1]);
    } finally {
      await emulator.stop();
    }
  });
});
