// The committee dashboard's routes on the service's HTTP server: sign-in and sign-out, then the pages, each behind
// the session cookie and the records' scope check.
import type http from 'node:http';
import type { Route } from '../server';
import { redirect, sendPage } from './http-io';
import { html, page } from './html';
import { sendMessagePage, sendViewerPage } from './layout';
import { memberBody } from './member-page';
import { overviewBody } from './overview-page';
import { pageContext, periodOf, type DashboardDeps, type PageContext } from './page-context';
import { rosterBody } from './roster-page';
import { sessionTokenOf } from './session-cookie';
import { signIn, signInPage, signOut } from './sign-in';
import { trendBody, trendMonths } from './trend-page';
import type { DashboardViewer } from '../../records/dashboard';

export type { DashboardDeps } from './page-context';

type Signed = { viewer: DashboardViewer; sessionToken: string; ctx: PageContext };

/** The viewer behind the cookie, or the "sign in from the bot" page (401) already sent. */
async function signedIn(
  deps: DashboardDeps,
  request: http.IncomingMessage,
  response: http.ServerResponse,
): Promise<Signed | null> {
  const sessionToken = sessionTokenOf(request);
  const viewer = sessionToken ? await deps.records.dashboard.viewer(sessionToken) : null;
  const ctx = pageContext(deps, request, viewer);
  if (!viewer || !sessionToken) {
    sendMessagePage(response, ctx, 401, ctx.t('dashboard-not-signed-in'));
    return null;
  }
  return { viewer, sessionToken, ctx };
}

/** Out of scope and unknown read the same (404): a viewer learns nothing of units they may not see. */
function refused(response: http.ServerResponse, ctx: PageContext, reason: string): void {
  if (reason === 'not-allowed') sendMessagePage(response, ctx, 403, ctx.t('dashboard-not-allowed'));
  else sendMessagePage(response, ctx, 404, ctx.t('dashboard-not-found'));
}

async function pages(deps: DashboardDeps, request: http.IncomingMessage, response: http.ServerResponse) {
  const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (pathname === '/dashboard/sign-in') return signInPage(deps, request, response);
  const signed = await signedIn(deps, request, response);
  if (!signed) return;
  const { viewer, sessionToken, ctx } = signed;
  if (pathname === '/dashboard' || pathname === '/dashboard/') {
    const home = await deps.records.dashboard.homeUnitCode(viewer.memberId);
    if (!home) return refused(response, ctx, 'not-allowed');
    return redirect(response, ctx.link(`/dashboard/unit/${encodeURIComponent(home)}`));
  }
  const period = periodOf(ctx.url, deps.clock(), deps.homeZone);
  if (!period) return sendMessagePage(response, ctx, 400, ctx.t('dashboard-bad-period'));
  const match = /^\/dashboard\/(unit|cell|member|trend)\/([^/]+)$/.exec(pathname);
  if (!match) return sendMessagePage(response, ctx, 404, ctx.t('dashboard-not-found'));
  const [, kind, rawKey] = match;
  let key: string;
  try {
    key = decodeURIComponent(rawKey);
  } catch {
    return sendMessagePage(response, ctx, 404, ctx.t('dashboard-not-found'));
  }
  const show = (title: string, body: ReturnType<typeof html>) =>
    sendViewerPage(response, ctx, viewer, sessionToken, title, body);
  if (kind === 'unit') {
    const result = await deps.records.dashboard.overview(viewer.memberId, key, period);
    if (result.outcome === 'refused') return refused(response, ctx, result.reason);
    return show(result.page.unit.name, overviewBody(ctx, result.page, period));
  }
  if (kind === 'trend') {
    const months = trendMonths(period, deps.homeZone);
    const result = await deps.records.dashboard.checkInTrend(viewer.memberId, key, {
      year: period.year,
      months,
    });
    if (result.outcome === 'refused') return refused(response, ctx, result.reason);
    return show(result.page.unit.name, trendBody(ctx, result.page));
  }
  if (kind === 'cell') {
    const result = await deps.records.dashboard.cellRoster(viewer.memberId, key, period.asOf);
    if (result.outcome === 'refused') return refused(response, ctx, result.reason);
    return show(result.page.cell.name, rosterBody(ctx, result.page, period));
  }
  if (!/^\d{1,9}$/.test(key)) return sendMessagePage(response, ctx, 404, ctx.t('dashboard-not-found'));
  const result = await deps.records.dashboard.memberRecord(viewer.memberId, Number(key), period.asOf);
  if (result.outcome === 'refused') return refused(response, ctx, result.reason);
  return show(result.page.member.fullName, memberBody(ctx, result.page, period));
}

export function dashboardRoutes(deps: DashboardDeps): Route[] {
  const guarded =
    (
      handler: (deps: DashboardDeps, request: http.IncomingMessage, response: http.ServerResponse) => unknown,
    ) =>
    async (request: http.IncomingMessage, response: http.ServerResponse) => {
      try {
        await handler(deps, request, response);
      } catch (error) {
        deps.logger.error({ err: error, path: request.url?.split('?')[0] }, 'dashboard page failed');
        if (response.headersSent) return void response.end();
        const ctx = pageContext(deps, request, null);
        sendPage(
          response,
          500,
          page({
            lang: ctx.locale,
            title: ctx.t('dashboard-app-name'),
            body: html`<p>${ctx.t('dashboard-failed')}</p>`,
          }),
        );
      }
    };
  return [
    { method: 'GET', path: '/dashboard', handler: guarded(pages) },
    { method: 'GET', path: '/dashboard/', handler: guarded(pages) },
    { method: 'POST', path: '/dashboard/sign-in', handler: guarded(signIn) },
    { method: 'POST', path: '/dashboard/sign-out', handler: guarded(signOut) },
  ];
}
