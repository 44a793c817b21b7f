// A filed form is never offered again: not after a stop between the records' commit and the session write, not when
// that write fails, and a draft confirmed just before a stop is filed once on the member's next message.
import type { StorageAdapter } from 'grammy';
import type { SessionData } from '../../../src/channels/telegram/context';
import { startBotHarness, type BotHarness } from '../../support/bot-harness';
import { createCell, type TestCell } from '../../support/fixtures';
import { bindMember, expectDraft, storedDraft, type MemberChat } from '../../support/member-chat';

/**
 * The session store as a process killed mid-update leaves it: once `stopAfter` matches a write, that write lands
 * and no later one does (the bot goes on here, but nothing it writes afterwards reaches the store).
 */
class StoreCutOff implements StorageAdapter<SessionData> {
  stopAfter: ((value: SessionData) => boolean) | undefined;
  cut = false;
  /** When set, every write fails, as with the database down. */
  failing = false;
  readonly writes: Array<{ value: SessionData; sentBefore: number }> = [];

  constructor(
    private readonly inner: StorageAdapter<SessionData>,
    private readonly messagesSoFar: () => number,
  ) {}

  read(key: string) {
    return this.inner.read(key);
  }

  async write(key: string, value: SessionData) {
    this.writes.push({ value: structuredClone(value), sentBefore: this.messagesSoFar() });
    if (this.failing) throw new Error('session store unavailable');
    if (this.cut) return;
    await this.inner.write(key, value);
    if (this.stopAfter?.(value)) this.cut = true;
  }

  async delete(key: string) {
    if (this.cut) return;
    await this.inner.delete(key);
  }

  reset() {
    this.stopAfter = undefined;
    this.cut = false;
    this.failing = false;
    this.writes.length = 0;
  }
}

describe('a filed form is never offered again', () => {
  let harness: BotHarness;
  let cell: TestCell;
  let store: StoreCutOff;
  // 20 November 2026, 10:00 in Hà Nội.
  const now = new Date('2026-11-20T03:00:00Z');

  beforeAll(async () => {
    harness = await startBotHarness({
      clock: () => now,
      sessionStorage: (inner) => {
        store = new StoreCutOff(inner, () => harness.emulator.mark());
        return store;
      },
    });
    cell = await createCell(harness.database.db);
  });
  afterEach(() => store.reset());
  afterAll(async () => {
    await harness.stop();
  });

  /** /help_me up to its summary, answered as a member would. */
  async function helpRequestSummary(member: MemberChat, text: string) {
    const kind = await member.say('/help_me');
    await member.tap(kind, 'Tôi đang gặp khó khăn');
    const collecting = await member.say(text);
    return member.tap(collecting, 'Xong');
  }
  const requestsOf = (member: MemberChat) =>
    harness.database.db.request.findMany({ where: { memberId: member.memberId }, orderBy: { id: 'asc' } });

  it('stores the end of the draft before the member reads that it was filed', async () => {
    const member = await bindMember(harness, cell);
    const summary = await helpRequestSummary(member, 'Chủ giữ hộ chiếu của tôi.');
    const ack = await member.tap(summary, '✅ Xác nhận');
    expect(ack.text).toMatch(/^Đã ghi nhận, mã số REQ-\d+\./);
    const ackSequence = harness.emulator.mark();
    // The first write without the draft happened before the acknowledgement was sent.
    const cleared = store.writes.find((write) => write.value.form === undefined);
    expect(cleared).toBeDefined();
    expect(cleared!.sentBefore).toBeLessThan(ackSequence);
    expect(await storedDraft(harness.database.db, member.userId)).toBeUndefined();
  });

  it('after a stop between the commit and the session write, finishes the filed form instead of offering it', async () => {
    const member = await bindMember(harness, cell);
    const summary = await helpRequestSummary(member, 'Nhà máy cắt ca, lương giảm.');
    // The process "dies" right after the draft is marked as being submitted: the commit still happens.
    store.stopAfter = (value) => value.form?.submitting === true;
    const ack = await member.tap(summary, '✅ Xác nhận');
    const [request] = await requestsOf(member);
    expect(ack.text).toContain(`REQ-${request.id}`);
    expect(await storedDraft(harness.database.db, member.userId)).toMatchObject({ submitting: true });

    // The old bot finishes its update (its last writes go nowhere, as if it had died), then a new one starts.
    await harness.restart();
    store.reset();
    const after = harness.emulator.mark();
    const next = await member.say('/help_me');
    expect(next.text).toBe(
      'Lần trước, ngay sau khi đồng chí xác nhận đề nghị gửi chi bộ, hệ thống bị gián đoạn nên chưa kịp trả lời. ' +
        'Nội dung đó đã được ghi nhận (chỉ một lần):',
    );
    const again = await harness.emulator.waitForMessage(member.userId, {
      after,
      match: (message) => /REQ-\d+/.test(message.text ?? ''),
    });
    expect(again.text).toContain(`REQ-${request.id}`);
    // The new /help_me starts a new form: no "unfinished" offer, no old summary.
    const fresh = await harness.emulator.waitForMessage(member.userId, {
      after,
      match: (message) => (message.text ?? '').includes('Đồng chí muốn báo với chi bộ điều gì?'),
    });
    expect(fresh.text).not.toContain('làm dở');
    expect(await requestsOf(member)).toHaveLength(1);
    const said = harness.emulator.conversation(member.userId).filter((entry) => entry.fromBot);
    expect(said.some((entry) => (entry.message.text ?? '').includes('làm dở'))).toBe(false);
  });

  it('files once a draft confirmed just before a stop that came before the commit', async () => {
    const member = await bindMember(harness, cell);
    await helpRequestSummary(member, 'Chưa tìm được chỗ sinh hoạt ở Đồng Nai.');
    await expectDraft(harness.database.db, member.userId, { stepId: 'summary' });
    // As the store holds it when the process stopped after marking the draft and before the records' commit.
    const draft = await storedDraft(harness.database.db, member.userId);
    const key = `telegram:${member.userId}`;
    const row = await harness.database.db.session.findUniqueOrThrow({ where: { key } });
    const value = JSON.parse(row.value) as SessionData;
    await harness.database.db.session.update({
      where: { key },
      data: { value: JSON.stringify({ ...value, form: { ...draft, submitting: true } }) },
    });
    expect(await requestsOf(member)).toHaveLength(0);

    await harness.restart();
    const after = harness.emulator.mark();
    await member.say('/status');
    const ack = await harness.emulator.waitForMessage(member.userId, {
      after,
      match: (message) => /REQ-\d+/.test(message.text ?? ''),
    });
    const requests = await requestsOf(member);
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({
      kind: 'difficulty',
      text: 'Chưa tìm được chỗ sinh hoạt ở Đồng Nai.',
    });
    expect(ack.text).toContain(`REQ-${requests[0].id}`);
    expect(await storedDraft(harness.database.db, member.userId)).toBeUndefined();
  });

  it('tells the member the form was filed when the session cannot be written, and never offers it again', async () => {
    const member = await bindMember(harness, cell);
    const summary = await helpRequestSummary(member, 'Cần giấy giới thiệu sinh hoạt tạm thời.');
    // The draft marked "submitting" lands; every write after it fails, as in a database outage.
    store.stopAfter = (value) => value.form?.submitting === true;
    const originalWrite = store.write.bind(store);
    store.write = async (key, value) => {
      await originalWrite(key, value);
      if (store.cut) store.failing = true;
    };
    const ack = await member.tap(summary, '✅ Xác nhận');
    const [request] = await requestsOf(member);
    expect(ack.text).toContain(`REQ-${request.id}`);
    // The end of this update (its last session write fails too) before the database is back.
    await harness.restart();
    store.write = originalWrite;
    store.reset();

    const after = harness.emulator.mark();
    await member.say('/help_me');
    const finished = await harness.emulator.waitForMessage(member.userId, {
      after,
      match: (message) => /REQ-\d+/.test(message.text ?? ''),
    });
    expect(finished.text).toContain(`REQ-${request.id}`);
    expect(await requestsOf(member)).toHaveLength(1);
  });
});
