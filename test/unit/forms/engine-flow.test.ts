// The engine's flow through the questions: conditions, defaults, invalid answers, stale buttons, resuming, switching forms.
import { z } from 'zod';
import type { FormDefinition } from '../../../src/forms/types';
import { Driver, engineWith, envOf, fillSample, lastQuestion, recordingForm, viewOf } from './engine-support';

describe('form engine: questions', () => {
  it('asks the first question with its options and progress', async () => {
    const driver = new Driver(engineWith([recordingForm().form]));
    const question = lastQuestion(await driver.start('sample-help'));
    expect(question.header).toBe('Yêu cầu hỗ trợ (mẫu) (1/6)');
    expect(question.prompt).toBe('Đồng chí cần hỗ trợ về việc gì?');
    expect(question.options.map((option) => option.label)).toEqual([
      'Công việc',
      'Gia đình',
      'Đảng phí',
      'Việc khác',
    ]);
    expect(question.first).toBe(true);
    expect(driver.state).toMatchObject({
      formId: 'sample-help',
      stepId: 'topic',
      answers: {},
      editing: false,
    });
  });

  it('skips steps whose condition does not hold', async () => {
    const driver = new Driver(engineWith([recordingForm().form]));
    await fillSample(driver, 0);
    expect(driver.state?.stepId).toBe('summary');
    expect(Object.keys(driver.state!.answers)).toEqual([
      'topic',
      'details',
      'startedOn',
      'country',
      'photo',
      'wantsCall',
    ]);
  });

  it('offers a prefill as a one-tap answer and echoes a pressed answer', async () => {
    const driver = new Driver(engineWith([recordingForm().form]));
    await driver.start('sample-help');
    const afterTopic = await driver.press({ type: 'pick', index: 2 });
    expect(viewOf(afterTopic, 'answered').text).toBe('Đồng chí cần hỗ trợ về việc gì?\n✓ Đảng phí');
    await driver.say('Phí tháng 9 và tháng 10');
    const amount = lastQuestion(await driver.press({ type: 'done' }));
    expect(amount.header).toBe('Yêu cầu hỗ trợ (mẫu) (3/8)');
    expect(amount.prefill).toBe('Dùng: 20.000\u00a0₫');
    const months = lastQuestion(await driver.press({ type: 'prefill' }));
    expect(driver.state?.answers.amount).toEqual({ amountMinor: 20000, currency: 'VND' });
    expect(months.options.map((option) => option.label)).toEqual(['08/2026', '09/2026', '10/2026']);
  });

  it('takes a typed number or label for a choice, and re-asks with the reason after a bad answer', async () => {
    const driver = new Driver(engineWith([recordingForm().form]));
    const first = lastQuestion(await driver.start('sample-help'));
    const refused = lastQuestion(await driver.say('abc'));
    expect(refused.error).toContain('từ 1 đến 4');
    expect(refused.prompt).toBe(first.prompt);
    expect(refused.nonce).not.toBe(first.nonce);
    expect(driver.state?.answers).toEqual({});
    await driver.say('dang phi');
    expect(driver.state?.answers.topic).toBe('fee');
    await driver.say('Chi tiết đủ dài');
    await driver.press({ type: 'done' });
    for (const [text, expected] of [
      ['abc', 'không phải là số tiền'],
      ['-20000', 'không được là số âm'],
      ['0', 'lớn hơn 0'],
      ['900000000', 'có vẻ không đúng'],
    ]) {
      expect(lastQuestion(await driver.say(text)).error).toContain(expected);
      expect(driver.state?.stepId).toBe('amount');
    }
    await driver.say('50 USD');
    expect(driver.state?.answers.amount).toEqual({ amountMinor: 5000, currency: 'USD' });
  });

  it('toggles months with buttons in place, and refuses Done with none chosen', async () => {
    const driver = new Driver(engineWith([recordingForm().form]));
    await driver.start('sample-help');
    await driver.press({ type: 'pick', index: 2 });
    await driver.say('Chi tiết đủ dài');
    await driver.press({ type: 'done' });
    const months = lastQuestion(await driver.press({ type: 'prefill' }));
    const toggled = lastQuestion(await driver.press({ type: 'toggle', index: 0 }));
    expect(toggled).toMatchObject({ replace: true, nonce: months.nonce });
    expect(toggled.options.map((option) => option.selected)).toEqual([true, false, false]);
    await driver.press({ type: 'toggle', index: 0 });
    expect(lastQuestion(await driver.press({ type: 'done' })).error).toBe('Hãy chọn ít nhất 1 tháng.');
    expect(lastQuestion(await driver.say('12/2026')).error).toContain('Không chọn được tháng 12/2026');
    await driver.say('9/2026, 2026-10');
    expect(driver.state?.answers.months).toEqual(['2026-09', '2026-10']);
  });

  it('collects a multi-message text and applies the limit to the whole', async () => {
    const driver = new Driver(engineWith([recordingForm().form]));
    await driver.start('sample-help');
    await driver.press({ type: 'pick', index: 0 });
    expect(viewOf(await driver.say('a'.repeat(2500)), 'collecting').text).toBe(
      'Đã nhận (2.500/4.000 ký tự).',
    );
    const refused = lastQuestion(await driver.say('b'.repeat(2500)));
    expect(refused.error).toContain('5.001 ký tự');
    expect(driver.state?.pendingText).toBe('a'.repeat(2500));
    await driver.say('b'.repeat(100));
    await driver.say('xong');
    expect(driver.state?.answers.details).toBe(`${'a'.repeat(2500)}\n${'b'.repeat(100)}`);
  });

  it('refuses media where a photo is expected, and skips an optional step', async () => {
    const driver = new Driver(engineWith([recordingForm().form]));
    await driver.start('sample-help');
    await driver.press({ type: 'pick', index: 0 });
    await driver.say('Chi tiết đủ dài');
    await driver.press({ type: 'done' });
    await driver.say('30/02/2026');
    expect(lastQuestion(driver.turn).error).toBe(
      'Không có ngày 30/02/2026 trên lịch. Hãy kiểm tra lại ngày và tháng.',
    );
    await driver.say('2026-02-28');
    await driver.say('Hàn Quốc');
    const sticker = lastQuestion(await driver.input({ type: 'media', mediaType: 'sticker' }));
    expect(sticker.error).toContain('cần một ảnh');
    expect(lastQuestion(await driver.say('đây là ảnh')).error).toContain('cần một ảnh');
    expect(sticker.canSkip).toBe(true);
    const tooBig = lastQuestion(
      await driver.input({ type: 'file-refused', refusal: { reason: 'too-big', maxMegabytes: 10 } }),
    );
    expect(tooBig.error).toContain('10 MB');
    expect(driver.state?.answers.photo).toBeUndefined();
    const notImage = lastQuestion(
      await driver.input({ type: 'file-refused', refusal: { reason: 'wrong-type', expected: 'photo' } }),
    );
    expect(notImage.error).toContain('JPEG, PNG, WEBP hoặc HEIC');
    await driver.input({ type: 'file', fileType: 'photo', storedFileId: 7, mimeType: 'image/jpeg' });
    expect(driver.state?.answers.photo).toEqual({
      storedFileId: 7,
      fileType: 'photo',
      mimeType: 'image/jpeg',
    });
  });

  it('answers a press with an old nonce or a wrong action as stale, changing nothing', async () => {
    const driver = new Driver(engineWith([recordingForm().form]));
    const first = lastQuestion(await driver.start('sample-help'));
    await driver.press({ type: 'pick', index: 0 });
    const before = driver.state;
    for (const [action, nonce] of [
      [{ type: 'pick', index: 1 }, first.nonce],
      [{ type: 'toggle', index: 0 }, undefined],
      [{ type: 'pick', index: 0 }, undefined],
      [{ type: 'confirm' }, undefined],
      [{ type: 'skip' }, undefined],
    ] as const) {
      const turn = await driver.press(action, nonce);
      expect(turn).toMatchObject({ stale: true, views: [] });
      expect(driver.state).toBe(before);
    }
  });

  it('resumes the same draft after a restart (a JSON round trip) and on starting the same form', async () => {
    const driver = new Driver(engineWith([recordingForm().form]));
    await driver.start('sample-help');
    await driver.press({ type: 'pick', index: 2 });
    await driver.say('Chi tiết đủ dài');
    driver.state = JSON.parse(JSON.stringify(driver.state));
    const resumed = await driver.start('sample-help');
    const question = lastQuestion(resumed);
    expect(question.note).toBe('Tiếp tục yêu cầu hỗ trợ (mẫu) đang làm dở, từ chỗ đồng chí dừng lại.');
    expect(viewOf(resumed, 'collecting').text).toBe('Đã nhận (15/4.000 ký tự).');
    await driver.press({ type: 'done' });
    expect(driver.state?.answers.details).toBe('Chi tiết đủ dài');
  });

  it('asks before putting a draft aside for another form, and never drops it silently', async () => {
    const other: FormDefinition = {
      ...recordingForm().form,
      id: 'other',
      titleKey: 'forms-unknown-title',
      command: undefined,
    };
    const driver = new Driver(engineWith([recordingForm().form, other]));
    await driver.start('sample-help');
    await driver.press({ type: 'pick', index: 1 });
    const ask = viewOf(await driver.start('other'), 'switch');
    expect(ask.text).toBe(
      'Đồng chí đang làm dở yêu cầu hỗ trợ (mẫu). Đồng chí muốn làm tiếp, hay bỏ để bắt đầu biểu mẫu?',
    );
    expect(driver.state).toMatchObject({ formId: 'sample-help', pendingSwitch: 'other' });
    await driver.press({ type: 'continue' });
    expect(driver.state).toMatchObject({
      formId: 'sample-help',
      stepId: 'details',
      answers: { topic: 'family' },
    });
    await driver.start('other');
    const started = lastQuestion(await driver.say('2'));
    expect(started.note).toBe('Đã bỏ yêu cầu hỗ trợ (mẫu) đang làm dở.');
    expect(driver.state).toMatchObject({ formId: 'other', stepId: 'topic', answers: {} });
  });

  it('refuses to start when the form says so', async () => {
    const { form } = recordingForm({ onStartCheck: () => 'forms-gone' });
    const driver = new Driver(engineWith([form]));
    const turn = await driver.start('sample-help');
    expect(turn.state).toBeUndefined();
    expect(viewOf(turn, 'notice').text).toContain('không còn nữa');
  });

  it('runs zod and function validators, showing their Fluent key', async () => {
    const { form } = recordingForm();
    const steps = form.steps.map((step) =>
      step.id === 'topic'
        ? { ...step, validate: z.string().refine((value) => value !== 'other', 'forms-error-invalid') }
        : step.id === 'startedOn'
          ? {
              ...step,
              validate: (value: string) => (value < '2026-01-01' ? 'forms-error-date-format' : undefined),
            }
          : step,
    ) as FormDefinition['steps'];
    const driver = new Driver(engineWith([{ ...form, steps }]));
    await driver.start('sample-help');
    expect(lastQuestion(await driver.say('4')).error).toContain('không dùng được ở đây');
    await driver.say('1');
    await driver.say('Chi tiết đủ dài');
    await driver.press({ type: 'done' });
    expect(lastQuestion(await driver.say('01/01/2025')).error).toContain('Tôi không đọc được ngày này');
  });

  it('records a list step with nothing to offer as skipped', async () => {
    const { form } = recordingForm();
    const steps = form.steps.map((step) =>
      step.kind === 'months' ? { ...step, months: () => [] } : step,
    ) as FormDefinition['steps'];
    const driver = new Driver(engineWith([{ ...form, steps }]));
    await driver.start('sample-help');
    await driver.press({ type: 'pick', index: 2 });
    await driver.say('Chi tiết đủ dài');
    await driver.press({ type: 'done' });
    const next = lastQuestion(await driver.say('20000'));
    expect(next.prompt).toBe('Từ ngày nào?');
    expect(driver.state?.answers.months).toBeNull();
  });

  it('speaks English to an English-speaking member', async () => {
    const driver = new Driver(engineWith([recordingForm().form]), envOf('en'));
    const question = lastQuestion(await driver.start('sample-help'));
    expect(question.header).toBe('Help request (sample) (1/6)');
    expect(lastQuestion(await driver.say('abc')).error).toContain('press a button or reply with its number');
  });

  it('refuses bad form definitions at start-up', () => {
    const { form } = recordingForm();
    expect(() => engineWith([form, form])).toThrow('registered twice');
    expect(() => engineWith([{ ...form, id: 'Bad Id' }])).toThrow('must match');
    expect(() => engineWith([{ ...form, steps: [...form.steps, form.steps[0]] }])).toThrow(
      'duplicate step ids',
    );
  });
});
