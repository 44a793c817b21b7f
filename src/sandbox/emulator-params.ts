// Reads Bot API call parameters from query string, JSON, urlencoded or multipart bodies, and coerces them.
import type { IncomingMessage } from 'node:http';
import { BotApiError, badRequest } from './emulator-types';

/** A file part of a multipart upload. */
export interface UploadedFile {
  bytes: Buffer;
  fileName: string;
  contentType: string;
}

export interface ApiCall {
  params: Record<string, unknown>;
  /** Uploaded parts by part name; fields reference them as `attach://<name>`. */
  uploads: Map<string, UploadedFile>;
}

// Telegram accepts uploads up to 50 MB; leave room for the multipart framing.
const MAX_BODY_BYTES = 52 * 1024 * 1024;

export async function readApiCall(request: IncomingMessage, url: URL): Promise<ApiCall> {
  const params: Record<string, unknown> = Object.fromEntries(url.searchParams);
  const uploads = new Map<string, UploadedFile>();
  const body = await readBody(request);
  const contentType = request.headers['content-type'] ?? '';
  if (body.length === 0) return { params, uploads };

  if (contentType.startsWith('application/json')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      throw badRequest("can't parse JSON request body");
    }
    if (parsed !== null && typeof parsed === 'object') Object.assign(params, parsed);
  } else if (contentType.startsWith('application/x-www-form-urlencoded')) {
    Object.assign(params, Object.fromEntries(new URLSearchParams(body.toString('utf8'))));
  } else if (contentType.startsWith('multipart/form-data')) {
    for (const part of parseMultipart(body, contentType)) {
      if (part.fileName === undefined) {
        params[part.name] = part.data.toString('utf8');
      } else {
        uploads.set(part.name, {
          bytes: Buffer.from(part.data),
          fileName: part.fileName,
          contentType: part.contentType ?? 'application/octet-stream',
        });
        // A file sent directly under its field name (not via attach://) is referenced the same way.
        params[part.name] ??= `attach://${part.name}`;
      }
    }
  }
  return { params, uploads };
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new BotApiError(413, 'Request Entity Too Large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

interface MultipartPart {
  name: string;
  fileName?: string;
  contentType?: string;
  data: Buffer;
}

/**
 * Hand-rolled because grammY writes part headers as `content-disposition:form-data;name="x";filename=y`
 * (no spaces, unquoted filename), which Node 20's `Response.formData()` rejects.
 */
export function parseMultipart(body: Buffer, contentType: string): MultipartPart[] {
  const boundaryMatch = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  const boundary = boundaryMatch?.[1] ?? boundaryMatch?.[2];
  if (!boundary) throw badRequest('multipart boundary is missing');
  const delimiter = Buffer.from(`--${boundary}`);
  const partEnd = Buffer.from(`\r\n--${boundary}`);
  const parts: MultipartPart[] = [];

  let position = body.indexOf(delimiter);
  if (position === -1) throw badRequest('malformed multipart body');
  position += delimiter.length;
  while (!(body[position] === 0x2d && body[position + 1] === 0x2d)) {
    if (body[position] === 0x0d && body[position + 1] === 0x0a) position += 2;
    const headerEnd = body.indexOf('\r\n\r\n', position);
    if (headerEnd === -1) throw badRequest('malformed multipart body');
    const dataStart = headerEnd + 4;
    const dataEnd = body.indexOf(partEnd, dataStart);
    if (dataEnd === -1) throw badRequest('malformed multipart body');
    const headers = parsePartHeaders(body.subarray(position, headerEnd).toString('utf8'));
    const disposition = parseDisposition(headers.get('content-disposition') ?? '');
    if (disposition.name !== undefined) {
      parts.push({
        name: disposition.name,
        fileName: disposition.filename,
        contentType: headers.get('content-type'),
        data: body.subarray(dataStart, dataEnd),
      });
    }
    position = dataEnd + partEnd.length;
  }
  return parts;
}

function parsePartHeaders(headerBlock: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of headerBlock.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

function parseDisposition(disposition: string): { name?: string; filename?: string } {
  const result: { name?: string; filename?: string } = {};
  const parameter = /;\s*(name|filename)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\r\n]*))/gi;
  for (const match of disposition.matchAll(parameter)) {
    const key = match[1].toLowerCase() as 'name' | 'filename';
    result[key] = match[2] !== undefined ? match[2].replace(/\\(.)/g, '$1') : match[3].trim();
  }
  return result;
}

// Values from query strings and multipart fields arrive as strings; JSON bodies carry real types.

export function optionalString(params: Record<string, unknown>, name: string): string | undefined {
  const value = params[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw badRequest(`field "${name}" must be of type String`);
}

export function optionalInteger(params: Record<string, unknown>, name: string): number | undefined {
  const value = params[name];
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return Number(value.trim());
  throw badRequest(`field "${name}" must be of type Integer`);
}

export function requiredInteger(params: Record<string, unknown>, name: string): number {
  const value = optionalInteger(params, name);
  if (value === undefined) throw badRequest(`${name} is empty`);
  return value;
}

export function optionalNumber(params: Record<string, unknown>, name: string): number | undefined {
  const value = params[name];
  if (value === undefined || value === null || value === '') return undefined;
  const number = typeof value === 'string' ? Number(value) : value;
  if (typeof number === 'number' && Number.isFinite(number)) return number;
  throw badRequest(`field "${name}" must be of type Float`);
}

export function optionalBoolean(params: Record<string, unknown>, name: string): boolean | undefined {
  const value = params[name];
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  throw badRequest(`field "${name}" must be of type Boolean`);
}

/** Object-valued fields arrive as objects in JSON bodies and as JSON text in multipart ones. */
export function optionalJson<T>(params: Record<string, unknown>, name: string): T | undefined {
  const value = params[name];
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'object') return value as T;
  if (typeof value === 'string') {
    try {
      return JSON.parse(value) as T;
    } catch {
      throw badRequest(`can't parse ${name} JSON object`);
    }
  }
  throw badRequest(`field "${name}" must be a JSON-serialized object`);
}

/** chat_id is an integer, or an @username for public chats. */
export function requiredChatId(params: Record<string, unknown>): number | string {
  const value = params.chat_id;
  if (value === undefined || value === null || value === '') throw badRequest('chat_id is empty');
  if (typeof value === 'string' && value.startsWith('@')) return value;
  return requiredInteger(params, 'chat_id');
}
