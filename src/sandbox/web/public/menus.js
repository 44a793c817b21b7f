// The menus above the input bar: the bot's command list ("/" button, or typing "/") and the bot's reply keyboard.
/* global document -- a browser page: eslint.config.mjs only declares Node globals */
import { getCommands } from './api.js';
import { t } from './i18n.js';
import { el } from './render.js';

const $ = (id) => document.getElementById(id);

// Counts openings and closings, so a slow fetch cannot reopen a menu that was closed meanwhile.
let generation = 0;

/** Shows the chat's commands starting with the prefix; fetched each time, as a bot may change them any moment. */
export async function showCommandMenu(chatId, prefix, { stillWanted, pick }) {
  const mine = ++generation;
  const { commands } = await getCommands(chatId).catch(() => ({ commands: [] }));
  if (mine !== generation || !stillWanted()) return;
  const matching = commands.filter((command) => command.command.startsWith(prefix.toLowerCase()));
  if (prefix !== '' && matching.length === 0) return hideCommandMenu();
  $('command-menu').replaceChildren(
    el('div', { class: 'command-menu-title' }, t('commands')),
    ...(matching.length === 0 ? [el('p', { class: 'command-empty' }, t('commands-empty'))] : []),
    ...matching.map((command) =>
      el(
        'button',
        {
          type: 'button',
          class: 'command-item',
          onclick: () => {
            hideCommandMenu();
            pick(`/${command.command}`);
          },
        },
        el('span', { class: 'command-name' }, `/${command.command}`),
        el('span', { class: 'command-description' }, command.description),
      ),
    ),
  );
  $('command-menu').hidden = false;
  $('commands-button').setAttribute('aria-expanded', 'true');
}

export function hideCommandMenu() {
  generation += 1;
  $('command-menu').hidden = true;
  $('commands-button').setAttribute('aria-expanded', 'false');
}

/** Rows of labels under the chat; pressing one sends its label as the person's text, as in Telegram. */
export function drawReplyKeyboard(rows, sendText) {
  const keyboard = $('reply-keyboard');
  keyboard.hidden = !rows || rows.length === 0;
  keyboard.replaceChildren(
    ...(rows ?? []).map((row) =>
      el(
        'div',
        { class: 'keyboard-row' },
        ...row.map((label) =>
          el('button', { type: 'button', class: 'key', onclick: () => sendText(label) }, label),
        ),
      ),
    ),
  );
}
