// The year-end self-review (form 2C) through the Bot API emulator: sections, workplace comment, rating, window, drafts.
import { startBotHarness, type BotHarness } from '../../support/bot-harness';
import { createCell, recordCounts, type TestCell } from '../../support/fixtures';
import { bindMember, buttons, keptBytes, type MemberChat } from '../../support/member-chat';

const SECTIONS = {
  strengths: 'Giữ liên lạc đều với chi bộ, đóng đảng phí đủ, chấp hành tốt nội quy nơi làm việc.',
  shortcomings: 'Chưa tham gia được sinh hoạt chi bộ trực tiếp do làm ca đêm.',
  progress: 'Đã khắc phục việc báo cáo chậm của năm trước: năm nay báo cáo đủ 12 tháng.',
  direction: 'Tiếp tục giữ liên lạc hằng tháng, học thêm tiếng Hàn, tìm hiểu tổ chức đảng ở Ansan.',
};

describe('year-end self-review (/review)', () => {
  let harness: BotHarness;
  let cell: TestCell;
  // Inside the window (1 November to the 15 December meeting) unless a test moves the clock.
  let now = new Date('2026-11-20T03:00:00Z');

  beforeAll(async () => {
    harness = await startBotHarness({ clock: () => now });
    cell = await createCell(harness.database.db);
  });
  afterAll(async () => {
    await harness.stop();
  });
  afterEach(() => {
    now = new Date('2026-11-20T03:00:00Z');
  });

  const reviewOf = (member: MemberChat) =>
    harness.database.db.review.findUnique({
      where: { memberId_year: { memberId: member.memberId, year: 2026 } },
    });

  /** Types the four sections, the first in two messages to show "send more, or press Done". */
  async function writeSections(member: MemberChat) {
    const first = await member.say('/review');
    const [start, rest] = [SECTIONS.strengths.slice(0, 40), SECTIONS.strengths.slice(40)];
    await member.say(start);
    const collecting = await member.say(rest);
    let next = await member.tap(collecting, /^(Xong|Done)$/);
    for (const section of ['shortcomings', 'progress', 'direction'] as const) {
      const typed = await member.say(SECTIONS[section]);
      next = await member.tap(typed, /^(Xong|Done)$/);
    }
    return { first, next };
  }

  it('submits the four sections, a photographed workplace comment and a self-rating, exactly as confirmed', async () => {
    const member = await bindMember(harness, cell);
    const before = await recordCounts(harness.database.db);
    const { first, next: commentText } = await writeSections(member);
    expect(first.text).toContain('Bản tự kiểm điểm cuối năm (1/7)\nPhần 1. Ưu điểm, kết quả đạt được');
    // The step's hint says it once; the prompt does not repeat it in the same bubble.
    expect(first.text?.match(/gửi nhiều tin nhắn/gi)).toHaveLength(1);
    expect(commentText.text).toContain('Nhận xét của nơi làm việc hoặc chính quyền địa phương');
    const commentFile = await member.tap(commentText, 'Bỏ qua');
    const { reply: rating, bytes } = await member.sendPhoto('signed-comment');
    expect(commentFile.text).toContain('bản nhận xét có chữ ký');
    expect(buttons(rating)).toEqual([
      'Hoàn thành xuất sắc nhiệm vụ',
      'Hoàn thành tốt nhiệm vụ',
      'Hoàn thành nhiệm vụ',
      'Không hoàn thành nhiệm vụ',
    ]);
    const summary = await member.tap(rating, 'Hoàn thành tốt nhiệm vụ');
    expect(summary.text).toContain(
      `Ưu điểm, kết quả: ${SECTIONS.strengths.slice(0, 40)}\n${SECTIONS.strengths.slice(40)}`,
    );
    expect(summary.text).toContain(
      'Nhận xét (chữ): (bỏ qua)\nNhận xét (ảnh, tệp): Đã nhận ảnh\nTự xếp loại: Hoàn thành tốt nhiệm vụ',
    );
    const ack = await member.tap(summary, '✅ Xác nhận');
    const review = await reviewOf(member);
    expect(ack.text).toBe(
      `Đã nộp bản tự kiểm điểm năm 2026, mã số REV-2026-${review!.id}. Chi bộ sẽ xem xét và đánh giá, xếp loại.`,
    );
    expect(review).toMatchObject({
      status: 'submitted',
      sections: {
        ...SECTIONS,
        strengths: `${SECTIONS.strengths.slice(0, 40)}\n${SECTIONS.strengths.slice(40)}`,
      },
      workplaceCommentText: null,
      workplaceCommentStoredFileId: expect.any(Number),
      workplaceCommentFileId: null,
      selfRating: 'good',
      cellRating: null,
    });
    expect(await keptBytes(harness, review!.workplaceCommentStoredFileId)).toEqual(bytes);
    expect(await recordCounts(harness.database.db)).toEqual({
      ...before,
      reviews: before.reviews + 1,
      audit: before.audit + 1,
    });
    expect((await member.say('/review')).text).toContain('Đồng chí đã nộp bản tự kiểm điểm năm nay rồi.');
  });

  it('refuses a review without the workplace comment at the summary, then takes it typed', async () => {
    const member = await bindMember(harness, cell, { locale: 'en' });
    const { next: commentText } = await writeSections(member);
    const commentFile = await member.tap(commentText, 'Skip');
    const rating = await member.tap(commentFile, 'Skip');
    const summary = await member.tap(rating, 'Fulfilled duties');
    const refused = await member.tap(summary, '✅ Confirm');
    expect(refused.text).toContain('The self-review needs the comment of your workplace or local authority');
    expect(await reviewOf(member)).toBeNull();
    const menu = await member.tapInPlace(refused, '✏️ Edit');
    const edit = await member.tap(menu, 'Comment (text)');
    const typed = await member.say('Công ty TNHH Ansan: chấp hành tốt nội quy, chăm chỉ.');
    const back = await member.tap(typed, 'Done');
    expect(edit.text).toContain('The comment of your workplace');
    await member.tap(back, '✅ Confirm');
    expect(await reviewOf(member)).toMatchObject({
      status: 'submitted',
      workplaceCommentText: 'Công ty TNHH Ansan: chấp hành tốt nội quy, chăm chỉ.',
      workplaceCommentFileId: null,
      selfRating: 'complete',
    });
  });

  it('keeps a review written in June as a draft, offers it back in November, and submits it', async () => {
    const member = await bindMember(harness, cell);
    now = new Date('2026-06-10T03:00:00Z');
    const { next: commentText } = await writeSections(member);
    const commentFile = await member.say('Ủy ban nhân dân xã: gương mẫu, nhiệt tình.');
    const rating = await member.tap(await member.tap(commentFile, 'Xong'), 'Bỏ qua');
    const summary = await member.tap(rating, 'Hoàn thành nhiệm vụ');
    const ack = await member.tap(summary, '✅ Xác nhận');
    const draft = await reviewOf(member);
    expect(ack.text).toBe(
      `Đã lưu bản nháp, mã số REV-2026-${draft!.id}. Việc nộp bản tự kiểm điểm mở từ ngày 01/11/2026; khi đó gõ /review, các phần đã viết sẽ có sẵn để dùng lại.`,
    );
    expect(draft).toMatchObject({
      status: 'draft',
      submittedAt: null,
      workplaceCommentText: 'Ủy ban nhân dân xã: gương mẫu, nhiệt tình.',
    });
    expect(commentText.text).toContain('Nhận xét');

    now = new Date('2026-11-20T03:00:00Z');
    let step = await member.say('/review');
    for (const section of ['strengths', 'shortcomings', 'progress', 'direction'] as const) {
      const label = buttons(step).find((text) => text.startsWith('Dùng bản nháp: '));
      expect(label).toBe(
        `Dùng bản nháp: ${(draft!.sections as Record<string, string>)[section].slice(0, 39).trimEnd()}…`,
      );
      step = await member.tap(step, label!);
    }
    const file = await member.tap(
      await member.tap(await member.say('Ủy ban nhân dân xã: gương mẫu.'), 'Xong'),
      'Bỏ qua',
    );
    const final = await member.tap(file, 'Hoàn thành tốt nhiệm vụ');
    await member.tap(final, '✅ Xác nhận');
    const submitted = await reviewOf(member);
    expect(submitted).toMatchObject({
      id: draft!.id,
      status: 'submitted',
      sections: draft!.sections,
      selfRating: 'good',
    });
  });

  it('tells a fully exempted member they are not rated, and refuses 5,000 characters in one message', async () => {
    const exempt = await bindMember(harness, cell, { state: 'full-exemption' });
    const member = await bindMember(harness, cell);
    const before = await recordCounts(harness.database.db);
    expect((await exempt.say('/review')).text).toContain('năm nay được miễn đánh giá, xếp loại');
    await member.say('/review');
    expect((await member.say('x'.repeat(5000))).text).toContain('Tin nhắn quá dài (5.000 ký tự)');
    await member.say('a'.repeat(3000));
    expect((await member.say('b'.repeat(1500))).text).toContain(
      'quá mức 4.000 ký tự, nên chưa được thêm vào',
    );
    await member.say('/cancel');
    expect(await recordCounts(harness.database.db)).toEqual(before);
  });
});
