// Sign-in, who-am-I and sign-out in users mode, and the session cookie's guarantees: signed (a forged or
// altered cookie is nobody), expiring, tied to the user's current entry in the users file (a removed user,
// a lowered role or a changed password takes effect on the next request), valid on every replica.

import { hash } from '@node-rs/argon2';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { Session } from '../../../server/contract/session.ts';
import { SessionCodec } from '../../../server/auth/session-codec.ts';
import { startTestConsole } from '../../support/test-console.ts';
import type { SeededSwitchboard } from '../../support/seeded-switchboard.ts';
import { requireZooKeeper, useZooKeeper } from '../../support/use-zookeeper.ts';
import { TEST_SESSION_SECRET, usersSecurity } from '../../support/users-security.ts';
import { PEOPLE, personOf, signIn, startTeamConsole } from './team-console.ts';

async function whoAmI(base: string, cookie?: string): Promise<Session> {
  const res = await fetch(new URL('/api/session', base), cookie === undefined ? {} : { headers: { cookie } });
  expect(res.status).toBe(200);
  return (await res.json()) as Session;
}

async function status(base: string, path: string, cookie: string): Promise<number> {
  return (await fetch(new URL(path, base), { headers: { cookie } })).status;
}

describe.runIf(requireZooKeeper())('sessions', () => {
  const zk = useZooKeeper();
  const stops: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const stop of stops.splice(0).reverse()) await stop();
  });
  const team = async (...args: Parameters<typeof startTeamConsole> extends [string, ...infer R] ? R : never): Promise<SeededSwitchboard> => {
    const started = await startTeamConsole(zk.connectString, ...args);
    stops.push(() => started.stop());
    return started;
  };

  it('signs in, says who is signed in with a CSRF token, and signs out', async () => {
    const { app } = await team();
    expect(await whoAmI(app.url)).toEqual({ user: null, role: null, mode: 'users', via: 'anonymous', csrfToken: null, expiresAt: null });
    const wrong = await fetch(new URL('/api/session', app.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'olga', password: 'not-her-password' }),
    });
    expect(wrong.status).toBe(401);
    expect(((await wrong.json()) as { error: { code: string } }).error.code).toBe('INVALID_CREDENTIALS');
    expect(wrong.headers.get('set-cookie')).toBeNull();
    const unknown = await fetch(new URL('/api/session', app.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'mallory', password: 'whatever' }),
    });
    expect(unknown.status).toBe(401);
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe('INVALID_CREDENTIALS');

    const cookie = await signIn(app.url, personOf('operator'));
    const me = await whoAmI(app.url, cookie);
    expect(me).toMatchObject({ user: 'olga', role: 'operator', mode: 'users', via: 'session' });
    expect(me.csrfToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(Date.parse(me.expiresAt ?? '') - Date.now()).toBeGreaterThan(3_500_000);
    expect(await status(app.url, '/api/services', cookie)).toBe(200);

    const out = await fetch(new URL('/api/session', app.url), { method: 'DELETE', headers: { cookie, 'x-csrf-token': me.csrfToken ?? '' } });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/^switchboard_session=;.*Expires=Thu, 01 Jan 1970/);
  });

  it('treats a forged, altered or expired cookie as nobody', async () => {
    const { app } = await team();
    const cookie = await signIn(app.url, personOf('viewer'));
    const value = cookie.slice('switchboard_session='.length);
    const [payload = '', signature = ''] = value.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    const promoted = Buffer.from(JSON.stringify({ ...claims, u: 'ada' })).toString('base64url');
    const otherKey = new SessionCodec('a-different-secret-of-at-least-32-characters', 3600_000).issue('ada', 'x', new Date()).value;
    const expired = new SessionCodec(TEST_SESSION_SECRET, 60_000).issue('vic', 'irrelevant', new Date(Date.now() - 120_000)).value;
    for (const forged of [`${promoted}.${signature}`, `${payload}.${signature.slice(0, -2)}AA`, otherKey, expired, `${payload}.`, payload, 'x'.repeat(5000)]) {
      expect(await whoAmI(app.url, `switchboard_session=${forged}`)).toMatchObject({ user: null, via: 'anonymous' });
      expect(await status(app.url, '/api/services', `switchboard_session=${forged}`)).toBe(401);
    }
  });

  it('follows the users file: a lowered role, a changed password or a removed user takes effect at once', async () => {
    const security = await usersSecurity(PEOPLE);
    const { app } = await team({ security });
    const olga = await signIn(app.url, personOf('operator'));
    const vic = await signIn(app.url, personOf('viewer'));
    const ada = await signIn(app.url, personOf('admin'));
    security.users.set('olga', { ...(security.users.get('olga') as { name: string; passwordHash: string }), role: 'viewer' });
    expect(await whoAmI(app.url, olga)).toMatchObject({ user: 'olga', role: 'viewer' });
    security.users.set('vic', { name: 'vic', role: 'viewer', passwordHash: await hash('a-new-password') });
    expect(await whoAmI(app.url, vic)).toMatchObject({ user: null });
    security.users.delete('ada');
    expect(await whoAmI(app.url, ada)).toMatchObject({ user: null });
    expect(await status(app.url, '/api/services', ada)).toBe(401);
  });

  it('logs failed and successful sign-ins with the user and address, never the password', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) });
    const security = await usersSecurity(PEOPLE);
    const seededOnly = await team({ security });
    const app = await startTestConsole(`zookeeper://${seededOnly.connect}`, { security, logger });
    stops.push(() => app.stop());
    const attempt = (password: string) =>
      fetch(new URL('/api/session', app.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'olga', password }) });
    expect((await attempt('hunter2-not-it')).status).toBe(401);
    expect((await attempt(personOf('operator').password)).status).toBe(200);
    const auth = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l['module'] === 'auth');
    expect(auth).toEqual([
      expect.objectContaining({ msg: 'sign-in failed', user: 'olga', source: '127.0.0.1', requestId: expect.any(String) }),
      expect.objectContaining({ msg: 'signed in', user: 'olga', role: 'operator', source: '127.0.0.1' }),
    ]);
    expect(lines.join('\n')).not.toContain('hunter2-not-it');
    expect(lines.join('\n')).not.toContain(personOf('operator').password);
  });

  it('takes the client address from X-Forwarded-For only from a trusted proxy', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) });
    const security = await usersSecurity(PEOPLE);
    const seededOnly = await team({ security });
    const direct = await startTestConsole(`zookeeper://${seededOnly.connect}`, { security, logger });
    stops.push(() => direct.stop());
    const proxied = await startTestConsole(`zookeeper://${seededOnly.connect}`, { security, logger, trustProxy: 'loopback' });
    stops.push(() => proxied.stop());
    for (const base of [direct.url, proxied.url]) {
      await fetch(new URL('/api/session', base), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.7' },
        body: JSON.stringify({ username: 'vic', password: 'wrong' }),
      });
    }
    const sources = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l['msg'] === 'sign-in failed').map((l) => l['source']);
    expect(sources).toEqual(['127.0.0.1', '203.0.113.7']);
  });

  it('is valid on every replica that shares the secret', async () => {
    const shared = await usersSecurity(PEOPLE);
    const first = await team({ security: shared });
    // Another process: its own codec and throttle, the same users file and secret.
    const own = await usersSecurity([]);
    if (own.auth.mode !== 'users' || shared.auth.mode !== 'users') throw new Error('users mode expected');
    const replica = { ...own, auth: { ...own.auth, users: shared.auth.users } };
    const second = await startTestConsole(`zookeeper://${first.connect}`, { security: replica });
    stops.push(() => second.stop());
    const cookie = await signIn(first.app.url, personOf('admin'));
    expect(await whoAmI(second.url, cookie)).toMatchObject({ user: 'ada', role: 'admin', via: 'session' });
    // The CSRF token is derived from the session, so it is the same on both.
    expect((await whoAmI(second.url, cookie)).csrfToken).toBe((await whoAmI(first.app.url, cookie)).csrfToken);
  });
});
