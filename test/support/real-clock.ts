// Helpers that keep the real clock when `npm run test:any-date` fakes this process's: the browser (a member's phone)
// and redis-server (a server of its own; libfaketime's preload makes it hang before main).
/**
 * This process's environment without libfaketime's preload, for the programs that must not run under it (its
 * FAKETIME_SKIP_CMDS still hooks their clock reads, and both chromium and redis-server fail them).
 */
export function realClockEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value === undefined || name.startsWith('FAKETIME')) continue;
    if (name === 'LD_PRELOAD') {
      const others = value.split(/[:\s]+/).filter((library) => library && !library.includes('faketime'));
      if (others.length > 0) env[name] = others.join(':');
      continue;
    }
    env[name] = value;
  }
  return env;
}
