// Year-end reviews: drafts merged as the member writes, one submission inside the window (member's zone).
import { createCell, createMember, recordCounts } from '../../support/fixtures';
import { auditOf, createRecordsHarness, type RecordsHarness } from './setup';

const sections = {
  strengths: 'Giữ liên lạc với chi bộ hằng tháng.',
  shortcomings: 'Chưa tham gia sinh hoạt trực tiếp.',
  progress: 'Đóng đảng phí đầy đủ qua gia đình.',
  direction: 'Tiếp tục báo cáo định kỳ.',
};

describe('ReviewRecords', () => {
  let harness: RecordsHarness;
  beforeAll(async () => {
    harness = await createRecordsHarness();
  });
  afterAll(async () => {
    await harness.database.drop();
  });

  async function newMember(timezone = 'Asia/Seoul') {
    return createMember(harness.db, await createCell(harness.db), { timezone, state: 'away' });
  }

  it('saves drafts section by section, keeping what was written before', async () => {
    const member = await newMember();
    await harness.records.reviews.saveDraft(member.id, 2026, { strengths: 'first words' });
    const second = await harness.records.reviews.saveDraft(
      member.id,
      2026,
      { progress: 'more words' },
      { selfRating: 'good', workplaceCommentText: 'Hard-working (factory manager)' },
    );
    expect(second).toMatchObject({
      outcome: 'saved',
      review: {
        status: 'draft',
        sections: { strengths: 'first words', shortcomings: '', progress: 'more words', direction: '' },
        selfRating: 'good',
        workplaceCommentText: 'Hard-working (factory manager)',
      },
    });
    const reviewId = (second as { review: { id: number } }).review.id;
    const audit = await auditOf(harness.db, 'Review', reviewId);
    expect(audit.map((event) => event.action)).toEqual(['review.draft-saved', 'review.draft-saved']);
    expect(audit[1].before).toMatchObject({ sections: { progress: '' } });
    expect(audit[1].after).toMatchObject({ sections: { progress: 'more words' } });

    expect(await harness.records.reviews.saveDraft(member.id, 2026, { direction: 'x'.repeat(4001) })).toEqual(
      {
        outcome: 'refused',
        reason: 'section-too-long',
        section: 'direction',
      },
    );
  });

  it('submits once per source key inside the window', async () => {
    const member = await newMember();
    await harness.records.reviews.saveDraft(member.id, 2026, { strengths: 'draft' });
    const now = new Date('2026-12-01T00:00:00Z');
    const content = { sections, selfRating: 'good' as const, workplaceCommentFileId: 'doc-7' };
    const submitted = await harness.records.reviews.submit(member.id, 2026, content, {
      sourceKey: 'rv:1',
      now,
    });
    expect(submitted).toMatchObject({
      outcome: 'submitted',
      duplicate: false,
      review: {
        status: 'submitted',
        sections,
        submittedAt: now.toISOString(),
        workplaceCommentFileId: 'doc-7',
      },
    });
    const counts = await recordCounts(harness.db);
    expect(
      await harness.records.reviews.submit(member.id, 2026, content, { sourceKey: 'rv:1', now }),
    ).toEqual({
      ...submitted,
      duplicate: true,
    });
    expect(await recordCounts(harness.db)).toEqual(counts);

    expect(
      await harness.records.reviews.submit(member.id, 2026, content, { sourceKey: 'rv:2', now }),
    ).toEqual({
      outcome: 'refused',
      reason: 'already-submitted',
    });
    expect(await harness.records.reviews.saveDraft(member.id, 2026, { strengths: 'changed' })).toEqual({
      outcome: 'refused',
      reason: 'already-submitted',
    });
    const review = await harness.records.reviews.forYear(member.id, 2026);
    expect(review).toMatchObject({ status: 'submitted', sections });
    const audit = await auditOf(harness.db, 'Review', review!.id);
    expect(audit.at(-1)).toMatchObject({ action: 'review.submitted', before: { status: 'draft' } });
  });

  it.each([
    // 1 November begins at 15:00 UTC on 31 October in Seoul; the window closes with 31 December.
    ['Asia/Seoul', '2026-10-31T14:59:00Z', 'review-not-open'],
    ['America/Los_Angeles', '2027-01-01T08:00:00Z', 'review-closed'],
  ])('refuses outside the window (%s at %s)', async (timezone, now, reason) => {
    const member = await newMember(timezone);
    const counts = await recordCounts(harness.db);
    expect(
      await harness.records.reviews.submit(
        member.id,
        2026,
        { sections },
        { sourceKey: `out:${now}`, now: new Date(now) },
      ),
    ).toEqual({ outcome: 'refused', reason });
    expect(await recordCounts(harness.db)).toEqual(counts);
  });

  it('accepts a late review for the catch-up rating, and refuses one with a section missing', async () => {
    const member = await newMember('America/Los_Angeles');
    const now = new Date('2027-01-01T07:59:00Z'); // 23:59 on 31 December in Los Angeles
    expect(
      await harness.records.reviews.submit(
        member.id,
        2026,
        { sections: { ...sections, direction: ' ' } },
        { sourceKey: 'late:0', now },
      ),
    ).toEqual({ outcome: 'refused', reason: 'section-missing', section: 'direction' });
    expect(
      await harness.records.reviews.submit(member.id, 2026, { sections }, { sourceKey: 'late:1', now }),
    ).toMatchObject({ outcome: 'submitted' });
    expect(await harness.records.reviews.forYear(member.id, 2025)).toBeNull();
  });
});
