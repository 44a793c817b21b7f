// The web chat's own words (not the bot's: the bot speaks each member's language). They come from Fluent
// (locales/<lang>/sandbox.ftl): the server puts them in the page as a JSON data block, templates with {name} slots.
// On the list of people the page speaks the visitor's choice; in a chat it speaks the language of the person played.
/* global document, window -- a browser page: eslint.config.mjs only declares Node globals */
const STRINGS = readStrings();
const STORAGE_KEY = 'homecell.sandbox.lang';
let chosen = 'vi';
let current = 'vi';
const listeners = [];

function readStrings() {
  try {
    return JSON.parse(document.getElementById('page-strings')?.textContent ?? '{}');
  } catch {
    return {};
  }
}

const known = (locale) => typeof locale === 'string' && locale in STRINGS;

/** The visitor's own language: the one they chose, else the server's default. */
export function initLocale(serverDefault) {
  const saved = safeStorage()?.getItem(STORAGE_KEY);
  chosen = known(saved) ? saved : known(serverDefault) ? serverDefault : 'vi';
  speak(chosen);
}

/** The visitor chose a language on the list of people: shared by all their tabs. */
export function setLocale(locale) {
  if (!known(locale)) return;
  chosen = locale;
  safeStorage()?.setItem(STORAGE_KEY, locale);
  speak(locale);
}

/** The page is someone's phone now: their language, until the visitor goes back to the list. */
export function usePersonLocale(locale) {
  speak(known(locale) ? locale : chosen);
}

export function useChosenLocale() {
  speak(chosen);
}

/** `listener()` runs after the page changed language, to redraw what it drew itself. */
export function onLocaleChange(listener) {
  listeners.push(listener);
}

export function locale() {
  return current;
}

export function t(key, vars = {}) {
  const template = STRINGS[current]?.[key] ?? STRINGS.vi?.[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name) => (name in vars ? String(vars[name]) : whole));
}

function speak(locale) {
  const changed = locale !== current;
  current = locale;
  applyLocale();
  if (changed) for (const listener of listeners) listener();
}

/** Fills every element marked data-i18n (text) or data-i18n-label (aria-label and title). */
function applyLocale() {
  document.documentElement.lang = current;
  document.title = t('app-title');
  for (const element of document.querySelectorAll('[data-i18n]'))
    element.textContent = t(element.dataset.i18n);
  for (const element of document.querySelectorAll('[data-i18n-label]')) {
    element.setAttribute('aria-label', t(element.dataset.i18nLabel));
    element.title = t(element.dataset.i18nLabel);
  }
  for (const element of document.querySelectorAll('[data-i18n-placeholder]'))
    element.placeholder = t(element.dataset.i18nPlaceholder);
  for (const button of document.querySelectorAll('[data-lang]'))
    button.setAttribute('aria-pressed', String(button.dataset.lang === chosen));
}

// Private browsing modes may refuse storage; the page still works, it only forgets the choice.
function safeStorage() {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
