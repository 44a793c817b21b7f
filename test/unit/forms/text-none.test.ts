// A text step whose prompt offers "none" (form 2C's part 3): “Không có” and its spellings are a whole answer, however
// short; elsewhere they are not; the minimum can come from the policy and the error says what to write.
import { isNoneAnswer, parseText, textLimits } from '../../../src/forms/steps/text';
import type { FormEnv, TextStep } from '../../../src/forms/types';

const base = { promptKey: 'p', labelKey: 'l', id: 'progress', kind: 'text' } as const;
const policyEnv = (sectionMinChars: number) =>
  ({ records: { policy: { review: { sectionMinChars } } } }) as unknown as FormEnv;
const fromPolicy = (env: FormEnv) => env.records.policy.review.sectionMinChars;

describe('a text step that accepts "none"', () => {
  const step: TextStep = { ...base, minLength: 10, acceptsNone: true };

  it.each([
    'Không có',
    'Không có.',
    'không có',
    'KHÔNG CÓ',
    'Khong co',
    '  Không có.  ',
    '“Không có”',
    '"Không có".',
    'Không',
    'None',
    'None.',
    'none',
    'No',
    'N/A',
    'Nothing.',
  ])('takes %p as it was typed (trimmed)', (typed) => {
    expect(isNoneAnswer(typed)).toBe(true);
    expect(parseText(step, typed)).toEqual({ ok: true, value: typed.trim() });
  });

  it.each([
    ['Có', false],
    ['Ko', false],
    ['Không rõ', false],
    ['Không có gì đặc biệt để nói thêm', true],
  ])('reads %p as an answer of its own (accepted: %p)', (typed, ok) => {
    expect(isNoneAnswer(typed)).toBe(false);
    expect(parseText(step, typed).ok).toBe(ok);
  });

  it('refuses a short answer that is not "none", saying it may be "none"', () => {
    expect(parseText(step, 'Đã sửa')).toEqual({
      ok: false,
      errorKey: 'forms-error-text-too-short-or-none',
      errorArgs: { length: 6, min: 10 },
    });
  });
});

describe('a text step that does not accept "none"', () => {
  it('holds “Không có” to the minimum, with the generic error or the step’s own', () => {
    expect(parseText({ ...base, minLength: 10 }, 'Không có')).toMatchObject({
      ok: false,
      errorKey: 'forms-error-text-too-short',
    });
    expect(
      parseText({ ...base, minLength: 10, tooShortKey: 'review-error-too-short-direction' }, 'Không có'),
    ).toEqual({
      ok: false,
      errorKey: 'review-error-too-short-direction',
      errorArgs: { length: 8, min: 10 },
    });
  });
});

describe('a minimum read from the policy', () => {
  const step: TextStep = { ...base, minLength: fromPolicy };
  it.each([
    [10, 'Đã khắc phục', true],
    [10, 'Đã sửa', false],
    [20, 'Đã khắc phục', false],
    [1, 'x', true],
  ])('with %p characters required, %p is accepted: %p', (min, typed, ok) => {
    expect(textLimits(step, policyEnv(min)).min).toBe(min);
    expect(parseText(step, typed, policyEnv(min)).ok).toBe(ok);
  });
  it('cannot be read without the env (a programming error, not a member error)', () => {
    expect(() => parseText(step, 'anything')).toThrow(/reads its minimum from the env/);
  });
});
