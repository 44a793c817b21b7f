// Stops a grammY runner and waits for the updates it is still handling: the runner's own stop only ends fetching.
import type { RunnerHandle } from '@grammyjs/runner';

const POLL_MS = 20;

/**
 * Resolves once no update is in progress, or after `graceMs` (a stuck handler must not hold shutdown forever).
 * Returns the number of updates still running when it gave up.
 */
export async function stopRunner(runner: RunnerHandle, graceMs = 30_000): Promise<number> {
  if (runner.isRunning()) await runner.stop();
  const deadline = Date.now() + graceMs;
  while (runner.size() > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return runner.size();
}
