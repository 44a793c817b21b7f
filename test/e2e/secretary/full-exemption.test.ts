// /full_exemption through the emulator: the secretary records the grassroots committee's full exemption of an elderly
// member at home (no check-in, no review from then on, the member told), and its end; refusals change nothing.
import { translator, createI18n } from '../../../src/i18n';
import { startBotHarness, type BotHarness } from '../../support/bot-harness';
import { bindExisting, hasButtons, type CellChat } from '../../support/cell-chat';
import { createCell, createMember, recordCounts, type TestCell } from '../../support/fixtures';
import { bindMember } from '../../support/member-chat';

const NOW = new Date('2026-11-22T03:00:00Z');
const translate = translator(createI18n('vi'), 'vi');

describe('secretary /full_exemption', () => {
  let harness: BotHarness;
  let cell: TestCell;
  let secretary: CellChat;
  const db = () => harness.database.db;

  beforeAll(async () => {
    harness = await startBotHarness({ clock: () => NOW });
    cell = await createCell(db(), 'Chi bộ thôn Hải Tây');
    const record = await createMember(db(), cell, { fullName: 'Nguyễn Văn Hùng', role: 'secretary' });
    secretary = await bindExisting(harness, record.id);
  });
  afterAll(async () => {
    await harness.stop();
  });

  it('records the committee’s full exemption for age: the member is exempt from today, told, its end dated the day before', async () => {
    const tho = await bindMember(harness, cell, { fullName: 'Phan Văn Thọ' });
    expect((await harness.records.standing.standingOf(tho.memberId, NOW)).state).toBe('active');

    const [question] = await secretary.ask('/full_exemption Phan Van Tho');
    expect(question.text).toContain('miễn công tác và sinh hoạt đảng cho đồng chí Phan Văn Thọ');
    expect(hasButtons(question)).toBe(true);
    const [done] = await secretary.press(question, '👴 Tuổi cao');
    expect(done.text).toBe(
      '✅ Đã ghi: đồng chí Phan Văn Thọ được miễn công tác và sinh hoạt đảng từ 22/11/2026 (tuổi cao). Từ nay đồng chí ấy không phải báo cáo hằng tháng, không phải kiểm điểm, xếp loại; vẫn đóng đảng phí theo quy định. Đồng chí ấy sẽ được báo.',
    );
    const exemptions = await db().fullExemption.findMany({ where: { memberId: tho.memberId } });
    expect(exemptions).toHaveLength(1);
    expect(exemptions[0]).toMatchObject({ reason: 'age', endsOn: null, cancelledAt: null });
    expect(exemptions[0].startsOn).toEqual(new Date('2026-11-22T00:00:00Z'));
    const standing = await harness.records.standing.standingOf(tho.memberId, NOW);
    expect(standing.state).toBe('full-exemption');
    expect(standing.checkIn.required).toBe(false);
    expect(
      await db().auditEvent.count({
        where: { action: 'full-exemption.recorded', actorId: secretary.memberId },
      }),
    ).toBe(1);
    const told = await db().notification.findFirstOrThrow({
      where: { memberId: tho.memberId },
      orderBy: { id: 'desc' },
    });
    const payload = told.payload as { key: string; args: Record<string, string> };
    expect(translate('vi', payload.key, payload.args)).toContain(
      'Đảng ủy cơ sở đã quyết định cho đồng chí được miễn công tác và sinh hoạt đảng',
    );

    // The same button again (a double tap) adds nothing; the question lost its buttons.
    const counts = await recordCounts(db());
    const [again] = await secretary.pressData(question.message_id, `fx:age:${tho.memberId}`);
    expect(again.text).toContain('đang được miễn công tác và sinh hoạt đảng rồi');
    expect(await recordCounts(db())).toEqual(counts);
    expect(await db().fullExemption.count({ where: { memberId: tho.memberId } })).toBe(1);

    // The committee ends it later: it ends the day before, and the member takes part again from that day.
    const later = new Date('2027-02-10T03:00:00Z');
    const ended = await harness.records.decisions.endFullExemption(secretary.memberId, tho.memberId, later);
    expect(ended).toEqual({ outcome: 'ended', memberName: 'Phan Văn Thọ', endsOn: '2027-02-09' });
    expect((await harness.records.standing.standingOf(tho.memberId, later)).state).toBe('active');
    expect(
      (await harness.records.standing.standingOf(tho.memberId, new Date('2027-02-09T03:00:00Z'))).state,
    ).toBe('full-exemption');
  });

  it('ends an exemption that began today by withdrawing it, and refuses to end one that is not there', async () => {
    const lan = await bindMember(harness, cell, { fullName: 'Đỗ Thị Lan' });
    const [question] = await secretary.ask('/full_exemption Đỗ Thị Lan');
    const [nothing] = await secretary.press(question, '↩️ Cấp ủy đã cho thôi miễn (kết thúc)');
    expect(nothing.text).toContain('hiện không được miễn công tác và sinh hoạt đảng');
    await secretary.press(question, '🏥 Sức khỏe yếu');
    const [again] = await secretary.ask('/full_exemption Đỗ Thị Lan');
    const [ended] = await secretary.press(again, '↩️ Cấp ủy đã cho thôi miễn (kết thúc)');
    expect(ended.text).toContain('thôi được miễn công tác và sinh hoạt đảng');
    const rows = await db().fullExemption.findMany({ where: { memberId: lan.memberId } });
    expect(rows).toHaveLength(1);
    expect(rows[0].cancelledAt).toEqual(NOW);
    expect((await harness.records.standing.standingOf(lan.memberId, NOW)).state).toBe('active');
  });

  it('refuses a member of another cell, a plain member, and a forged button, changing nothing', async () => {
    const other = await createCell(db(), 'Chi bộ khác');
    const outsider = await createMember(db(), other, { fullName: 'Lê Văn Ngoài' });
    const member = await bindMember(harness, cell, { fullName: 'Trần Văn Thường' });
    const counts = await recordCounts(db());
    const [none] = await secretary.ask('/full_exemption Lê Văn Ngoài');
    expect(none.text).toContain('Không tìm thấy đảng viên');
    // A button forged for the outsider is refused like any other, with an alert (and the refusal audited).
    const press = harness.emulator.pressButton(secretary.userId, none.message_id, `fx:age:${outsider.id}`);
    const answer = await harness.emulator.waitForCallbackAnswer(press.callback_query!.id);
    expect(answer).toMatchObject({ show_alert: true });
    expect(answer.text).toContain('Không thực hiện được');
    const refused = await member.say('/full_exemption Phan Văn Thọ');
    expect(refused.text).toContain('chỉ dành cho bí thư, phó bí thư chi bộ');
    expect(await db().fullExemption.count({ where: { memberId: outsider.id } })).toBe(0);
    const after = await recordCounts(db());
    expect({ ...after, audit: 0 }).toEqual({ ...counts, audit: 0 });
  });
});
