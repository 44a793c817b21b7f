// Reading a dashboard request (cookies, query, a small form body, the caller's address) and writing its answers
// with the headers every dashboard page carries.
import type http from 'node:http';

/** A sign-in or sign-out form is a few dozen bytes; anything much larger is not one of ours. */
const MAX_FORM_BYTES = 4096;

export function cookiesOf(request: http.IncomingMessage): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at < 0) continue;
    const name = part.slice(0, at).trim();
    try {
      cookies.set(name, decodeURIComponent(part.slice(at + 1).trim()));
    } catch {
      // A mangled cookie is no cookie.
    }
  }
  return cookies;
}

export function urlOf(request: http.IncomingMessage): URL {
  return new URL(request.url ?? '/', 'http://localhost');
}

/** Reads an application/x-www-form-urlencoded body; null when it is too large or of another type. */
export async function formOf(request: http.IncomingMessage): Promise<URLSearchParams | null> {
  const type = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') return null;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_FORM_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/**
 * A form posted from another site is refused: the cookie is SameSite=Strict already, and a browser that sends an
 * Origin must name this very host (an old browser that sends none is let through on the cookie's strength).
 */
export function sameOrigin(request: http.IncomingMessage): boolean {
  const origin = request.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

/** The address the rate limit counts: the socket's peer (a proxy in front should be the one limiting by client). */
export function sourceOf(request: http.IncomingMessage): string {
  return request.socket.remoteAddress ?? 'unknown';
}

const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  // Nothing external at all: the style is inline, charts are inline SVG, forms post to this server only.
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  // Never to another site (the sign-in page's address holds the link); same-origin, so the forms' Origin is sent
  // (with no-referrer a browser sends "Origin: null", which reads as a form from elsewhere).
  'referrer-policy': 'same-origin',
  'x-content-type-options': 'nosniff',
  // Pages name members and figures: no shared cache keeps them, and the back button asks again.
  'cache-control': 'no-store',
};

export function sendPage(
  response: http.ServerResponse,
  status: number,
  body: string,
  headers: Record<string, string | string[]> = {},
): void {
  response.writeHead(status, { ...PAGE_HEADERS, ...headers });
  response.end(body);
}

export function redirect(
  response: http.ServerResponse,
  location: string,
  headers: Record<string, string | string[]> = {},
): void {
  response.writeHead(303, { location, 'cache-control': 'no-store', ...headers });
  response.end();
}
