// The end of a form in the engine: summary, edit, cancel, submit with its idempotency key, refusal and expiry.
import {
  Driver,
  NOW,
  engineWith,
  envOf,
  fillSample,
  lastQuestion,
  recordingForm,
  viewOf,
} from './engine-support';

describe('form engine: summary and submit', () => {
  it('shows a summary, edits an answer from it and returns to it; a condition change adds or drops steps', async () => {
    const { form, calls } = recordingForm();
    const driver = new Driver(engineWith([form]));
    await fillSample(driver);
    const summary = viewOf(driver.turn, 'summary');
    expect(summary.title).toBe('Đề nghị đồng chí kiểm tra lại yêu cầu hỗ trợ (mẫu):');
    expect(summary.lines).toEqual([
      { label: 'Nội dung', value: 'Đảng phí' },
      { label: 'Chi tiết', value: 'Tôi gửi phí qua người nhà ở quê.' },
      { label: 'Số tiền', value: '20.000\u00a0₫' },
      { label: 'Các tháng', value: '09/2026, 10/2026' },
      { label: 'Từ ngày', value: '01/09/2026' },
      { label: 'Nước', value: 'Hàn Quốc' },
      { label: 'Ảnh', value: '(bỏ qua)' },
      { label: 'Gọi lại', value: 'Có' },
    ]);
    const draftId = driver.state!.draftId;

    const menu = viewOf(await driver.press({ type: 'edit' }), 'edit-menu');
    expect(menu).toMatchObject({ replace: true, title: 'Đồng chí muốn sửa câu trả lời nào?' });
    const country = await driver.press({ type: 'edit-step', index: 5 });
    expect(viewOf(country, 'answered').text).toBe('Đang sửa: Nước');
    expect(lastQuestion(country).prefill).toBe('Giữ nguyên: Hàn Quốc');
    expect(viewOf(await driver.say('JP'), 'summary').lines[5]).toEqual({ label: 'Nước', value: 'Nhật Bản' });

    await driver.press({ type: 'edit' });
    await driver.press({ type: 'edit-step', index: 0 });
    const dropped = viewOf(await driver.press({ type: 'pick', index: 1 }), 'summary');
    expect(dropped.lines.map((line) => line.label)).not.toContain('Số tiền');
    expect(driver.state?.answers).not.toHaveProperty('amount');

    await driver.say('sửa');
    await driver.say('1');
    await driver.say('3');
    expect(lastQuestion(driver.turn).prompt).toBe('Đồng chí đã đóng bao nhiêu?');
    await driver.say('25.000');
    await driver.say('10/2026');
    expect(viewOf(driver.turn, 'summary').lines[2]).toEqual({ label: 'Số tiền', value: '25.000\u00a0₫' });

    const sent = await driver.press({ type: 'confirm' });
    expect(viewOf(sent, 'submitted')).toEqual({
      type: 'submitted',
      reference: 'RQ-1',
      text: 'Cảm ơn đồng chí. Yêu cầu đã được ghi nhận, mã số RQ-1.',
    });
    expect(driver.state).toBeUndefined();
    expect(calls).toEqual([
      {
        key: `sample-help:7:${draftId}`,
        answers: {
          topic: 'fee',
          details: 'Tôi gửi phí qua người nhà ở quê.',
          amount: { amountMinor: 25000, currency: 'VND' },
          months: ['2026-10'],
          startedOn: '2026-09-01',
          country: 'JP',
          wantsCall: true,
        },
      },
    ]);
  });

  it('takes OK, EDIT and CANCEL typed at the summary', async () => {
    const { form, calls } = recordingForm();
    const driver = new Driver(engineWith([form]));
    await fillSample(driver, 0);
    expect(viewOf(await driver.say('what?'), 'summary').error).toBe('Hãy xác nhận, sửa hoặc hủy.');
    expect(viewOf(await driver.say('EDIT'), 'edit-menu').replace).toBeUndefined();
    expect(viewOf(await driver.say('99'), 'edit-menu').error).toContain('số thứ tự');
    await driver.say('quay lại');
    await driver.say('OK');
    expect(calls).toHaveLength(1);
    expect(driver.state).toBeUndefined();
  });

  it('cancels at any time, saving nothing', async () => {
    const { form, calls } = recordingForm();
    const driver = new Driver(engineWith([form]));
    await driver.start('sample-help');
    await driver.press({ type: 'pick', index: 1 });
    const cancelled = driver.engine.cancel(driver.state!, driver.env);
    expect(cancelled).toEqual({
      state: undefined,
      views: [{ type: 'notice', text: 'Đã hủy yêu cầu hỗ trợ (mẫu). Không có gì được lưu.' }],
    });
    await fillSample(driver);
    expect(viewOf(await driver.press({ type: 'cancel' }), 'answered').text).toContain('Đã hủy');
    expect(driver.state).toBeUndefined();
    expect(calls).toHaveLength(0);
  });

  it('expires drafts after the given days with a notice naming the form', async () => {
    const engine = engineWith([recordingForm().form], 7);
    const turn = await engine.start('sample-help', undefined, envOf());
    const state = turn.state!;
    const day = 86_400_000;
    expect(engine.isExpired(state, new Date(NOW.getTime() + 6 * day))).toBe(false);
    expect(engine.isExpired(state, new Date(NOW.getTime() + 7 * day + 1))).toBe(true);
    expect(engine.expiryNotice(state, 'en')).toBe(
      'Your unfinished help request (sample) was not touched for 7 days, so it was discarded. Nothing was saved; you can start again at any time.',
    );
    expect(engineWith([recordingForm().form], 2).isExpired(state, new Date(NOW.getTime() + 3 * day))).toBe(
      true,
    );
  });

  it('passes the submit a refusal back to the summary, keeping the draft and its key', async () => {
    const { form } = recordingForm({
      submit: async () => ({
        refusedKey: 'forms-error-month-not-offered',
        refusedArgs: { month: '10/2026', offered: '' },
      }),
    });
    const driver = new Driver(engineWith([form]));
    await fillSample(driver);
    const draftId = driver.state!.draftId;
    const summary = viewOf(await driver.press({ type: 'confirm' }), 'summary');
    expect(summary.error).toContain('Không chọn được tháng 10/2026');
    expect(driver.state).toMatchObject({ stepId: 'summary', draftId });
  });

  it('cuts a long text in the summary and in the echo, but submits it whole', async () => {
    const { form, calls } = recordingForm();
    const driver = new Driver(engineWith([form]));
    await driver.start('sample-help');
    await driver.press({ type: 'pick', index: 0 });
    await driver.say('a'.repeat(2500));
    const echo = viewOf(await driver.press({ type: 'done' }), 'answered').text;
    expect(echo.length).toBeLessThan(400);
    expect(echo).toContain('… (2.500 ký tự)');
    for (const answer of ['1/10/2026', 'KR', 'skip', 'có']) await driver.say(answer);
    expect(viewOf(driver.turn, 'summary').lines[1]).toEqual({
      label: 'Chi tiết',
      value: `${'a'.repeat(300)}… (2.500 ký tự)`,
    });
    await driver.say('ok');
    expect(calls[0]?.answers.details).toBe('a'.repeat(2500));
  });
});
