// The frame of a signed-in dashboard page (who is signed in, the other language, sign out) and the pages that only
// say something (not signed in, not allowed, not found, a bad period).
import type http from 'node:http';
import { html, page, type Html } from './html';
import { sendPage } from './http-io';
import type { PageContext } from './page-context';
import { csrfToken } from './session-cookie';

export function viewerHeader(ctx: PageContext, viewer: { fullName: string }, sessionToken: string): Html {
  return html`<strong>${ctx.t('dashboard-app-name')}</strong>
    <span>${ctx.t('dashboard-signed-in-as', { name: viewer.fullName })}</span>
    <a href="${ctx.otherLanguage.href}" hreflang="${ctx.otherLanguage.locale}"
      >${ctx.t('dashboard-other-language')}</a
    >
    <form method="post" action="${ctx.link('/dashboard/sign-out', null)}">
      <input type="hidden" name="csrf" value="${csrfToken(sessionToken)}" /><button type="submit">
        ${ctx.t('dashboard-sign-out')}
      </button>
    </form>`;
}

export function sendViewerPage(
  response: http.ServerResponse,
  ctx: PageContext,
  viewer: { fullName: string },
  sessionToken: string,
  title: string,
  body: Html,
): void {
  sendPage(
    response,
    200,
    page({ lang: ctx.locale, title, header: viewerHeader(ctx, viewer, sessionToken), body }),
  );
}

/** A page of one message, e.g. "this link was already used", with an optional action below it. */
export function sendMessagePage(
  response: http.ServerResponse,
  ctx: PageContext,
  status: number,
  message: string,
  extra: Html = html``,
  headers: Record<string, string | string[]> = {},
): void {
  const body = html`<div class="message">
    <h1>${ctx.t('dashboard-app-name')}</h1>
    <p>${message}</p>
    ${extra}
  </div>`;
  sendPage(response, status, page({ lang: ctx.locale, title: ctx.t('dashboard-app-name'), body }), headers);
}
