// The committee dashboard in a real browser (Debian chromium): the sign-in link, the overview and its child table,
// the drill-down to a cell and a member, a refusal, and phone and desktop screenshots in test-output/dashboard/.
import fs from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { chromium, type Browser } from 'playwright-core';
import { systemClock } from '../../src/clock';
import { createI18n } from '../../src/i18n';
import { dashboardRoutes } from '../../src/http/dashboard/routes';
import { startHttpServer, type HttpServer } from '../../src/http/server';
import { createRecords, type Records } from '../../src/records';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { createCell, createMember, RECORDED_LONG_AGO } from '../support/fixtures';
import { realClockEnv } from '../support/real-clock';

const CHROMIUM = '/usr/bin/chromium';
const requireBrowser = process.env.REQUIRE_BROWSER === '1';
// Without chromium the suite is skipped, unless REQUIRE_BROWSER=1 asks for it to fail instead.
const describeBrowser = fs.existsSync(CHROMIUM) || requireBrowser ? describe : describe.skip;
const OUTPUT_DIR = path.resolve(__dirname, '..', '..', 'test-output', 'dashboard');

describeBrowser('committee dashboard in a browser', () => {
  let database: TestDatabase;
  let records: Records;
  let server: HttpServer;
  let browser: Browser;
  const codes: Record<string, string> = {};
  const ids: Record<string, number> = {};

  async function linkFor(memberId: number): Promise<string> {
    const link = await records.dashboard.issueLink(memberId, { label: 'test' });
    if (link.outcome !== 'issued') throw new Error('no link');
    return `${server.url}/dashboard/sign-in?token=${link.token}`;
  }

  beforeAll(async () => {
    fs.mkdirSync(OUTPUT_DIR, { recursive: true });
    database = await createTestDatabase();
    const { db } = database;
    // The browser keeps the real clock, and so does this server: the cookie's life is the browser's to count.
    records = createRecords(db, systemClock);
    const cell = await createCell(db, 'Chi bộ thôn Hải Thanh');
    const cellRow = await db.unit.findUniqueOrThrow({ where: { id: cell.cellId } });
    const commune = await db.unit.findUniqueOrThrow({ where: { id: cellRow.parentId! } });
    const district = await db.unit.findUniqueOrThrow({ where: { id: commune.parentId! } });
    const sibling = await db.unit.create({
      data: {
        code: `${commune.code}-2`,
        name: 'Chi bộ thôn Hải Bình',
        kind: 'cell',
        parentId: commune.id,
        path: `${commune.path}/${commune.code}-2`,
        createdAt: RECORDED_LONG_AGO,
      },
    });
    Object.assign(codes, { cell: cellRow.code, commune: commune.code, district: district.code });
    await createMember(db, cell, { fullName: 'Lê Văn Minh', state: 'away' });
    await createMember(db, cell, { fullName: 'Phạm Văn Miễn', state: 'temporary-exemption' });
    const home = await createMember(db, cell, { fullName: 'Ngô Văn Khải' });
    await createMember(db, { ...cell, cellId: sibling.id }, { fullName: 'Đỗ Thị Hàn', state: 'away' });
    const officer = await createMember(db, cell, { fullName: 'Hoàng Văn Cán Bộ', role: 'committee_officer' });
    await db.member.update({ where: { id: officer.id }, data: { officerUnitId: district.id } });
    const otherCell = await createCell(db, 'Chi bộ thôn Khác');
    const otherSecretary = await createMember(db, otherCell, { fullName: 'Vũ Văn Khác', role: 'secretary' });
    Object.assign(ids, { home: home.id, officer: officer.id, otherSecretary: otherSecretary.id });

    server = await startHttpServer({
      host: '127.0.0.1',
      port: 0,
      routes: dashboardRoutes({
        records,
        translations: createI18n('vi'),
        clock: systemClock,
        logger: pino({ level: 'silent' }),
        homeZone: 'Asia/Ho_Chi_Minh',
        secureCookies: false,
      }),
      health: async () => ({}),
      logger: pino({ level: 'silent' }),
    });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      env: realClockEnv(),
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-sync',
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await database?.drop();
  });

  it('signs an officer in from the link and drills down from the district to a member, on a phone', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    page.setDefaultTimeout(8_000);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('requestfailed', (request) => errors.push(`failed: ${request.url()}`));
    const link = await linkFor(ids.officer);
    await page.goto(link);
    await page.click('button[type=submit]');
    await page.waitForURL(`**/dashboard/unit/${codes.district}`);
    expect(await page.locator('h1').innerText()).toMatch(/^Huyện ủy Thử: tháng \d{2}\/\d{4}$/);
    const cookies = await context.cookies();
    expect(cookies).toEqual([
      expect.objectContaining({
        name: 'homecell_dashboard',
        httpOnly: true,
        sameSite: 'Strict',
        path: '/dashboard',
      }),
    ]);
    // The child table is a real table; the phone scrolls it sideways, the page itself does not overflow.
    await page.locator('table').first().waitFor();
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'phone-overview.png'), fullPage: true });

    await page.click('table a:has-text("Đảng ủy xã Thử")');
    await page.click('table a:has-text("Chi bộ thôn Hải Thanh")');
    await page.click('a:has-text("Danh sách đảng viên của chi bộ")');
    await page.waitForURL(`**/dashboard/cell/${codes.cell}`);
    expect(await page.locator('tbody tr').count()).toBe(4);
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'phone-roster.png'), fullPage: true });
    await page.click('table a:has-text("Ngô Văn Khải")');
    await page.waitForURL(`**/dashboard/member/${ids.home}`);
    expect(await page.locator('h1').innerText()).toBe('Hồ sơ đảng viên: Ngô Văn Khải');

    // A link used once does not open a second session.
    await page.goto(link);
    await page.click('button[type=submit]');
    expect(await page.locator('.message p').innerText()).toContain('Liên kết này đã được dùng.');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the overview and the trend chart on a desktop, and refuses a secretary of another cell', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(await linkFor(ids.officer));
    await page.click('button[type=submit]');
    await page.waitForURL(`**/dashboard/unit/${codes.district}`);
    await page.click('a:has-text("English")');
    expect(await page.locator('h2').first().innerText()).toBe('Units below');
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'desktop-overview.png'), fullPage: true });
    await page.click('a:has-text("Check-in rate over the year")');
    await page.locator('figure.chart svg').waitFor();
    const box = await page.locator('figure.chart svg').boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'desktop-trend.png'), fullPage: true });
    await page.click('button:has-text("Sign out")');
    expect(await page.locator('.message p').innerText()).toContain('You are signed out.');
    await context.close();

    const other = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const refused = await other.newPage();
    await refused.goto(await linkFor(ids.otherSecretary));
    await refused.click('button[type=submit]');
    const answer = await refused.goto(`${server.url}/dashboard/cell/${codes.cell}`);
    expect(answer!.status()).toBe(404);
    await other.close();
  });
});
