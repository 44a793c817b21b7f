// The chat view: one person's conversation with the bot, live over Server-Sent Events, with composer and menus.
/* global document, EventSource -- a browser page: eslint.config.mjs only declares Node globals */
import * as api from './api.js';
import { alertDialog, toast } from './feedback.js';
import { t, usePersonLocale } from './i18n.js';
import { hideCommandMenu, drawReplyKeyboard, showCommandMenu } from './menus.js';
import { el, messageRow } from './render.js';

const PHOTO_TYPES = /^image\/(jpeg|png|gif|webp)$/;
const TYPING_SHOWN_MS = 5000;
const PRESS_PENDING_MS = 8000;

const $ = (id) => document.getElementById(id);
let current = null;

const handlers = {
  timeZone: () => current?.person.timezone,
  sendText: (text) => send(text).catch(() => undefined),
  pressButton: (messageId, callbackData, button) => press(messageId, callbackData, button),
};

/** Binds the composer once; openChat and closeChat only swap whose chat it is. */
export function initChat() {
  $('composer').addEventListener('submit', (event) => {
    event.preventDefault();
    const text = $('text').value;
    if (text.trim() === '') return;
    $('text').value = '';
    autoGrow();
    hideCommandMenu();
    send(text).catch(() => ($('text').value = text));
  });
  $('text').addEventListener('keydown', (event) => {
    // Enter sends, Shift+Enter starts a new line, as in Telegram Desktop.
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      $('composer').requestSubmit();
    }
    if (event.key === 'Escape') hideCommandMenu();
  });
  $('text').addEventListener('input', () => {
    autoGrow();
    const typed = /^\/(\w*)$/.exec($('text').value);
    if (typed) openCommandMenu(typed[1]);
    else hideCommandMenu();
  });
  $('commands-button').addEventListener('click', () => {
    if ($('command-menu').hidden) openCommandMenu('');
    else hideCommandMenu();
  });
  $('attach-button').addEventListener('click', () => $('file-input').click());
  $('file-input').addEventListener('change', () => {
    const file = $('file-input').files?.[0];
    $('file-input').value = '';
    if (file) upload(file);
  });
}

export function openChat(person) {
  closeChat();
  current = { person, messages: new Map(), source: null, typingTimer: undefined, reconnectTimer: undefined };
  $('messages').replaceChildren();
  $('reply-keyboard').hidden = true;
  $('text').value = '';
  hideCommandMenu();
  setStatus(t('online'));
  connect(current);
}

export function closeChat() {
  if (!current) return;
  current.source?.close();
  clearTimeout(current.reconnectTimer);
  clearTimeout(current.typingTimer);
  current = null;
}

export function redrawChat() {
  if (!current) return;
  const scrolled = $('messages').scrollTop;
  setStatus(t('online'));
  drawAll(current);
  $('messages').scrollTop = scrolled;
}

function connect(chat) {
  const source = new EventSource(api.streamUrl(chat.person.chatId));
  chat.source = source;
  const on = (event, listener) =>
    source.addEventListener(event, (message) => chat === current && listener(JSON.parse(message.data)));
  on('snapshot', ({ messages, replyKeyboard, locale }) => {
    $('banner').hidden = true;
    chat.messages = new Map(messages.map((message) => [message.id, message]));
    followLocale(chat, locale);
    drawAll(chat);
    drawReplyKeyboard(replyKeyboard, handlers.sendText);
    scrollToEnd(true);
  });
  on('message', (message) => {
    if (message.fromBot) stopTyping();
    upsert(chat, message);
  });
  on('deleted', ({ messageId }) => {
    chat.messages.delete(messageId);
    rowOf(messageId)?.remove();
  });
  // The member changed language (/language): the page's own words follow, as on their phone.
  on('locale', ({ locale }) => followLocale(chat, locale));
  on('reply-keyboard', ({ rows }) => drawReplyKeyboard(rows, handlers.sendText));
  on('chat-action', ({ action }) => {
    setStatus(action === 'upload_document' || action === 'upload_photo' ? t('uploading') : t('typing'));
    clearTimeout(chat.typingTimer);
    chat.typingTimer = setTimeout(stopTyping, TYPING_SHOWN_MS);
  });
  on('callback-answer', ({ messageId, text, showAlert }) => {
    if (messageId !== null) settlePress(messageId);
    if (text && showAlert) alertDialog(text);
    else if (text) toast(text);
  });
  source.onerror = () => {
    if (chat !== current) return;
    $('banner').textContent = t('reconnecting');
    $('banner').hidden = false;
    // EventSource retries by itself unless the server refused the stream; then try again a little later.
    if (source.readyState === EventSource.CLOSED) {
      chat.reconnectTimer = setTimeout(() => chat === current && connect(chat), 3000);
    }
  };
}

function followLocale(chat, locale) {
  if (!locale) return;
  chat.person.locale = locale;
  usePersonLocale(locale);
}

function drawAll(chat) {
  const rows = [...chat.messages.values()]
    .sort((a, b) => a.id - b.id)
    .map((message) => messageRow(message, handlers));
  if (rows.length === 0) {
    $('messages').replaceChildren(
      el(
        'div',
        { class: 'empty' },
        el('p', {}, t('empty-chat')),
        el(
          'button',
          { type: 'button', class: 'start-button', onclick: () => handlers.sendText('/start') },
          '/start',
        ),
      ),
    );
    return;
  }
  $('messages').replaceChildren(...rows);
}

function rowOf(messageId) {
  return $('messages').querySelector(`.row[data-message-id="${messageId}"]`);
}

/** Adds or redraws one message in place: an edited bot message keeps its position in the chat. */
function upsert(chat, message) {
  const stickToEnd = isNearEnd() || !message.fromBot;
  const isNew = !chat.messages.has(message.id);
  chat.messages.set(message.id, message);
  $('messages').querySelector('.empty')?.remove();
  const row = messageRow(message, handlers);
  const existing = rowOf(message.id);
  if (existing) existing.replaceWith(row);
  else {
    const later = [...$('messages').children].find((other) => Number(other.dataset.messageId) > message.id);
    $('messages').insertBefore(row, later ?? null);
  }
  if (isNew) scrollToEnd(stickToEnd);
  for (const image of row.querySelectorAll('img'))
    image.addEventListener('load', () => scrollToEnd(stickToEnd));
}

function isNearEnd() {
  const list = $('messages');
  return list.scrollHeight - list.scrollTop - list.clientHeight < 120;
}

function scrollToEnd(wanted) {
  if (wanted) $('messages').scrollTop = $('messages').scrollHeight;
}

async function send(text) {
  if (!current) return;
  const chat = current;
  try {
    const { message } = await api.sendText(chat.person.chatId, text);
    if (chat === current) upsert(chat, message);
  } catch (error) {
    toast(error.message, { error: true });
    throw error;
  }
}

async function press(messageId, callbackData, button) {
  if (!current || callbackData === undefined) return;
  const row = rowOf(messageId);
  button.classList.add('pending');
  for (const key of row?.querySelectorAll('button.key') ?? []) key.disabled = true;
  const timer = setTimeout(() => settlePress(messageId), PRESS_PENDING_MS);
  try {
    await api.pressButton(current.person.chatId, messageId, callbackData);
  } catch (error) {
    clearTimeout(timer);
    settlePress(messageId);
    toast(error.message, { error: true });
  }
}

/** The bot answered (or edited the message): the keyboard can be pressed again. */
function settlePress(messageId) {
  for (const key of rowOf(messageId)?.querySelectorAll('button.key') ?? []) {
    key.classList.remove('pending');
    key.disabled = key.dataset.callbackData === undefined;
  }
}

async function upload(file) {
  if (!current) return;
  const chat = current;
  if (file.size > api.limits.maxUploadBytes) {
    toast(t('error-file-too-large', { mb: api.limits.maxUploadBytes / (1024 * 1024) }), { error: true });
    return;
  }
  const caption = $('text').value.trim();
  setStatus(t('uploading'));
  try {
    const { message } = await api.sendFile(chat.person.chatId, {
      kind: PHOTO_TYPES.test(file.type) ? 'photo' : 'document',
      fileName: file.name || 'file',
      ...(file.type ? { mimeType: file.type } : {}),
      ...(caption ? { caption } : {}),
      dataBase64: await api.readAsBase64(file),
    });
    if (caption) $('text').value = '';
    if (chat === current) upsert(chat, message);
  } catch (error) {
    toast(error.message, { error: true });
  } finally {
    if (chat === current) setStatus(t('online'));
  }
}

function openCommandMenu(prefix) {
  if (!current) return;
  const chat = current;
  showCommandMenu(chat.person.chatId, prefix, {
    stillWanted: () => chat === current,
    pick: (command) => {
      $('text').value = '';
      autoGrow();
      handlers.sendText(command);
    },
  });
}

function setStatus(text) {
  $('chat-status').textContent = text;
}

function stopTyping() {
  if (current) clearTimeout(current.typingTimer);
  setStatus(t('online'));
}

function autoGrow() {
  const box = $('text');
  box.style.height = 'auto';
  box.style.height = `${Math.min(box.scrollHeight, 140)}px`;
}
