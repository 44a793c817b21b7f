// The dashboard as the running service serves it (here the sandbox, whose catch-all page must not swallow it): the
// demo cell's secretary signs in with a link and reads the cell.
import { DEMO_CELL_CODE } from '../../src/records/demo';
import { startSandboxService, type Sandbox } from '../browser/sandbox-support';

describe('dashboard in the running service', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandboxService();
  });
  afterAll(async () => {
    await sandbox?.stop();
  });

  it("signs the demo cell's secretary in and shows the cell", async () => {
    const { records } = sandbox.service;
    const secretary = await sandbox.database.db.member.findFirstOrThrow({
      where: { role: 'secretary', cell: { code: DEMO_CELL_CODE } },
    });
    expect((await fetch(`${sandbox.url}/dashboard`, { redirect: 'manual' })).status).toBe(401);
    const link = await records.dashboard.issueLink(secretary.id, { label: 'test' });
    if (link.outcome !== 'issued') throw new Error('no link');
    const signedIn = await fetch(`${sandbox.url}/dashboard/sign-in`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: link.token }).toString(),
    });
    expect(signedIn.status).toBe(303);
    const cookie = signedIn.headers.get('set-cookie')!.split(';')[0];
    const home = await fetch(`${sandbox.url}/dashboard`, { redirect: 'manual', headers: { cookie } });
    expect(home.headers.get('location')).toBe(`/dashboard/unit/${DEMO_CELL_CODE}`);
    const overview = await fetch(`${sandbox.url}${home.headers.get('location')}`, { headers: { cookie } });
    expect(overview.status).toBe(200);
    expect(await overview.text()).toContain('Chi bộ thôn Hải Thanh (mẫu)');
    // The sandbox's own page is still where it was.
    expect((await fetch(`${sandbox.url}/`)).status).toBe(200);
  });
});
