// The sandbox's clock control in a real browser: "pretend it is the 20th at 09:00" runs the scheduler, the member's
// nudge and the secretary's digest arrive in their chats, and the nudge's button opens the form.
import fs from 'node:fs';
import path from 'node:path';
import { DateTime } from 'luxon';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { systemClock } from '../../src/clock';
import { realClockEnv } from '../support/real-clock';
import { startSandboxService, type Sandbox } from './sandbox-support';

const CHROMIUM = '/usr/bin/chromium';
const requireBrowser = process.env.REQUIRE_BROWSER === '1';
const describeBrowser = fs.existsSync(CHROMIUM) || requireBrowser ? describe : describe.skip;

const OUTPUT_DIR = path.resolve(__dirname, '..', '..', 'test-output', 'sandbox');
const SECRETARY = 7_000_000_001;
const MINH = 7_000_000_004; // in Korea: bound to check in every month
const HUONG = 7_000_000_007; // in Brno, reads in English

/**
 * The demo is relative to the service's today: the 20th of next month in the cell's zone brings the day-20 check-in
 * nudge whatever today is. The sandbox runs on the system clock, this process's.
 */
function twentiethOfNextMonth(): string {
  const next = DateTime.fromJSDate(systemClock(), { zone: 'Asia/Ho_Chi_Minh' })
    .startOf('month')
    .plus({ months: 1 });
  return `${next.toISODate()!.slice(0, 8)}20T09:00`;
}

/** Polls until the text is neither `before` nor the "working" line, and returns it. */
async function changed(read: () => Promise<string>, before: string, timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const now = await read();
    if (now !== before && !now.startsWith('Đang')) return now;
    if (Date.now() > deadline) throw new Error(`still "${now}" (was "${before}")`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describeBrowser('sandbox clock control in a browser', () => {
  let sandbox: Sandbox;
  let browser: Browser;
  let context: BrowserContext;
  const pageErrors: string[] = [];

  const shoot = (page: Page, name: string) => page.screenshot({ path: path.join(OUTPUT_DIR, `${name}.png`) });
  const openAs = async (chatId: number) => {
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${sandbox.url}/#chat=${chatId}`);
    await page.locator('#chat-view').waitFor();
    return page;
  };

  beforeAll(async () => {
    fs.mkdirSync(OUTPUT_DIR, { recursive: true });
    sandbox = await startSandboxService();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      env: realClockEnv(),
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
    context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
  });

  afterAll(async () => {
    await browser?.close();
    await sandbox?.stop();
  });

  it('runs the reminders at a pretend time: nudges and the digest arrive, and a nudge button opens its form', async () => {
    const member = await openAs(MINH);
    const secretary = await openAs(SECRETARY);
    // Nothing arrives by itself: in the sandbox the sweeps run when the visitor asks.
    expect(await member.locator('.row.from-bot').count()).toBe(0);

    await member.click('#clock summary');
    expect(await member.locator('#clock-time').inputValue()).toBe(twentiethOfNextMonth());
    await member.fill('#clock-time', twentiethOfNextMonth());
    await shoot(member, '10-clock-control');
    await member.click('#clock-run');
    const result = member.locator('#clock-result');
    await result.locator('text=/đã gửi \\d+ tin/').waitFor({ timeout: 20_000 });
    // Only what happened is counted: a kind with none is left out, and the parenthesis closes.
    const firstRun = await result.innerText();
    expect(firstRun).toMatch(
      /^Lúc 20\/\d{2}\/\d{4} 09:00: đã gửi [1-9]\d* tin \(([1-9]\d* lời nhắc, )?([1-9]\d* cảnh báo, )?1 bản tóm tắt\)\. /,
    );
    expect(firstRun).not.toMatch(/(^|\D)0 /);
    expect(firstRun).toMatch(/Mở cuộc trò chuyện của từng người để xem\.$/);

    const nudge = member.locator('.row.from-bot', {
      hasText: 'Chào đồng chí Lê Văn Minh! Chi bộ nhắc đồng chí:',
    });
    await nudge.waitFor();
    expect(await nudge.innerText()).toContain('Đồng chí chưa báo cáo tháng');
    await shoot(member, '11-clock-member-nudge');

    const digest = secretary.locator('.row.from-bot', { hasText: '📋 Tóm tắt hằng ngày' });
    await digest.waitFor();
    expect(await digest.innerText()).toContain('Quá hạn báo cáo hằng tháng');
    await secretary.bringToFront();
    await shoot(secretary, '12-clock-secretary-digest');

    await nudge.locator('button.key', { hasText: 'Báo cáo tháng này' }).click();
    await member.locator('.row.from-bot', { hasText: 'Báo cáo hằng tháng (1/' }).waitFor();
    await member.bringToFront();
    await shoot(member, '13-clock-nudge-opens-form');

    // The same time again: everything was told already, nothing is sent twice.
    const rowsBefore = await secretary.locator('.row.from-bot').count();
    await member.click('#clock-run');
    const secondRun = await changed(() => result.innerText(), firstRun);
    expect(secondRun).toMatch(
      /^Lúc 20\/\d{2}\/\d{4} 09:00: (không có việc gì đến hạn, không gửi tin nào|chưa gửi tin nào)\./,
    );
    expect(secondRun).not.toMatch(/(^|\D)0 /);
    expect(await secretary.locator('.row.from-bot').count()).toBe(rowsBefore);

    // The page goes to the English member: the result is read again in her language.
    await member.click('#switch-person');
    await member.click(`.person[data-chat-id="${HUONG}"]`);
    await member.locator('#whoami', { hasText: 'Đặng Thị Hương' }).waitFor();
    expect(await result.innerText()).toMatch(
      /^At 20 [A-Z][a-z]{2} \d{4}, 09:00: (nothing was due; no messages were sent|no messages were sent)\./,
    );
    expect(pageErrors).toEqual([]);
  });

  it('refuses a malformed time with a clear answer', async () => {
    const refused = await fetch(`${sandbox.url}/sandbox/api/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ local: '20/12/2026 09:00' }),
    });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toBe(
      'local: must look like 2026-12-20T09:00',
    );
  });
});
