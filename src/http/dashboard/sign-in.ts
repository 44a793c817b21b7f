// Signing in with a single-use link (a page with a button first, so a chat's link preview cannot use the link up),
// and signing out.
import type http from 'node:http';
import { html } from './html';
import { formOf, redirect, sameOrigin, sourceOf } from './http-io';
import { sendMessagePage } from './layout';
import { pageContext, type DashboardDeps } from './page-context';
import { clearedSessionCookie, csrfValid, sessionCookie, sessionTokenOf } from './session-cookie';

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{20,100}$/;

/** GET /dashboard/sign-in?token=…: only shows the button; the link is used when the button posts it. */
export function signInPage(
  deps: DashboardDeps,
  request: http.IncomingMessage,
  response: http.ServerResponse,
) {
  const ctx = pageContext(deps, request, null);
  const token = ctx.url.searchParams.get('token') ?? '';
  if (!TOKEN_PATTERN.test(token)) {
    return sendMessagePage(response, ctx, 400, ctx.t('dashboard-sign-in-refused', { outcome: 'invalid' }));
  }
  const form = html`<form method="post" action="${ctx.link('/dashboard/sign-in', null)}">
    <input type="hidden" name="token" value="${token}" />
    <button type="submit">${ctx.t('dashboard-sign-in-button')}</button>
  </form>`;
  sendMessagePage(response, ctx, 200, ctx.t('dashboard-sign-in-explain'), form);
}

/** POST /dashboard/sign-in: uses the link once, sets the session cookie and goes to the viewer's own unit. */
export async function signIn(
  deps: DashboardDeps,
  request: http.IncomingMessage,
  response: http.ServerResponse,
) {
  const ctx = pageContext(deps, request, null);
  if (!sameOrigin(request)) return sendMessagePage(response, ctx, 403, ctx.t('dashboard-cross-site'));
  const form = await formOf(request);
  const token = form?.get('token') ?? '';
  if (!TOKEN_PATTERN.test(token)) {
    return sendMessagePage(response, ctx, 400, ctx.t('dashboard-sign-in-refused', { outcome: 'invalid' }));
  }
  const result = await deps.records.dashboard.signIn(token, sourceOf(request));
  if (result.outcome === 'rate-limited') {
    return sendMessagePage(
      response,
      ctx,
      429,
      ctx.t('dashboard-sign-in-rate-limited', { minutes: result.minutes }),
      html``,
      { 'retry-after': String(result.minutes * 60) },
    );
  }
  if (result.outcome !== 'signed-in') {
    return sendMessagePage(
      response,
      ctx,
      403,
      ctx.t('dashboard-sign-in-refused', { outcome: result.outcome }),
    );
  }
  redirect(response, ctx.link('/dashboard', null), {
    'set-cookie': sessionCookie(result.sessionToken, result.expiresAt, deps.clock(), deps.secureCookies),
  });
}

/** POST /dashboard/sign-out: ends the session on the server too, so a copied cookie opens nothing afterwards. */
export async function signOut(
  deps: DashboardDeps,
  request: http.IncomingMessage,
  response: http.ServerResponse,
) {
  const ctx = pageContext(deps, request, null);
  const sessionToken = sessionTokenOf(request);
  const form = await formOf(request);
  if (!sameOrigin(request) || (sessionToken && !csrfValid(sessionToken, form?.get('csrf') ?? null))) {
    return sendMessagePage(response, ctx, 403, ctx.t('dashboard-cross-site'));
  }
  if (sessionToken) await deps.records.dashboard.signOut(sessionToken);
  sendMessagePage(response, ctx, 200, ctx.t('dashboard-signed-out'), html``, {
    'set-cookie': clearedSessionCookie(deps.secureCookies),
  });
}
