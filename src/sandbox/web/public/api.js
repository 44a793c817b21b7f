// Talks to the sandbox's JSON API; every failure becomes an Error whose message is ready to show to the person.
/* global FileReader -- a browser page: eslint.config.mjs only declares Node globals */
import { t } from './i18n.js';

/** Filled from the server's answer at start, so messages quote the real limit. */
export const limits = { maxUploadBytes: 10 * 1024 * 1024, maxTextLength: 4096 };

export class ApiError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

async function request(method, path, body) {
  let response;
  try {
    response = await fetch(path, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError('network', t('error-network'));
  }
  const payload = await response.json().catch(() => ({}));
  if (!response.ok) {
    const code = payload.error?.code ?? 'generic';
    const known = t(`error-${code}`, { mb: limits.maxUploadBytes / (1024 * 1024) });
    const message =
      known === `error-${code}`
        ? t('error-generic', { message: payload.error?.message ?? response.status })
        : known;
    throw new ApiError(code, message);
  }
  return payload;
}

export const getPeople = () => request('GET', '/sandbox/api/people');

const chatPath = (chatId, action) => `/sandbox/api/chats/${encodeURIComponent(chatId)}/${action}`;

export const getCommands = (chatId) => request('GET', chatPath(chatId, 'commands'));

export const sendText = (chatId, text) => request('POST', chatPath(chatId, 'messages'), { text });

export const pressButton = (chatId, messageId, callbackData) =>
  request('POST', chatPath(chatId, 'buttons'), { messageId, callbackData });

export const sendFile = (chatId, upload) => request('POST', chatPath(chatId, 'files'), upload);

export const streamUrl = (chatId) => chatPath(chatId, 'stream');

/** Runs the scheduler as of the cell's wall-clock time `local` (2026-12-20T09:00). */
export const runClock = (local) => request('POST', '/sandbox/api/clock', { local });

/** The file's bytes as base64, without the data: URL prefix FileReader puts in front. */
export function readAsBase64(file) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}
