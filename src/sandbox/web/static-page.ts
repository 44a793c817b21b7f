// Serves the web chat page and its few static files; everything is local, so the page works with no internet.
import fs from 'node:fs';
import path from 'node:path';
import type { ServerResponse } from 'node:http';
import { notFound } from './http-json';
import type { PageStrings } from './page-strings';

/** Next to this file when run from source; from a compiled dist/ the files are still only in src/. */
function publicDirectory(): string {
  const beside = path.resolve(__dirname, 'public');
  if (fs.existsSync(beside)) return beside;
  return path.resolve(__dirname, '..', '..', '..', 'src', 'sandbox', 'web', 'public');
}

const PUBLIC_DIR = publicDirectory();
const ASSET_NAME = /^[a-z0-9-]+\.(js|css|svg)$/;
const CONTENT_TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  svg: 'image/svg+xml',
};
// Nothing but this origin: the page must not depend on (or leak to) anything outside the sandbox.
const PAGE_POLICY = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

async function sendStatic(
  response: ServerResponse,
  fileName: string,
  fill: (body: Buffer) => Buffer = (body) => body,
): Promise<void> {
  const extension = path.extname(fileName).slice(1);
  const read = await fs.promises.readFile(path.join(PUBLIC_DIR, fileName)).catch(() => undefined);
  if (!read) throw notFound('not-found', `There is no ${fileName}.`);
  const body = fill(read);
  response.writeHead(200, {
    'content-type': CONTENT_TYPES[extension] ?? 'application/octet-stream',
    'content-length': body.length,
    'content-security-policy': PAGE_POLICY,
    'x-content-type-options': 'nosniff',
    // Read from disk on every request so an edited page shows on reload; no-cache keeps browsers in step.
    'cache-control': 'no-cache',
  });
  response.end(body);
}

const STRINGS_SLOT = /(<script type="application\/json" id="page-strings">)[^<]*(<\/script>)/;

/**
 * The page with its words (from Fluent) in a JSON data block, which the page reads before anything else: even
 * "could not load" has its words. A data block is not run, so the CSP's script rule does not apply to it.
 */
export function sendPage(response: ServerResponse, strings: PageStrings): Promise<void> {
  // "<" escaped, so no text can close the script element.
  const json = JSON.stringify(strings).replace(/</g, '\\u003c');
  return sendStatic(response, 'index.html', (body) =>
    Buffer.from(
      body
        .toString('utf8')
        .replace(STRINGS_SLOT, (_slot, open: string, close: string) => open + json + close),
    ),
  );
}

export function sendAsset(response: ServerResponse, name: string): Promise<void> {
  if (!ASSET_NAME.test(name)) throw notFound('not-found', 'There is no such file.');
  return sendStatic(response, name);
}
