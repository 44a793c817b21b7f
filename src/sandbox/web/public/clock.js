// The clock control: "pretend it is <date time>" runs the scheduler at that time, so its nudges and alerts arrive now.
/* global document -- a browser page: eslint.config.mjs only declares Node globals */
import { runClock } from './api.js';
import { locale, t } from './i18n.js';

let lastResult = null;

/** The server words the result in every language, leaving out what is zero. */
function describe(result) {
  return result.summary?.[locale()] ?? result.summary?.vi ?? '';
}

/** Redraws the last result in the page's language. */
export function redrawClock() {
  if (lastResult) document.getElementById('clock-result').textContent = describe(lastResult);
}

/** `suggestion`: the service's first pretend time (its clock, the cell's zone), e.g. 2026-12-20T09:00. */
export function initClock(enabled, suggestion) {
  const box = document.getElementById('clock');
  box.hidden = !enabled;
  if (!enabled) return;
  const input = document.getElementById('clock-time');
  const button = document.getElementById('clock-run');
  const output = document.getElementById('clock-result');
  if (!input.value && suggestion) input.value = suggestion;
  document.getElementById('clock-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!input.value) return;
    button.disabled = true;
    output.classList.remove('error');
    output.textContent = t('clock-running');
    try {
      lastResult = await runClock(input.value);
      output.textContent = describe(lastResult);
    } catch (error) {
      lastResult = null;
      output.classList.add('error');
      output.textContent = error.message;
    } finally {
      button.disabled = false;
    }
  });
}
