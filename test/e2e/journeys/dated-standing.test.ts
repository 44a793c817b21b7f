// Issue 11 §1-2 end to end through the emulator: a temporary exemption is reviewed, a full exemption asks for nothing,
// a departure or a transfer filed for later changes nothing until its day, a rejection or a withdrawal nothing at all.
import pino from 'pino';
import { ChannelRegistry } from '../../../src/channels/outbound';
import { telegramOutbound } from '../../../src/channels/telegram/outbound';
import { loadPolicy } from '../../../src/domain/policy';
import { createI18n, translator } from '../../../src/i18n';
import { createScheduler } from '../../../src/scheduler/scheduler';
import { startBotHarness, TEST_TOKEN, type BotHarness } from '../../support/bot-harness';
import { cellChat, textOf, type CellChat } from '../../support/cell-chat';
import { createCell, type TestCell } from '../../support/fixtures';
import { bindMember, buttons, type MemberChat } from '../../support/member-chat';

/** On the records since early November: no fee of an earlier month is unpaid, so only the rules under test speak. */
const RECORDED = new Date('2026-11-02T03:00:00Z');
const date = (day: string) => new Date(`${day}T00:00:00Z`);

describe('dated standing and the two kinds of exemption', () => {
  let harness: BotHarness;
  let now = new Date('2026-11-20T03:00:00Z');
  const policy = loadPolicy();
  const db = () => harness.database.db;

  beforeAll(async () => {
    harness = await startBotHarness({ clock: () => now });
  });
  afterAll(async () => {
    await harness.stop();
  });

  /** One sweep and delivery at `now`, as the service's scheduler runs it. */
  async function sweep(): Promise<void> {
    const translate = translator(createI18n('vi'), 'vi');
    const scheduler = createScheduler({
      records: harness.records,
      policy,
      logger: pino({ level: 'silent' }),
      translate,
      channels: new ChannelRegistry([
        telegramOutbound({
          token: TEST_TOKEN,
          apiRoot: harness.emulator.apiRoot,
          translate,
          messagesPerSecond: policy.delivery.messagesPerSecond,
        }),
      ]),
      clock: () => now,
    });
    try {
      await scheduler.runOnce(now);
    } finally {
      await scheduler.stop();
    }
  }
  const keysOf = async (member: MemberChat) =>
    (await db().notification.findMany({ where: { key: { contains: `:${member.memberId}:` } } })).map(
      (row) => row.key,
    );
  const cellWithSecretary = async (): Promise<{ cell: TestCell; secretary: CellChat }> => {
    const cell = await createCell(db(), 'Chi bộ thôn Hải Bình');
    const secretary = cellChat(
      harness,
      await bindMember(harness, cell, {
        fullName: 'Nguyễn Văn Thành',
        role: 'secretary',
        recordedSince: RECORDED,
      }),
    );
    return { cell, secretary };
  };
  const statsOf = async (cell: TestCell) => {
    const unit = await db().unit.findUniqueOrThrow({ where: { id: cell.cellId } });
    return (await harness.records.stats.compute(unit, { now })).total;
  };

  it('reviews a member on a temporary exemption, and asks a fully exempt member for no check-in and no review', async () => {
    now = new Date('2026-11-20T03:00:00Z');
    const { cell, secretary } = await cellWithSecretary();
    const duc = await bindMember(harness, cell, {
      fullName: 'Trần Văn Đức',
      timezone: 'Asia/Seoul',
      recordedSince: RECORDED,
    });
    // The case: a temporary exemption that ended on 14/09/2026, no return recorded.
    await db().absence.create({
      data: {
        memberId: duc.memberId,
        kind: 'abroad',
        place: 'Suwon, Gyeonggi',
        countryCode: 'KR',
        startsOn: date('2025-09-15'),
        expectedEndOn: date('2026-09-14'),
        arrangement: 'temporary_exemption',
        applicationStatus: 'approved',
        createdAt: RECORDED,
        updatedAt: RECORDED,
      },
    });
    const xuan = await bindMember(harness, cell, {
      fullName: 'Trần Thị Xuân',
      state: 'full-exemption',
      stateSince: date('2024-06-01'),
      recordedSince: RECORDED,
    });
    // Fully exempt and living with her children in Bình Dương since 2025, silent ever since.
    const can = await bindMember(harness, cell, {
      fullName: 'Phạm Văn Cần',
      state: 'full-exemption',
      stateSince: date('2024-06-01'),
    });
    await db().absence.create({
      data: {
        memberId: can.memberId,
        kind: 'domestic',
        place: 'Thủ Dầu Một, Bình Dương',
        countryCode: 'VN',
        startsOn: date('2025-01-10'),
        createdAt: RECORDED,
        updatedAt: RECORDED,
      },
    });

    const review = await duc.say('/review');
    expect(review.text).not.toContain('miễn đánh giá');
    expect(review.text).toContain('(1/');
    await duc.say('/cancel');
    expect((await xuan.say('/review')).text).toBe(
      'Đồng chí đang được miễn công tác và sinh hoạt đảng (tuổi cao, sức khỏe yếu) nên năm nay được miễn đánh giá, xếp loại; không cần nộp bản tự kiểm điểm.',
    );
    const status = (await xuan.say('/status')).text!;
    expect(status).toContain('đồng chí được miễn công tác và sinh hoạt đảng nên không phải báo cáo');
    expect(status).toContain('Đồng chí được miễn công tác và sinh hoạt đảng (tuổi cao) từ 01/06/2024');
    expect(status).toContain('Kiểm điểm năm 2026: miễn đánh giá.');

    const before = harness.emulator.mark();
    await sweep();
    expect(await keysOf(duc)).toEqual(expect.arrayContaining([`review:${duc.memberId}:2026:week-2`]));
    const nudge = await harness.emulator.waitForMessage(duc.userId, { after: before });
    expect(nudge.text).toContain('Bản tự kiểm điểm năm 2026 đang mở');
    for (const exempt of [xuan, can]) {
      expect((await keysOf(exempt)).filter((key) => /^(checkin|contact-lost|review):/.test(key))).toEqual([]);
    }

    // The cell's year-end meeting day has passed (15 December): the digest lists the temporary one as missing.
    now = new Date('2026-12-16T01:00:00Z');
    const digestMark = harness.emulator.mark();
    await sweep();
    expect(await keysOf(duc)).toContain(`review:${duc.memberId}:2026:missing`);
    for (const exempt of [xuan, can]) {
      expect((await keysOf(exempt)).filter((key) => /^(checkin|contact-lost|review):/.test(key))).toEqual([]);
    }
    // Phạm Văn Cần's unpaid fees (he owes them, exempt or not) come as alerts first; the digest follows.
    const digest = await harness.emulator.waitForMessage(secretary.userId, {
      after: digestMark,
      match: (m) => (m.text ?? '').includes('Chưa nộp bản tự kiểm điểm'),
    });
    expect(digest.text).toContain('Trần Văn Đức: chưa nộp bản tự kiểm điểm năm 2026');
    // Her fee is owed as everyone's (HD 27-HD/BTCTW 2009); no review and no check-in are.
    expect(digest.text).not.toMatch(/Trần Thị Xuân: (chưa nộp|chưa báo cáo|\d+ tháng liền)/);
    expect(digest.text).not.toMatch(/Phạm Văn Cần: (chưa nộp|\d+ tháng liền)/);
    expect((await statsOf(cell)).reviewsExempt).toBe(2);
    expect(await statsOf(cell)).toMatchObject({ temporaryExemption: 1, fullExemption: 2, reviewsMissing: 2 });
  });

  it('keeps a member filing for 10/12 at home until that day, and a rejection changes nothing', async () => {
    now = new Date('2026-12-03T03:00:00Z');
    const { cell } = await cellWithSecretary();
    const nam = await bindMember(harness, cell, { fullName: 'Lê Thị Hoài Nam', recordedSince: RECORDED });
    const filed = await harness.records.absences.fileDeparture(nam.memberId, {
      kind: 'domestic',
      place: 'Thủ Đức, TP Hồ Chí Minh',
      countryCode: 'VN',
      mobile: true,
      organisationThere: false,
      startsOn: '2026-12-10',
      expectedEndOn: '2027-05-31',
      arrangement: 'temporary_exemption',
      reason: 'Công trình xây dựng, làm ca',
      sourceKey: `dep-${nam.memberId}`,
    });
    expect(filed.outcome).toBe('filed');

    const early = (await nam.say('/status')).text!;
    expect(early).toContain('đồng chí đang ở nhà nên không bắt buộc');
    expect(early).toContain('🧳 Sẽ đi làm xa từ 10/12/2026: tạm miễn sinh hoạt (đang chờ chi bộ xét)');
    expect(early).not.toContain('Đang đi làm xa');
    expect(await statsOf(cell)).toMatchObject({ awayDomestic: 0, checkInRequired: 0 });

    now = new Date('2026-12-10T01:00:00Z');
    const onTheDay = (await nam.say('/status')).text!;
    expect(onTheDay).toContain('🧳 Đang đi làm xa từ 10/12/2026: tạm miễn sinh hoạt (đang chờ chi bộ xét).');
    expect(onTheDay).toContain('là tháng đồng chí đi nên chưa phải báo cáo');
    expect(onTheDay).not.toContain('đang ở nhà');
    expect(await statsOf(cell)).toMatchObject({ awayDomestic: 1 });

    // The cell's refusal (its steps are §3's): the application becomes 'rejected', nothing else is written.
    const absenceId = (filed as { absence: { id: number } }).absence.id;
    await db().absence.update({ where: { id: absenceId }, data: { applicationStatus: 'rejected' } });
    const rejected = (await nam.say('/status')).text!;
    expect(rejected).not.toMatch(/Đang đi làm xa|Sẽ đi làm xa/);
    expect(rejected).toContain('đồng chí đang ở nhà nên không bắt buộc');
    expect(await statsOf(cell)).toMatchObject({ awayDomestic: 0, members: 2 });
    expect((await db().member.findUniqueOrThrow({ where: { id: nam.memberId } })).status).toBe('active');
  });

  it('keeps a member whose official transfer starts on 15/01/2027 on the roster and reminded until then', async () => {
    now = new Date('2026-12-03T03:00:00Z');
    const { cell, secretary } = await cellWithSecretary();
    const mai = await bindMember(harness, cell, { fullName: 'Phan Thị Mai', recordedSince: RECORDED });
    await db().absence.create({
      data: {
        memberId: mai.memberId,
        kind: 'abroad',
        place: 'Osaka',
        countryCode: 'JP',
        startsOn: date('2027-01-15'),
        arrangement: 'official_transfer',
        applicationStatus: 'approved',
        decidedById: secretary.memberId,
        decidedAt: RECORDED,
        createdAt: RECORDED,
        updatedAt: RECORDED,
      },
    });
    const roster = textOf(await secretary.ask('/members'));
    expect(roster).toMatch(
      /Phan Thị Mai · Đang sinh hoạt tại chi bộ · .*sẽ đi làm ăn xa từ ngày 15\/01\/2027/,
    );
    await sweep();
    expect(await keysOf(mai)).toContain(`review:${mai.memberId}:2026:week-4`);
    expect(await statsOf(cell)).toMatchObject({ members: 2, transferredOut: 0 });

    now = new Date('2027-01-15T03:00:00Z');
    expect(textOf(await secretary.ask('/members'))).not.toContain('Phan Thị Mai');
    await sweep();
    // December went unpaid, but from 15 January the overseas organisation holds her: nothing more from this cell.
    const written = await db().notification.count({
      where: { memberId: mai.memberId, createdAt: { gte: now } },
    });
    const about = await db().notification.count({
      where: { key: { contains: `:${mai.memberId}:` }, createdAt: { gte: now } },
    });
    expect({ written, about }).toEqual({ written: 0, about: 0 });
    expect(await statsOf(cell)).toMatchObject({ members: 1, transferredOut: 1 });
    expect((await mai.say('/status')).text).not.toContain('đang ở nhà');
  });

  it('lets a member cancel a departure or withdraw an undecided application from /away, with the secretary told', async () => {
    now = new Date('2026-12-03T03:00:00Z');
    const { cell, secretary } = await cellWithSecretary();
    const hoa = await bindMember(harness, cell, { fullName: 'Vũ Thị Hoa', recordedSince: RECORDED });
    const tam = await bindMember(harness, cell, { fullName: 'Đỗ Văn Tâm', recordedSince: RECORDED });
    const file = (member: MemberChat, startsOn: string) =>
      harness.records.absences.fileDeparture(member.memberId, {
        kind: 'abroad',
        place: 'Đài Trung',
        countryCode: 'TW',
        mobile: false,
        organisationThere: false,
        startsOn,
        expectedEndOn: '2027-06-30',
        arrangement: 'temporary_exemption',
        reason: 'Hợp đồng lao động',
        sourceKey: `dep-${member.memberId}`,
      });
    await file(hoa, '2026-12-20');
    await file(tam, '2026-11-25');
    const pendingNames = async () => {
      const listed = await harness.records.pending.listFor(secretary.memberId);
      return listed.outcome === 'listed'
        ? listed.entries.filter((entry) => entry.kind === 'application').map((entry) => entry.memberName)
        : [];
    };
    expect((await pendingNames()).sort()).toEqual(['Vũ Thị Hoa', 'Đỗ Văn Tâm']);

    const offer = await hoa.say('/away');
    expect(offer.text).toContain('Đồng chí đã có khai báo đi làm xa chưa đến ngày đi hoặc đang chờ xét.');
    expect(buttons(offer)).toEqual([
      'Rút đơn và thôi không đi: xin tạm miễn sinh hoạt đảng từ 20/12/2026',
      'Giữ nguyên, không rút',
    ]);
    const summary = await hoa.tap(offer, /^Rút đơn và thôi không đi/);
    expect(summary.text).toContain(
      'Việc: Rút đơn và thôi không đi: xin tạm miễn sinh hoạt đảng từ 20/12/2026',
    );
    const ack = await hoa.tap(summary, '✅ Xác nhận');
    expect(ack.text).toContain('Đã rút đơn và hủy chuyến đi: xin tạm miễn sinh hoạt đảng từ 20/12/2026.');
    expect(ack.text).toContain('bí thư chi bộ đã được báo');
    const withdrawn = await db().absence.findFirstOrThrow({ where: { memberId: hoa.memberId } });
    expect(withdrawn).toMatchObject({ applicationStatus: 'withdrawn', withdrawnAt: now });
    expect(
      await db().auditEvent.count({ where: { action: 'absence.withdrawn', actorId: hoa.memberId } }),
    ).toBe(1);
    expect(await pendingNames()).toEqual(['Đỗ Văn Tâm']);
    expect((await hoa.say('/status')).text).not.toContain('Sẽ đi làm xa');

    const told = harness.emulator.mark();
    await sweep();
    const message = await harness.emulator.waitForMessage(secretary.userId, {
      after: told,
      // The same sweep may send the cell's digest, which names her too (her unpaid month).
      match: (m) => (m.text ?? '').startsWith('Đồng chí Vũ Thị Hoa'),
    });
    expect(message.text).toBe(
      'Đồng chí Vũ Thị Hoa đã hủy chuyến đi: xin tạm miễn sinh hoạt đảng từ 20/12/2026. Khai báo này không còn hiệu lực và không còn trong /pending.',
    );
    // Nothing is left to take back: /away is the departure wizard again.
    expect((await hoa.say('/away')).text).toContain('Khai báo đi làm xa (1/7)');
    await hoa.say('/cancel');

    // Begun on 25 November and not decided: only the application can go; she is told to file again if still away.
    const begun = await tam.say('/away');
    expect(buttons(begun)[0]).toBe('Rút đơn: xin tạm miễn sinh hoạt đảng từ 25/11/2026');
    const confirm = await tam.tap(begun, /^Rút đơn:/);
    const done = await tam.tap(confirm, '✅ Xác nhận');
    expect(done.text).toContain('Nếu đồng chí vẫn đang ở xa, hãy khai báo lại bằng /away.');
    expect(await pendingNames()).toEqual([]);
    expect((await harness.records.standing.standingOf(tam.memberId, now)).state).toBe('active');
  });
});
