// Gate for suites that need an installed tool (ZooKeeper, kazoo, Curator jars, Chromium).
// In CI (CI=true) a missing tool must fail the run, never skip silently: this throws at
// collection time, which vitest reports as a failed suite. Elsewhere it warns and skips.

export function requireTool(what: string, available: boolean, install: string): boolean {
  if (available) return true;
  const reason = `${what} is not available (${install})`;
  if (process.env['CI'] === 'true') throw new Error(`${reason}; CI must run this suite`);
  console.warn(`SKIPPING suite: ${reason}`);
  return false;
}
