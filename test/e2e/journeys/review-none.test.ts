// Form 2C's part 3 says "if none, write “Không có”": through the emulator that answer is taken at once (no Done to
// press) in either spelling and language; other parts still need the policy's minimum, and the error says what to write.
import { startBotHarness, type BotHarness } from '../../support/bot-harness';
import { createCell, type TestCell } from '../../support/fixtures';
import { bindMember, type MemberChat } from '../../support/member-chat';

describe('/review: “Không có” where the prompt offers it', () => {
  let harness: BotHarness;
  let cell: TestCell;
  // Inside the review window (1 November to the 15 December meeting).
  const now = new Date('2026-11-20T03:00:00Z');

  beforeAll(async () => {
    harness = await startBotHarness({ clock: () => now });
    cell = await createCell(harness.database.db);
  });
  afterAll(async () => {
    await harness.stop();
  });

  async function answer(member: MemberChat, text: string) {
    const collecting = await member.say(text);
    return member.tap(collecting, /^(Xong|Done)$/);
  }

  it('takes “Không có.” for part 3 at once, and keeps parts 2 and 4 to the minimum with a clear error', async () => {
    const member = await bindMember(harness, cell, { fullName: 'Nguyễn Thị Bình' });
    await member.say('/review');
    const part2 = await answer(member, 'Chấp hành tốt chủ trương của Đảng, làm việc chăm chỉ.');
    expect(part2.text).toContain('Phần 2.');

    // Part 2 does not offer "none": “Không có” is held to the minimum, and told what to write.
    const refused = await answer(member, 'Không có');
    expect(refused.text).toContain(
      'Phần 2 cần ít nhất 10 ký tự (đồng chí mới gửi 8). Hãy viết những hạn chế, khuyết điểm của mình và nguyên nhân.',
    );
    const part3 = await answer(member, 'Chưa tham gia đủ sinh hoạt chi bộ do làm ca đêm.');
    expect(part3.text).toContain('(nếu không có, ghi “Không có”)');

    // Part 3: a short answer that is not "none" is told it may be; "Không có." is the whole answer.
    const tooShort = await answer(member, 'Đã sửa');
    expect(tooShort.text).toContain('nếu năm trước không có hạn chế nào được chỉ ra, chỉ cần gửi “Không có”');
    const part4 = await member.say('Không có.');
    expect(part4.text).toContain('Phần 4.');

    const tooShort4 = await answer(member, 'Cố gắng');
    expect(tooShort4.text).toContain('Phần 4 cần ít nhất 10 ký tự (đồng chí mới gửi 7).');
    const comment = await answer(member, 'Giữ liên lạc hằng tháng, đóng đảng phí đúng hạn.');
    expect(comment.text).toContain('Nhận xét của nơi làm việc');
    const file = await member.say('Công ty nhận xét: chăm chỉ, đúng giờ.');
    const collected = await member.tap(file, /^Xong$/);
    const rating = await member.tap(collected, 'Bỏ qua');
    const summary = await member.tap(rating, 'Hoàn thành nhiệm vụ');
    expect(summary.text).toContain('Khắc phục hạn chế năm trước: Không có.');
    await member.tap(summary, '✅ Xác nhận');
    const review = await harness.database.db.review.findUniqueOrThrow({
      where: { memberId_year: { memberId: member.memberId, year: 2026 } },
    });
    expect(review.status).toBe('submitted');
    expect((review.sections as Record<string, string>).progress).toBe('Không có.');
  });

  it('takes “None” in English, and the minimum follows the policy', async () => {
    const member = await bindMember(harness, cell, { fullName: 'Trần Văn An', locale: 'en' });
    const minimum = harness.records.policy.review.sectionMinChars;
    harness.records.policy.review.sectionMinChars = 30;
    try {
      await member.say('/review');
      const short = await answer(member, 'Kept in touch every month.');
      expect(short.text).toContain('Part 1 needs at least 30 characters (you sent 26).');
      const part2 = await answer(member, 'Kept in touch with the cell every month.');
      const part3 = await answer(member, 'Could not attend the meetings in person.');
      expect(part2.text).toContain('Part 2.');
      expect(part3.text).toContain('(if none, write “None”)');
      const part4 = await member.say('NONE');
      expect(part4.text).toContain('Part 4.');
    } finally {
      harness.records.policy.review.sectionMinChars = minimum;
    }
  });
});
