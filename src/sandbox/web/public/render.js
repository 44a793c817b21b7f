// Draws chat bubbles from the API's message views: text with Telegram entities, photos, documents, inline keyboards.
/* global document -- a browser page: eslint.config.mjs only declares Node globals */
import { locale, t } from './i18n.js';

/** Small helper so the drawing code reads like the markup it makes. */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'class') element.className = value;
    else if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else if (name === 'dataset') Object.assign(element.dataset, value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  element.append(...children.filter((child) => child !== undefined && child !== null));
  return element;
}

const SAFE_LINK = /^(https?:|mailto:|tel:)/i;

function wrapEntity(node, entity, entityText, handlers) {
  switch (entity.type) {
    case 'bold':
      return el('strong', {}, node);
    case 'italic':
      return el('em', {}, node);
    case 'underline':
      return el('u', {}, node);
    case 'strikethrough':
      return el('s', {}, node);
    case 'code':
      return el('code', {}, node);
    case 'pre':
      return el('pre', {}, node);
    case 'blockquote':
    case 'expandable_blockquote':
      return el('blockquote', {}, node);
    case 'spoiler':
      return el(
        'span',
        { class: 'spoiler', onclick: (event) => event.currentTarget.classList.add('shown') },
        node,
      );
    case 'bot_command':
      // Tapping a command in a bot message sends it, as in Telegram.
      return el(
        'button',
        {
          type: 'button',
          class: 'inline-command',
          onclick: () => handlers.sendText(entityText.split('@')[0]),
        },
        node,
      );
    case 'url':
    case 'text_link':
    case 'email':
    case 'phone_number': {
      const href =
        entity.type === 'text_link'
          ? entity.url
          : entity.type === 'email'
            ? `mailto:${entityText}`
            : entity.type === 'phone_number'
              ? `tel:${entityText}`
              : /^[a-z]+:/i.test(entityText)
                ? entityText
                : `https://${entityText}`;
      if (!SAFE_LINK.test(href ?? '')) return node;
      return el('a', { href, target: '_blank', rel: 'noopener noreferrer' }, node);
    }
    default:
      return node;
  }
}

/** Splits the text at every entity edge and wraps each piece in the entities covering it (nesting works). */
export function formattedText(text, entities = [], handlers) {
  const fragment = document.createDocumentFragment();
  if (entities.length === 0) {
    fragment.append(text);
    return fragment;
  }
  const edges = new Set([0, text.length]);
  for (const entity of entities) {
    edges.add(Math.min(entity.offset, text.length));
    edges.add(Math.min(entity.offset + entity.length, text.length));
  }
  const points = [...edges].sort((a, b) => a - b);
  for (let index = 0; index < points.length - 1; index += 1) {
    const start = points[index];
    const end = points[index + 1];
    let node = document.createTextNode(text.slice(start, end));
    // Shortest first, so the longer (outer) entities wrap around the shorter ones.
    const covering = entities
      .filter((entity) => entity.offset <= start && entity.offset + entity.length >= end)
      .sort((a, b) => a.length - b.length);
    for (const entity of covering) {
      node = wrapEntity(node, entity, text.slice(entity.offset, entity.offset + entity.length), handlers);
    }
    fragment.append(node);
  }
  return fragment;
}

/** Clock time in the person's own zone: the chat is their phone, wherever they are. */
export function timeOf(date, timeZone) {
  try {
    return new Intl.DateTimeFormat(locale(), { hour: '2-digit', minute: '2-digit', timeZone }).format(date);
  } catch {
    return new Intl.DateTimeFormat(locale(), { hour: '2-digit', minute: '2-digit' }).format(date);
  }
}

const COMMAND_IN_TEXT = /(^|[\s(])(\/[a-z0-9_]{1,32})(?=$|[\s.,;:!?)])/gi;

/**
 * Telegram marks /commands in a bot's text as tappable; the emulator stores the bot's entities as sent, so the
 * page finds the commands that no other entity covers.
 */
function withCommandEntities(text, entities = []) {
  const found = [];
  for (const match of text.matchAll(COMMAND_IN_TEXT)) {
    const offset = match.index + match[1].length;
    const length = match[2].length;
    const covered = entities.some(
      (entity) => entity.offset < offset + length && offset < entity.offset + entity.length,
    );
    if (!covered) found.push({ type: 'bot_command', offset, length });
  }
  return found.length > 0 ? [...entities, ...found] : entities;
}

export function fileSize(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

const fileUrl = (fileId) => `/sandbox/files/${encodeURIComponent(fileId)}`;

function keyboardOf(message, handlers) {
  if (!message.keyboard) return undefined;
  return el(
    'div',
    { class: 'keyboard' },
    ...message.keyboard.map((row) =>
      el(
        'div',
        { class: 'keyboard-row' },
        ...row.map((button) => {
          if (button.url && SAFE_LINK.test(button.url)) {
            return el(
              'a',
              { class: 'key', href: button.url, target: '_blank', rel: 'noopener noreferrer' },
              button.text,
            );
          }
          return el(
            'button',
            {
              type: 'button',
              class: 'key',
              disabled: button.callbackData === undefined,
              dataset: button.callbackData !== undefined ? { callbackData: button.callbackData } : undefined,
              onclick: (event) => handlers.pressButton(message.id, button.callbackData, event.currentTarget),
            },
            button.text,
          );
        }),
      ),
    ),
  );
}

/** One message row: the bubble and, under a bot message, its inline keyboard. */
export function messageRow(message, handlers) {
  const bubble = el('div', { class: 'bubble' });
  if (message.photo) {
    const { fileId, width, height } = message.photo;
    bubble.append(
      el(
        'a',
        { class: 'photo-link', href: fileUrl(fileId), target: '_blank', rel: 'noopener' },
        el('img', { class: 'photo', src: fileUrl(fileId), width, height, alt: t('photo') }),
      ),
    );
  }
  if (message.document) {
    const { fileId, fileName, size } = message.document;
    bubble.append(
      el(
        'a',
        { class: 'document', href: fileUrl(fileId), download: fileName },
        el('span', { class: 'document-icon', 'aria-hidden': 'true' }),
        el('span', { class: 'document-name' }, fileName, el('small', {}, fileSize(size))),
      ),
    );
  }
  if (message.other) bubble.append(el('div', { class: 'other' }, t('unsupported', { kind: message.other })));
  if (message.text !== undefined) {
    const entities = message.fromBot ? withCommandEntities(message.text, message.entities) : message.entities;
    bubble.append(el('div', { class: 'text' }, formattedText(message.text, entities, handlers)));
  }
  bubble.append(
    el(
      'div',
      { class: 'meta' },
      message.edited ? el('span', { class: 'edited' }, t('edited')) : undefined,
      el('time', {}, timeOf(new Date(message.date * 1000), handlers.timeZone())),
    ),
  );
  return el(
    'div',
    {
      class: `row ${message.fromBot ? 'from-bot' : 'from-me'}`,
      dataset: { messageId: String(message.id) },
    },
    bubble,
    keyboardOf(message, handlers),
  );
}
