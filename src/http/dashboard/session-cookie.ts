// The dashboard's session cookie (HttpOnly, SameSite=Strict, Secure behind HTTPS, expiring with the session) and
// the sign-out form's CSRF token derived from it.
import crypto from 'node:crypto';
import type http from 'node:http';
import { cookiesOf } from './http-io';

export const SESSION_COOKIE = 'homecell_dashboard';
const COOKIE_PATH = '/dashboard';

export function sessionTokenOf(request: http.IncomingMessage): string | undefined {
  const token = cookiesOf(request).get(SESSION_COOKIE);
  return token && /^[A-Za-z0-9_-]{20,100}$/.test(token) ? token : undefined;
}

/** Max-Age for today's browsers, Expires for old ones that ignore it; both from the service's clock. */
export function sessionCookie(token: string, expiresAt: Date, now: Date, secure: boolean): string {
  const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - now.getTime()) / 1000));
  return [
    `${SESSION_COOKIE}=${token}`,
    `Path=${COOKIE_PATH}`,
    `Max-Age=${maxAge}`,
    `Expires=${expiresAt.toUTCString()}`,
    'HttpOnly',
    'SameSite=Strict',
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

export function clearedSessionCookie(secure: boolean): string {
  return [
    `${SESSION_COOKIE}=`,
    `Path=${COOKIE_PATH}`,
    'Max-Age=0',
    'Expires=Thu, 01 Jan 1970 00:00:00 GMT',
    'HttpOnly',
    'SameSite=Strict',
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

/** A form token only this session's pages carry: a cross-site form cannot know it even if a cookie slipped by. */
export function csrfToken(sessionToken: string): string {
  return crypto.createHash('sha256').update(`csrf:${sessionToken}`).digest('base64url');
}

export function csrfValid(sessionToken: string, given: string | null): boolean {
  if (!given) return false;
  const expected = Buffer.from(csrfToken(sessionToken));
  const actual = Buffer.from(given);
  return actual.length === expected.length && crypto.timingSafeEqual(actual, expected);
}
