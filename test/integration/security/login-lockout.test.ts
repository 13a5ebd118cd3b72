// Brute force against the sign-in endpoint: per user name and per client address, repeated failures lock
// sign-in out with 429 LOGIN_LOCKED and Retry-After — even for the right password while locked.

import { afterEach, describe, expect, it } from 'vitest';
import { LoginThrottle } from '../../../server/auth/login-throttle.ts';
import type { SeededSwitchboard } from '../../support/seeded-switchboard.ts';
import { requireZooKeeper, useZooKeeper } from '../../support/use-zookeeper.ts';
import { usersSecurity } from '../../support/users-security.ts';
import { PEOPLE, personOf, startTeamConsole } from './team-console.ts';

async function attempt(base: string, username: string, password: string): Promise<{ status: number; code?: string; retryAfter: string | null }> {
  const res = await fetch(new URL('/api/session', base), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const body = (await res.json()) as { error?: { code: string } };
  return { status: res.status, ...(body.error ? { code: body.error.code } : {}), retryAfter: res.headers.get('retry-after') };
}

describe.runIf(requireZooKeeper())('sign-in brute force', () => {
  const zk = useZooKeeper();
  let team: (SeededSwitchboard & { stop(): Promise<void> }) | undefined;
  afterEach(async () => {
    await team?.stop();
    team = undefined;
  });

  it('locks a user name after 5 failures, the right password included, while others still sign in', async () => {
    team = await startTeamConsole(zk.connectString, { security: await usersSecurity(PEOPLE, { throttle: new LoginThrottle() }) });
    const base = team.app.url;
    const olga = personOf('operator');
    for (let i = 0; i < 5; i += 1) expect(await attempt(base, olga.name, `guess-${i}`)).toMatchObject({ status: 401, code: 'INVALID_CREDENTIALS' });
    const locked = await attempt(base, olga.name, olga.password);
    expect(locked).toMatchObject({ status: 429, code: 'LOGIN_LOCKED' });
    expect(Number(locked.retryAfter)).toBeGreaterThan(890);
    expect(Number(locked.retryAfter)).toBeLessThanOrEqual(900);
    // Another person on the same address is not locked out by olga's attacker (below the address limit).
    expect((await attempt(base, personOf('viewer').name, personOf('viewer').password)).status).toBe(200);
  });

  it('locks a client address that sprays many user names', async () => {
    team = await startTeamConsole(zk.connectString, { security: await usersSecurity(PEOPLE, { throttle: new LoginThrottle({ maxSourceFailures: 10 }) }) });
    const base = team.app.url;
    const answers: number[] = [];
    for (let i = 0; i < 12; i += 1) answers.push((await attempt(base, `user-${i}`, 'Winter2026!')).status);
    expect(answers).toEqual([...Array(10).fill(401), 429, 429]);
    expect((await attempt(base, personOf('admin').name, personOf('admin').password)).status).toBe(429);
  });
});
