// The authorization matrix: role x action x own cell / other cell / other subtree, forged buttons and a demoted secretary's old ones.
import type { Database } from '../../../src/db/client';
import { monthToDb } from '../../../src/domain/periods';
import type { MemberRole } from '../../../src/generated/prisma/client';
import { startBotHarness, type BotHarness } from '../../support/bot-harness';
import { bindExisting, hasButtons, type CellChat } from '../../support/cell-chat';
import { recordCounts } from '../../support/fixtures';

const NOW = new Date('2026-11-22T03:00:00Z');

interface Items {
  memberId: number;
  name: string;
  card: string;
  absenceId: number;
  paymentId: number;
  reviewId: number;
  requestId: number;
}

async function unit(
  db: Database,
  code: string,
  kind: 'province' | 'district' | 'grassroots' | 'cell',
  parent?: { id: number; path: string },
) {
  return db.unit.create({
    data: {
      code,
      name: `Đơn vị ${code}`,
      kind,
      parentId: parent?.id ?? null,
      path: parent ? `${parent.path}/${code}` : code,
      createdAt: NOW,
    },
  });
}

let cardCounter = 0;
async function person(
  db: Database,
  cellId: number,
  fullName: string,
  role: MemberRole = 'member',
  officerUnitId: number | null = null,
) {
  cardCounter += 1;
  return db.member.create({
    data: {
      fullName,
      cardNumber: `AZ.${String(cardCounter).padStart(6, '0')}`,
      cellId,
      role,
      officerUnitId,
      recordedSince: new Date('2026-01-02T00:00:00Z'),
      createdAt: new Date('2026-01-02T00:00:00Z'),
    },
  });
}

/** A member of the cell with one of everything awaiting a decision. */
async function memberWithItems(db: Database, cellId: number, fullName: string): Promise<Items> {
  const member = await person(db, cellId, fullName);
  const absence = await db.absence.create({
    data: {
      memberId: member.id,
      kind: 'abroad',
      place: 'Osaka',
      countryCode: 'JP',
      startsOn: new Date('2026-12-01T00:00:00Z'),
      expectedEndOn: new Date('2027-05-31T00:00:00Z'),
      arrangement: 'temporary_exemption',
      applicationStatus: 'submitted',
      createdAt: NOW,
      updatedAt: NOW,
    },
  });
  const payment = await db.feePayment.create({
    data: {
      memberId: member.id,
      amountMinor: 20000,
      method: 'family',
      declaredAt: NOW,
      months: { create: [{ memberId: member.id, month: monthToDb('2026-11') }] },
    },
  });
  const review = await db.review.create({
    data: {
      memberId: member.id,
      year: 2026,
      status: 'submitted',
      submittedAt: NOW,
      sections: { strengths: 'Bí mật của người khác' },
      createdAt: NOW,
    },
  });
  const request = await db.request.create({
    data: { memberId: member.id, kind: 'leave', text: 'Nội dung riêng tư', createdAt: NOW },
  });
  return {
    memberId: member.id,
    name: fullName,
    card: member.cardNumber,
    absenceId: absence.id,
    paymentId: payment.id,
    reviewId: review.id,
    requestId: request.id,
  };
}

describe('authorization matrix', () => {
  let harness: BotHarness;
  let own: Items; // in cell C1
  let sibling: Items; // in cell C2, same grassroots committee
  let far: Items; // in cell C3, another district
  const chats: Record<string, CellChat> = {};
  const codes: Record<string, string> = {};

  beforeAll(async () => {
    harness = await startBotHarness({ clock: () => NOW });
    const db = harness.database.db;
    const province = await unit(db, 'AP', 'province');
    const d1 = await unit(db, 'AP-D1', 'district', province);
    const g1 = await unit(db, 'AP-D1-G1', 'grassroots', d1);
    const c1 = await unit(db, 'AP-D1-G1-C1', 'cell', g1);
    const c2 = await unit(db, 'AP-D1-G1-C2', 'cell', g1);
    const d2 = await unit(db, 'AP-D2', 'district', province);
    const g2 = await unit(db, 'AP-D2-G2', 'grassroots', d2);
    const c3 = await unit(db, 'AP-D2-G2-C3', 'cell', g2);
    Object.assign(codes, { province: province.code, d1: d1.code, g1: g1.code, d2: d2.code, c1: c1.code });

    own = await memberWithItems(db, c1.id, 'Quách Văn Riêng');
    sibling = await memberWithItems(db, c2.id, 'Lục Thị Bên');
    far = await memberWithItems(db, c3.id, 'Mạc Văn Xa');

    chats.member = await bindExisting(harness, (await person(db, c1.id, 'Đảng viên Thường')).id);
    chats.secretary = await bindExisting(harness, (await person(db, c1.id, 'Bí thư Một', 'secretary')).id);
    chats.deputyC2 = await bindExisting(
      harness,
      (await person(db, c2.id, 'Phó bí thư Hai', 'deputy_secretary')).id,
    );
    chats.officerG1 = await bindExisting(
      harness,
      (await person(db, c1.id, 'Cán bộ Xã', 'committee_officer', g1.id)).id,
    );
    chats.officerD2 = await bindExisting(
      harness,
      (await person(db, c3.id, 'Cán bộ Huyện Hai', 'committee_officer', d2.id)).id,
    );
    chats.demoted = await bindExisting(harness, (await person(db, c1.id, 'Bí thư Cũ', 'secretary')).id);
  });
  afterAll(async () => {
    await harness.stop();
  });

  const db = () => harness.database.db;
  const denials = (actorId: number | null) =>
    db().auditEvent.count({ where: { action: 'access.denied', actorId } });
  const decisionState = async () => ({
    ...(await recordCounts(db())),
    decisions: await db().decision.count(),
    notifications: await db().notification.count(),
    submitted: await db().absence.count({ where: { applicationStatus: 'submitted' } }),
    declared: await db().feePayment.count({ where: { status: 'declared' } }),
    reviewsOpen: await db().review.count({ where: { status: 'submitted' } }),
    requestsOpen: await db().request.count({ where: { status: 'open' } }),
    arrangements: await db().feeArrangement.count(),
  });
  const secretNames = () => [own, sibling, far].map((items) => items.name);

  /** A forbidden command: a refusal the actor reads, an access.denied event, nothing about the target, nothing changed. */
  async function expectRefusedCommand(actor: string, text: string, refusal: RegExp, hidden: string[] = []) {
    const chat = chats[actor];
    const before = await decisionState();
    const deniedBefore = await denials(chat.memberId);
    const [reply] = await chat.ask(text);
    expect({ actor, text, reply: reply.text }).toEqual({
      actor,
      text,
      reply: expect.stringMatching(refusal),
    });
    for (const name of hidden) expect(reply.text).not.toContain(name);
    expect({ actor, text, logged: (await denials(chat.memberId)) > deniedBefore }).toEqual({
      actor,
      text,
      logged: true,
    });
    const after = await decisionState();
    expect({ ...after, audit: before.audit }).toEqual(before);
  }

  /** A forbidden button: an alert, an access.denied event, no message with the target, nothing changed. */
  async function expectRefusedButton(actor: string, data: string) {
    const chat = chats[actor];
    const before = await decisionState();
    const deniedBefore = await denials(chat.memberId);
    const shown = harness.emulator.messages(chat.userId).length;
    const answer = await chat.pressRaw(1, data);
    expect({ actor, data, alert: answer.text }).toEqual({
      actor,
      data,
      alert: expect.stringMatching(/Không thực hiện được/),
    });
    // A marker command proves the press was handled before we look: nothing else was sent in between.
    await chat.ask('/help');
    const sent = harness.emulator.messages(chat.userId).slice(shown, -1);
    expect({ actor, data, sent: sent.map((message) => message.text) }).toEqual({ actor, data, sent: [] });
    expect({ actor, data, logged: (await denials(chat.memberId)) > deniedBefore }).toEqual({
      actor,
      data,
      logged: true,
    });
    const after = await decisionState();
    expect({ ...after, audit: before.audit }).toEqual(before);
  }

  const decisionButtons = (items: Items) => [
    `pd:open:a:${items.absenceId}`,
    `pd:open:f:${items.paymentId}`,
    `pd:open:r:${items.reviewId}`,
    `pd:open:q:${items.requestId}`,
    `pd:approve:${items.absenceId}`,
    `pd:reject:${items.absenceId}`,
    `pd:confirm:${items.paymentId}`,
    `pd:dispute:${items.paymentId}`,
    `pd:rate:g:${items.reviewId}`,
    `pd:later:${items.reviewId}`,
    `pd:contacted:${items.requestId}`,
    `pd:fee-late:${items.absenceId}`,
    `mp:record:${items.memberId}`,
    `mp:invite:${items.memberId}`,
    `mp:review:${items.memberId}`,
  ];

  it('refuses every cell and committee command to a plain member and to an unbound chat, and logs each', async () => {
    for (const command of ['/pending', '/members', '/overdue', `/invite ${own.card}`]) {
      await expectRefusedCommand('member', command, /chỉ dành cho bí thư, phó bí thư/, secretNames());
    }
    for (const command of [`/member ${own.card}`, '/export']) {
      await expectRefusedCommand(
        'member',
        command,
        /chỉ dành cho bí thư, phó bí thư chi bộ và cán bộ cấp ủy/,
        secretNames(),
      );
    }
    await expectRefusedCommand('member', '/stats', /chỉ dành cho cán bộ cấp ủy/);

    const stranger = 8700;
    const before = await db().auditEvent.count({
      where: { action: 'access.denied', actorLabel: `telegram:${stranger}` },
    });
    const reply = await harness.say(stranger, `/member ${own.card}`);
    expect(reply.text).toContain('chưa kết nối với hồ sơ đảng viên');
    expect(reply.text).not.toContain(own.name);
    expect(
      await db().auditEvent.count({ where: { action: 'access.denied', actorLabel: `telegram:${stranger}` } }),
    ).toBe(before + 1);
  });

  it('refuses a plain member every decision and record button, forged with ids of their own cell', async () => {
    for (const data of decisionButtons(own)) await expectRefusedButton('member', data);
  });

  it('lets a secretary act in their own cell but refuses another cell, in the same committee or not', async () => {
    // Own cell: allowed (the matrix's positive side; the pending tests cover the decisions themselves).
    const [list] = await chats.secretary.ask('/pending');
    expect(list.text).toContain('Việc chờ chi bộ xử lý: 4');
    expect(list.text).toContain(own.name);
    expect(list.text).not.toContain(sibling.name);
    const opened = await chats.secretary.pressData(list.message_id, `pd:open:r:${own.reviewId}`, hasButtons);
    expect(opened.map((message) => message.text).join('\n')).toContain('Bí mật của người khác');

    for (const items of [sibling, far]) {
      for (const data of decisionButtons(items)) await expectRefusedButton('secretary', data);
      const [reply] = await chats.secretary.ask(`/member ${items.card}`);
      expect(reply.text).toContain('Không tìm thấy đảng viên');
      expect(reply.text).not.toContain(items.name);
      expect(
        await db().auditEvent.count({
          where: {
            action: 'access.denied',
            actorId: chats.secretary.memberId,
            after: { path: ['target', 'memberId'], equals: items.memberId },
          },
        }),
      ).toBeGreaterThan(0);
    }
    await expectRefusedCommand('secretary', '/stats', /chỉ dành cho cán bộ cấp ủy/);
    await expectRefusedCommand('secretary', `/export ${codes.d1}`, /Không thực hiện được/);
  });

  it("refuses a deputy of a sibling cell the first cell's items", async () => {
    for (const data of decisionButtons(own)) await expectRefusedButton('deputyC2', data);
    const [list] = await chats.deputyC2.ask('/pending');
    expect(list.text).toContain(sibling.name);
    expect(list.text).not.toContain(own.name);
  });

  it('gives an officer the aggregates and records of their subtree only, and no decisions', async () => {
    const officer = chats.officerG1;
    const [before] = await officer.ask('/stats');
    expect(before.text).toContain('Sinh hoạt chi bộ năm nay: chưa có buổi họp nào được ghi điểm danh; vắng');
    // C1's October meeting: Riêng absent without a reason, the member present.
    const october = await db().meeting.create({
      data: {
        cellId: (await db().unit.findUniqueOrThrow({ where: { code: codes.c1 } })).id,
        startsAt: new Date('2026-10-05T12:30:00Z'),
        place: 'Hội trường',
        agenda: '',
        status: 'held',
        createdAt: NOW,
        updatedAt: NOW,
      },
    });
    await db().meetingAttendance.createMany({
      data: [
        { meetingId: october.id, memberId: own.memberId, status: 'absent_without_reason', recordedAt: NOW },
        { meetingId: october.id, memberId: chats.member.memberId, status: 'present', recordedAt: NOW },
      ],
    });
    const [stats] = await officer.ask('/stats');
    expect(stats.text).toContain(`Thống kê Đơn vị ${codes.g1}`);
    expect(stats.text).toContain(`Đơn vị ${codes.c1}`);
    expect(stats.text).toContain(
      'Sinh hoạt chi bộ năm nay: đã họp 1 buổi, tỷ lệ dự họp 50% (1/2 lượt); vắng không có lý do 1 lần 1, 2 lần 0, từ 3 lần 0.',
    );
    expect(stats.text).toMatch(
      new RegExp(`Đơn vị ${codes.c1} \\(${codes.c1}\\): .* · dự họp 50% · vắng không lý do: 1 lần 1`),
    );
    const record = await officer.ask(`/member ${own.card}`, (message) =>
      (message.text ?? '').includes('Nhật ký'),
    );
    expect(record[0].text).toContain(`Hồ sơ đảng viên ${own.name}`);

    for (const code of [codes.d2, codes.province, codes.d1, 'KHONG-CO']) {
      await expectRefusedCommand('officerG1', `/stats ${code}`, /Không xem được thống kê/, [far.name]);
    }
    await expectRefusedCommand('officerG1', `/export ${codes.d2}`, /Không thực hiện được/, [far.name]);
    const [farRecord] = await officer.ask(`/member ${far.card}`);
    expect(farRecord.text).toContain('Không tìm thấy đảng viên');
    for (const data of decisionButtons(own).filter((data) => data.startsWith('pd:'))) {
      await expectRefusedButton('officerG1', data);
    }
    for (const data of [
      `mp:record:${far.memberId}`,
      `mp:review:${far.memberId}`,
      `mp:invite:${own.memberId}`,
    ]) {
      await expectRefusedButton('officerG1', data);
    }
    for (const command of ['/members', '/overdue', `/invite ${own.card}`]) {
      await expectRefusedCommand('officerG1', command, /chỉ dành cho bí thư, phó bí thư/, secretNames());
    }
    // An officer's /pending holds only what the cells proposed to the officer's unit: none of the cell's own items.
    const [officerPending] = await officer.ask('/pending');
    expect(officerPending.text).toContain('Không có đơn nào chi bộ đề nghị');
    for (const name of secretNames()) expect(officerPending.text).not.toContain(name);

    // The officer of the other district sees their own subtree and nothing of the first.
    const [farStats] = await chats.officerD2.ask('/stats');
    expect(farStats.text).toContain(`Thống kê Đơn vị ${codes.d2}`);
    await expectRefusedCommand('officerD2', `/stats ${codes.g1}`, /Không xem được thống kê/);
    for (const data of [`mp:record:${own.memberId}`, `mp:review:${own.memberId}`])
      await expectRefusedButton('officerD2', data);
  });

  it("refuses a demoted secretary's old buttons and half-finished reason", async () => {
    const demoted = chats.demoted;
    const [list] = await demoted.ask('/pending');
    const opened = await demoted.pressData(list.message_id, `pd:open:f:${own.paymentId}`, hasButtons);
    const reasonAsked = await demoted.press(opened.at(-1)!, '⚠️ Chưa khớp (ghi lý do)');
    expect(reasonAsked[0].text).toContain('Gửi lý do chưa xác nhận');

    await db().member.update({ where: { id: demoted.memberId }, data: { role: 'member' } });
    const before = await decisionState();
    const deniedBefore = await denials(demoted.memberId);
    // The reason typed after the demotion decides nothing.
    const [refused] = await demoted.ask('Chưa thấy tiền về.');
    expect(refused.text).toContain('chỉ dành cho bí thư, phó bí thư');
    // The buttons still on screen decide nothing either.
    for (const label of ['✅ Xác nhận đã đóng']) {
      const update = harness.emulator.pressButtonWithText(demoted.userId, opened.at(-1)!.message_id, label);
      const answer = await harness.emulator.waitForCallbackAnswer(update.callback_query!.id);
      expect(answer.text).toContain('Không thực hiện được');
    }
    const page = harness.emulator.pressButton(demoted.userId, list.message_id, `pd:open:a:${own.absenceId}`);
    expect((await harness.emulator.waitForCallbackAnswer(page.callback_query!.id)).text).toContain(
      'Không thực hiện được',
    );
    const after = await decisionState();
    expect({ ...after, audit: before.audit }).toEqual(before);
    expect(await denials(demoted.memberId)).toBeGreaterThanOrEqual(deniedBefore + 3);
    expect((await db().feePayment.findUniqueOrThrow({ where: { id: own.paymentId } })).status).toBe(
      'declared',
    );
  });

  it("refuses a press on another chat's message, even by a secretary of the right cell", async () => {
    const [list] = await chats.secretary.ask('/pending');
    const update = harness.emulator.pressButton(
      chats.deputyC2.userId,
      list.message_id,
      `pd:confirm:${own.paymentId}`,
      {
        chatId: chats.secretary.userId,
      },
    );
    const answer = await harness.emulator.waitForCallbackAnswer(update.callback_query!.id);
    expect(answer.text).toContain('Không thực hiện được');
    expect((await db().feePayment.findUniqueOrThrow({ where: { id: own.paymentId } })).status).toBe(
      'declared',
    );
  });
});
