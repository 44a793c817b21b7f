// Short notices: a toast for callback answers and errors, a modal dialog for answers the bot sends as alerts.
/* global document -- a browser page: eslint.config.mjs only declares Node globals */
import { t } from './i18n.js';

let toastTimer;

export function toast(text, { error = false } = {}) {
  const element = document.getElementById('toast');
  element.textContent = text;
  element.classList.toggle('error', error);
  element.hidden = false;
  clearTimeout(toastTimer);
  // Long enough to read a sentence, as Telegram keeps its callback notices up.
  toastTimer = setTimeout(() => (element.hidden = true), Math.min(8000, 2500 + text.length * 50));
}

export function alertDialog(text) {
  const dialog = document.getElementById('alert-dialog');
  document.getElementById('alert-text').textContent = text;
  document.getElementById('alert-ok').textContent = t('ok');
  if (!dialog.open) dialog.showModal();
}
