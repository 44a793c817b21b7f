// The committee dashboard end to end over HTTP: a single-use sign-in link, the session cookie, scope (an officer's
// subtree, a secretary's cell), the overview's figures against the statistics service, the drill-down, sign-out and
// the sign-in rate limit.
import pino from 'pino';
import { createI18n } from '../../src/i18n';
import { dashboardRoutes } from '../../src/http/dashboard/routes';
import { startHttpServer, type HttpServer } from '../../src/http/server';
import { createRecords, type Records } from '../../src/records';
import { STATS_COUNTS } from '../../src/records/stats';
import { monthToDb } from '../../src/domain/periods';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { createCell, createMember, RECORDED_LONG_AGO, type TestCell } from '../support/fixtures';

// Mid-June 2026, 10:00 in Vietnam: the running month is June, May is closed.
const NOW = new Date('2026-06-15T03:00:00Z');

interface Answer {
  status: number;
  body: string;
  headers: Headers;
}

describe('committee dashboard', () => {
  let database: TestDatabase;
  let records: Records;
  let server: HttpServer;
  let secureServer: HttpServer;
  let cellA: TestCell;
  const units: Record<string, { id: number; code: string; name: string; path: string }> = {};
  const people: Record<string, { id: number; fullName: string; cardNumber: string }> = {};

  const call = async (
    base: HttpServer,
    path: string,
    options: { cookie?: string; form?: Record<string, string>; origin?: string } = {},
  ): Promise<Answer> => {
    const response = await fetch(`${base.url}${path}`, {
      method: options.form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: {
        ...(options.cookie ? { cookie: options.cookie } : {}),
        ...(options.origin ? { origin: options.origin } : {}),
        ...(options.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body: options.form ? new URLSearchParams(options.form).toString() : undefined,
    });
    // The page's layout whitespace (the formatter's, in the templates) is not what the tests read.
    const body = (await response.text()).replace(/\s+/g, ' ').replace(/>\s+/g, '>').replace(/\s+</g, '<');
    return { status: response.status, body, headers: response.headers };
  };
  const get = (path: string, cookie?: string) => call(server, path, { cookie });

  /** Follows a link as the officer would: the page with the button, then the button's post. */
  async function signInWith(token: string, base = server): Promise<Answer> {
    const page = await call(base, `/dashboard/sign-in?token=${token}`);
    expect(page.status).toBe(200);
    const posted = /name="token" value="([^"]+)"/.exec(page.body)?.[1];
    expect(posted).toBe(token);
    return call(base, '/dashboard/sign-in', { form: { token: posted! } });
  }

  async function sessionOf(memberId: number): Promise<string> {
    const link = await records.dashboard.issueLink(memberId, { label: 'test' });
    if (link.outcome !== 'issued') throw new Error('no link');
    const answer = await signInWith(link.token);
    expect(answer.status).toBe(303);
    return answer.headers.get('set-cookie')!.split(';')[0];
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    const { db } = database;
    records = createRecords(db, () => NOW);
    cellA = await createCell(db, 'Chi bộ thôn Hải Thanh');
    const cellARow = await db.unit.findUniqueOrThrow({ where: { id: cellA.cellId } });
    const commune = await db.unit.findUniqueOrThrow({ where: { id: cellARow.parentId! } });
    const district = await db.unit.findUniqueOrThrow({ where: { id: commune.parentId! } });
    const province = await db.unit.findUniqueOrThrow({ where: { id: cellA.provinceId } });
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
    const cellA2: TestCell = { provinceId: province.id, cellId: sibling.id, cellName: sibling.name };
    const cellB = await createCell(db, 'Chi bộ thôn Khác');
    Object.assign(units, { cellA: cellARow, commune, district, province, sibling });

    people.secretaryA = await createMember(db, cellA, { fullName: 'Trần Thị Bí Thư', role: 'secretary' });
    people.away = await createMember(db, cellA, { fullName: 'Lê Văn Minh', state: 'away' });
    people.exempt = await createMember(db, cellA, {
      fullName: 'Phạm Văn Miễn',
      state: 'temporary-exemption',
    });
    people.home = await createMember(db, cellA, { fullName: 'Ngô Văn Khải' });
    people.abroad = await createMember(db, cellA2, { fullName: 'Đỗ Thị Hàn' });
    await db.absence.create({
      data: {
        memberId: people.abroad.id,
        kind: 'abroad',
        countryCode: 'KR',
        startsOn: new Date('2026-01-05T00:00:00Z'),
        arrangement: 'temporary_exemption',
        applicationStatus: 'approved',
        expectedEndOn: new Date('2027-01-05T00:00:00Z'),
        createdAt: RECORDED_LONG_AGO,
        updatedAt: RECORDED_LONG_AGO,
      },
    });
    // The member at home paid January to May; the others nothing this year.
    await db.feePayment.create({
      data: {
        memberId: people.home.id,
        amountMinor: 100_000,
        method: 'in_person',
        status: 'confirmed',
        declaredAt: new Date('2026-05-02T00:00:00Z'),
        months: {
          create: ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05'].map((month) => ({
            memberId: people.home.id,
            month: monthToDb(month),
          })),
        },
      },
    });
    await db.checkIn.create({
      data: {
        memberId: people.away.id,
        month: monthToDb('2026-06'),
        place: 'Thủ Dầu Một, Bình Dương',
        answers: {},
        submittedAt: new Date('2026-06-03T02:00:00Z'),
      },
    });
    people.officer = await createMember(db, cellA, {
      fullName: 'Hoàng Văn Cán Bộ',
      role: 'committee_officer',
    });
    await db.member.update({ where: { id: people.officer.id }, data: { officerUnitId: district.id } });
    people.secretaryB = await createMember(db, cellB, {
      fullName: 'Vũ Văn Khác',
      role: 'secretary',
      locale: 'en',
    });
    people.plain = await createMember(db, cellA, { fullName: 'Nguyễn Văn Thường' });

    const deps = {
      records,
      translations: createI18n('vi'),
      clock: () => NOW,
      logger: pino({ level: 'silent' }),
      homeZone: 'Asia/Ho_Chi_Minh',
    };
    const start = (secureCookies: boolean) =>
      startHttpServer({
        host: '127.0.0.1',
        port: 0,
        routes: dashboardRoutes({ ...deps, secureCookies }),
        health: async () => ({}),
        logger: deps.logger,
      });
    server = await start(false);
    secureServer = await start(true);
  });
  afterAll(async () => {
    await server?.close();
    await secureServer?.close();
    await database?.drop();
  });

  it('signs in once with a link: an HttpOnly, SameSite=Strict session cookie that expires; the link is then spent', async () => {
    const link = await records.dashboard.issueLink(people.officer.id, { label: 'test' });
    if (link.outcome !== 'issued') throw new Error('no link');
    // Ten minutes from the records' clock (policy dashboard.linkLifetimeMinutes).
    expect(link.expiresAt.toISOString()).toBe('2026-06-15T03:10:00.000Z');
    expect(await database.db.dashboardLink.count({ where: { tokenHash: link.token } })).toBe(0);

    const first = await signInWith(link.token);
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe('/dashboard');
    const cookie = first.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^homecell_dashboard=[A-Za-z0-9_-]{43}; /);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/dashboard');
    expect(cookie).toContain('Max-Age=28800');
    expect(cookie).toContain('Expires=Mon, 15 Jun 2026 11:00:00 GMT');
    expect(cookie).not.toContain('Secure');

    const again = await signInWith(link.token);
    expect(again.status).toBe(403);
    expect(again.headers.get('set-cookie')).toBeNull();
    expect(again.body).toContain('Liên kết này đã được dùng.');

    const home = await get('/dashboard', cookie.split(';')[0]);
    expect(home.status).toBe(303);
    expect(home.headers.get('location')).toBe(`/dashboard/unit/${units.district.code}`);
  });

  it('marks the cookie Secure when the public address is https, and refuses an expired link', async () => {
    const link = await records.dashboard.issueLink(people.officer.id, { label: 'test' });
    if (link.outcome !== 'issued') throw new Error('no link');
    const answer = await signInWith(link.token, secureServer);
    expect(answer.headers.get('set-cookie')).toMatch(/; Secure$/);

    const old = await records.dashboard.issueLink(people.officer.id, { label: 'test' });
    if (old.outcome !== 'issued') throw new Error('no link');
    await database.db.dashboardLink.updateMany({
      where: { expiresAt: old.expiresAt, usedAt: null },
      data: { expiresAt: new Date(NOW.getTime() - 1) },
    });
    const expired = await signInWith(old.token);
    expect(expired.status).toBe(403);
    expect(expired.body).toContain('Liên kết này đã hết hạn.');
  });

  it("shows an officer their district with the statistics service's figures and its child units in a table", async () => {
    const cookie = await sessionOf(people.officer.id);
    const page = await get(`/dashboard/unit/${units.district.code}`, cookie);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(page.body).toContain('<h1>Huyện ủy Thử: tháng 06/2026</h1>');
    // No ISO instant on the page: the home clock with its name.
    expect(page.body).toContain('tính đến 15/06/2026 10:00 giờ Việt Nam');
    expect(page.body).not.toMatch(/\d{4}-\d{2}-\d{2}T/);

    const statistics = await records.stats.compute(
      { ...units.district, kind: 'district' },
      { year: 2026, now: NOW },
    );
    const shown = Object.fromEntries(
      [...page.body.matchAll(/<dd data-key="(\w+)">([\d.,]+)<\/dd>/g)].map(([, key, value]) => [
        key,
        Number(value.replace(/[.,]/g, '')),
      ]),
    );
    expect(shown).toEqual(Object.fromEntries(STATS_COUNTS.map((key) => [key, statistics.total[key]])));
    expect(statistics.total).toMatchObject({ members: 7, awayDomestic: 2, awayAbroad: 1 });
    // The same sentences as /stats.
    expect(page.body).toContain('<li>Đi làm ăn xa: trong nước 2, ở nước ngoài 1.</li>');

    // The child table: a row for the commune, linked one level down, and the total row.
    expect(page.body).toContain('<table>');
    expect(page.body).toContain(`<a href="/dashboard/unit/${units.commune.code}">Đảng ủy xã Thử</a>`);
    expect(page.body).toContain('<tr class="total">');

    const commune = await get(`/dashboard/unit/${units.commune.code}?lang=en`, cookie);
    expect(commune.status).toBe(200);
    expect(commune.body).toContain('<html lang="en">');
    expect(commune.body).toContain('Units below');
    expect(commune.body).toContain(
      `<a href="/dashboard/unit/${units.cellA.code}?lang=en">Chi bộ thôn Hải Thanh</a>`,
    );
    expect(commune.body).toContain(
      `<a href="/dashboard/unit/${units.sibling.code}?lang=en">Chi bộ thôn Hải Bình</a>`,
    );

    // A closed month in the URL: the figures as it ended; a month to come has none.
    const may = await get(`/dashboard/unit/${units.district.code}?year=2026&month=5`, cookie);
    expect(may.status).toBe(200);
    expect(may.body).toContain('<h1>Huyện ủy Thử: tháng 05/2026</h1>');
    expect(may.body).toContain('tính đến 31/05/2026 23:59 giờ Việt Nam');
    expect((await get(`/dashboard/unit/${units.district.code}?year=2026&month=7`, cookie)).status).toBe(400);

    const audited = await database.db.auditEvent.findMany({
      where: { actorId: people.officer.id, action: 'dashboard.overview' },
    });
    expect(audited.map((event) => event.entityId)).toEqual(
      expect.arrayContaining([String(units.district.id), String(units.commune.id)]),
    );
  });

  it("drills down from a cell's overview to its roster and a member's record", async () => {
    const cookie = await sessionOf(people.officer.id);
    const overview = await get(`/dashboard/unit/${units.cellA.code}`, cookie);
    expect(overview.body).toContain(`href="/dashboard/cell/${units.cellA.code}"`);
    const roster = await get(`/dashboard/cell/${units.cellA.code}`, cookie);
    expect(roster.status).toBe(200);
    for (const name of ['Lê Văn Minh', 'Phạm Văn Miễn', 'Ngô Văn Khải', 'Trần Thị Bí Thư'])
      expect(roster.body).toContain(name);
    expect(roster.body).not.toContain('Đỗ Thị Hàn');
    expect(roster.body).toContain(`<a href="/dashboard/member/${people.home.id}">Ngô Văn Khải</a>`);

    const record = await get(`/dashboard/member/${people.home.id}`, cookie);
    expect(record.status).toBe(200);
    expect(record.body).toContain('Hồ sơ đảng viên: Ngô Văn Khải');
    expect(record.body).toContain(people.home.cardNumber);
    expect(record.body).toMatch(
      /<tr><td>05\/2026<\/td><td>Đã xác nhận<\/td><td class="n">20\.000\s₫<\/td><\/tr>/,
    );
    const view = await database.db.auditEvent.findFirst({
      where: { actorId: people.officer.id, action: 'record.read', entityId: String(people.home.id) },
    });
    expect(view).not.toBeNull();
    expect(
      await database.db.auditEvent.count({
        where: { actorId: people.officer.id, action: 'dashboard.roster' },
      }),
    ).toBeGreaterThan(0);
  });

  it('draws the check-in rate over the year as a server-side SVG, with the same figures as the statistics', async () => {
    const cookie = await sessionOf(people.officer.id);
    const overview = await get(`/dashboard/unit/${units.district.code}`, cookie);
    expect(overview.body).toContain(`href="/dashboard/trend/${units.district.code}"`);
    const trend = await get(`/dashboard/trend/${units.district.code}`, cookie);
    expect(trend.status).toBe(200);
    expect(trend.body).toMatch(/<figure class="chart" role="img"[^>]*><svg [^>]*viewBox="0 0 640 280"/);
    // Every month of the year up to June, in the table as in the chart, and nothing after.
    const rows = [
      ...trend.body.matchAll(
        /<tr><td>(\d{2}\/2026)<\/td><td class="n">(\d+)<\/td><td class="n">(\d+)<\/td><td class="n">([^<]+)<\/td><\/tr>/g,
      ),
    ];
    expect(rows.map((row) => row[1])).toEqual([
      '01/2026',
      '02/2026',
      '03/2026',
      '04/2026',
      '05/2026',
      '06/2026',
    ]);
    const june = await records.stats.compute(
      { ...units.district, kind: 'district' },
      { year: 2026, now: NOW },
    );
    expect(rows[5].slice(2, 4).map(Number)).toEqual([june.total.checkedIn, june.total.checkInRequired]);
    expect(june.total.checkedIn).toBe(1);
    expect(rows[5][4]).toBe(`${Math.round((100 * june.total.checkedIn) / june.total.checkInRequired)}%`);
    expect(trend.body).toContain(`>${rows[5][4]}</text>`);

    const other = await sessionOf(people.secretaryB.id);
    expect((await get(`/dashboard/trend/${units.district.code}`, other)).status).toBe(404);
  });

  it('keeps an officer inside their subtree and a secretary inside their cell; a member gets no link', async () => {
    const officer = await sessionOf(people.officer.id);
    expect((await get(`/dashboard/unit/${units.province.code}`, officer)).status).toBe(404);

    const secretary = await sessionOf(people.secretaryB.id);
    const deniedBefore = await database.db.auditEvent.count({
      where: { actorId: people.secretaryB.id, action: 'access.denied' },
    });
    const refused = await get(`/dashboard/cell/${units.cellA.code}`, secretary);
    expect(refused.status).toBe(404);
    // Their own locale: English.
    expect(refused.body).toContain('There is no such unit or member among those you may see.');
    expect((await get(`/dashboard/unit/${units.cellA.code}`, secretary)).status).toBe(404);
    expect((await get(`/dashboard/member/${people.home.id}`, secretary)).status).toBe(404);
    expect(
      await database.db.auditEvent.count({
        where: { actorId: people.secretaryB.id, action: 'access.denied' },
      }),
    ).toBe(deniedBefore + 3);

    const own = await sessionOf(people.secretaryA.id);
    const home = await get('/dashboard', own);
    expect(home.headers.get('location')).toBe(`/dashboard/unit/${units.cellA.code}`);
    expect((await get(`/dashboard/cell/${units.cellA.code}`, own)).status).toBe(200);
    expect((await get(`/dashboard/unit/${units.sibling.code}`, own)).status).toBe(404);

    expect(await records.dashboard.issueLink(people.plain.id, { label: 'test' })).toEqual({
      outcome: 'not-allowed',
    });
    expect((await get(`/dashboard/unit/${units.district.code}`)).status).toBe(401);
  });

  it('signs out only from its own page (CSRF token), and the session then opens nothing', async () => {
    const cookie = await sessionOf(people.officer.id);
    const page = await get(`/dashboard/unit/${units.district.code}`, cookie);
    const csrf = /name="csrf" value="([^"]+)"/.exec(page.body)![1];
    const forged = await call(server, '/dashboard/sign-out', { cookie, form: { csrf: 'x'.repeat(43) } });
    expect(forged.status).toBe(403);
    const crossSite = await call(server, '/dashboard/sign-out', {
      cookie,
      form: { csrf },
      origin: 'https://evil.example',
    });
    expect(crossSite.status).toBe(403);
    expect((await get(`/dashboard/unit/${units.district.code}`, cookie)).status).toBe(200);

    const out = await call(server, '/dashboard/sign-out', { cookie, form: { csrf } });
    expect(out.status).toBe(200);
    expect(out.headers.get('set-cookie')).toContain('Max-Age=0');
    expect((await get(`/dashboard/unit/${units.district.code}`, cookie)).status).toBe(401);
  });

  it('prunes links, sessions and failed sign-ins a day after they are over, and keeps what still runs', async () => {
    const { db } = database;
    const [links, sessions, failures] = await Promise.all([
      db.dashboardLink.count(),
      db.dashboardSession.count(),
      db.dashboardSignInFailure.count(),
    ]);
    expect(links * sessions * failures).toBeGreaterThan(0);
    // A day before now: everything above is younger, so nothing goes.
    expect(await records.dashboard.prune(new Date(NOW.getTime() - 24 * 3_600_000))).toBe(0);
    // Nine hours on: the links (10 minutes) and sessions (8 hours) are over, and so are the failures.
    const later = new Date(NOW.getTime() + 9 * 3_600_000);
    expect(await records.dashboard.prune(later)).toBe(links + sessions + failures);
    expect(await db.dashboardLink.count()).toBe(0);
  });

  it('refuses every link from an address after too many links that opened nothing', async () => {
    const { signInWrongTries } = records.policy.dashboard;
    const before = await database.db.dashboardSignInFailure.count();
    for (let index = before; index < signInWrongTries; index += 1) {
      const wrong = await call(server, '/dashboard/sign-in', {
        form: { token: `wrong${index}`.padEnd(43, 'x') },
      });
      expect(wrong.status).toBe(403);
    }
    const link = await records.dashboard.issueLink(people.officer.id, { label: 'test' });
    if (link.outcome !== 'issued') throw new Error('no link');
    const limited = await call(server, '/dashboard/sign-in', { form: { token: link.token } });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('900');
    expect(limited.body).toContain('15 phút');
    // The good link was not spent by the refusal.
    expect(
      await database.db.dashboardLink.count({ where: { usedAt: null, expiresAt: link.expiresAt } }),
    ).toBe(1);
  });
});
