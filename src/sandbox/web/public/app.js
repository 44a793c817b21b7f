// Start-up of the sandbox page: loads the people, then shows the picker or the chat of the person in the URL hash.
/* global document, window, history -- a browser page: eslint.config.mjs only declares Node globals */
import { getPeople, limits } from './api.js';
import { closeChat, initChat, openChat, redrawChat } from './chat.js';
import { initClock, redrawClock } from './clock.js';
import { toast } from './feedback.js';
import { initLocale, onLocaleChange, setLocale, t, useChosenLocale, usePersonLocale } from './i18n.js';
import { avatar, drawPeople, localTime, roleName, whereabouts } from './picker.js';
import { el } from './render.js';

let setup = null;
let openChatId = null;

/** The chosen person lives in the hash, so each tab can be someone else and a reload keeps them. */
function chatIdFromHash() {
  const match = /^#chat=(\d{1,16})$/.exec(window.location.hash);
  return match ? Number(match[1]) : null;
}

function show(view) {
  document.getElementById('picker-view').hidden = view !== 'picker';
  document.getElementById('chat-view').hidden = view !== 'chat';
}

function drawWhoAmI(person) {
  document.getElementById('whoami').replaceChildren(
    avatar(person, 'small'),
    el(
      'span',
      { class: 'whoami-text' },
      el('span', {}, `${t('you-are')} `, el('strong', {}, person.name)),
      // The role on the second line: a long name and "Bí thư chi bộ" do not fit one line of a small phone.
      el(
        'span',
        { class: 'whoami-place' },
        `${roleName(person.role)} · ${whereabouts(person)} · ${localTime(person.timezone)}`,
      ),
    ),
  );
}

function route() {
  if (!setup) return;
  const chatId = chatIdFromHash();
  const person = setup.people.find((candidate) => candidate.chatId === chatId);
  if (!person) {
    if (chatId !== null) {
      toast(t('error-unknown-chat'), { error: true });
      history.replaceState(null, '', window.location.pathname);
    }
    closeChat();
    openChatId = null;
    useChosenLocale();
    drawPeople(setup);
    show('picker');
    return;
  }
  // The page is this person's phone: its words in their language, as the bot's are.
  usePersonLocale(person.locale);
  drawWhoAmI(person);
  show('chat');
  if (openChatId !== person.chatId) {
    openChatId = person.chatId;
    openChat(person);
  }
  document.getElementById('text').focus({ preventScroll: true });
}

/** Redraws what shows words or local times; the chat's bubbles only when the language changed. */
function redraw({ languageChanged }) {
  if (!setup) return;
  const person = setup.people.find((candidate) => candidate.chatId === openChatId);
  if (!person) return drawPeople(setup);
  drawWhoAmI(person);
  if (languageChanged) redrawChat();
}

async function start() {
  initLocale(document.documentElement.dataset.defaultLocale);
  initChat();
  onLocaleChange(() => {
    redrawClock();
    redraw({ languageChanged: true });
  });
  for (const button of document.querySelectorAll('[data-lang]')) {
    button.addEventListener('click', () => setLocale(button.dataset.lang));
  }
  document.getElementById('switch-person').addEventListener('click', () => {
    window.location.hash = '';
  });
  window.addEventListener('hashchange', route);
  document.getElementById('people').textContent = t('loading');
  show('picker');
  try {
    setup = await getPeople();
  } catch (error) {
    document.getElementById('people').textContent = `${t('load-failed')} (${error.message})`;
    return;
  }
  limits.maxUploadBytes = setup.maxUploadBytes;
  limits.maxTextLength = setup.maxTextLength;
  document.getElementById('text').maxLength = setup.maxTextLength;
  initClock(setup.clockControl === true, setup.clockSuggestion);
  // The server's default applies only while the visitor has not chosen a language themselves.
  initLocale(setup.defaultLocale);
  route();
  // Local times on the cards and the who-am-I strip move on.
  setInterval(() => redraw({ languageChanged: false }), 60_000);
}

start();
