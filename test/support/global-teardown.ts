// Stops the test run's PostgreSQL and removes its files.
import fs from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as { homecellTestServer?: { server: { stop(): Promise<void> }; dir: string } })
    .homecellTestServer;
  if (!state) return;
  await state.server.stop();
  fs.rmSync(state.dir, { recursive: true, force: true });
}
