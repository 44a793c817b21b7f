// The clock control: "pretend it is <date time>" runs the scheduler at that time, so its nudges and alerts arrive now.
/* global document -- a browser page: eslint.config.mjs only declares Node globals */
import { runClock } from './api.js';
import { t } from './i18n.js';

let lastResult = null;

/** "2026-12-20T09:00:00+07:00" as "20/12/2026 09:00": the cell's own wall-clock time, as typed. */
function wallClock(iso) {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2})/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]} ${match[4]}` : iso;
}

function describe(result) {
  const { counts, delivered } = result;
  return t('clockDone', {
    at: wallClock(result.at),
    sent: delivered.sent,
    nudges: counts.nudges,
    alerts: counts.alerts,
    digests: counts.digests,
    held: counts.held,
  });
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
    output.textContent = t('clockRunning');
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
