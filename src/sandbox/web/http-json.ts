// JSON plumbing for the sandbox API: bounded body reading, typed errors and one wrapper that never lets a handler crash.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import type { Logger } from '../../logger';

/** An error the page can show: a stable code for its dictionary and an English message for people reading the API. */
export class SandboxHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const notFound = (code: string, message: string) => new SandboxHttpError(404, code, message);
export const badRequest = (message: string) => new SandboxHttpError(400, 'bad-request', message);

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  if (response.headersSent || response.destroyed) return;
  const payload = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(payload),
    'cache-control': 'no-store',
  });
  response.end(payload);
}

/** Reads the whole body, refusing it as soon as it passes the limit instead of buffering an endless upload. */
export function readBody(request: IncomingMessage, limitBytes: number): Promise<Buffer> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limitBytes) return Promise.reject(tooLarge(limitBytes));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    request.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > limitBytes) {
        request.removeAllListeners('data');
        // Keep reading to the end without storing, so the client still gets to see our error answer.
        request.resume();
        reject(tooLarge(limitBytes));
        return;
      }
      chunks.push(chunk);
    });
    request.once('end', () => resolve(Buffer.concat(chunks)));
    request.once('error', reject);
  });
}

function tooLarge(limitBytes: number): SandboxHttpError {
  const megabytes = Math.round(limitBytes / (1024 * 1024));
  return new SandboxHttpError(413, 'too-large', `The request is larger than ${megabytes} MB.`);
}

/** Parses a JSON body against a schema; malformed JSON and wrong shapes are both a 400 naming the problem. */
export async function readJson<T extends z.ZodType>(
  request: IncomingMessage,
  schema: T,
  limitBytes: number,
): Promise<z.infer<T>> {
  const type = request.headers['content-type'] ?? '';
  if (!type.startsWith('application/json')) {
    throw new SandboxHttpError(415, 'bad-request', 'Send the body as application/json.');
  }
  const raw = (await readBody(request, limitBytes)).toString('utf8');
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw badRequest('The body is not valid JSON.');
  }
  const result = schema.safeParse(parsed);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue.path.length > 0 ? issue.path.join('.') : 'body';
    throw badRequest(`${field}: ${issue.message}`);
  }
  return result.data;
}

export type JsonHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

/** Turns thrown SandboxHttpErrors into their JSON answer and anything else into a logged 500. */
export function guarded(logger: Logger, handler: JsonHandler): JsonHandler {
  return async (request, response) => {
    try {
      await handler(request, response);
    } catch (error) {
      if (error instanceof SandboxHttpError) {
        sendJson(response, error.status, { error: { code: error.code, message: error.message } });
        return;
      }
      logger.error({ err: error, path: request.url }, 'sandbox request failed');
      sendJson(response, 500, { error: { code: 'internal', message: 'The sandbox could not do that.' } });
    }
  };
}
