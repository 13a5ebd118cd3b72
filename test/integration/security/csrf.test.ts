// Cross-site request forgery: a page on another site must not drive the console, in local mode (the
// operator's loopback console) or users mode. Every forged write is refused AND changes nothing in
// ZooKeeper; the genuine write with the session's token goes through. Local mode also refuses requests
// addressed to a non-loopback name (DNS rebinding would otherwise make a foreign page same-origin).

import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import * as fx from '../../fixtures/registry/mixed-registry.ts';
import { startSeededSwitchboard, type SeededSwitchboard } from '../../support/seeded-switchboard.ts';
import { requireZooKeeper, useZooKeeper } from '../../support/use-zookeeper.ts';
import { writeHeaders } from '../../support/csrf.ts';
import { readNode } from '../governance-support.ts';
import { personOf, signIn, startTeamConsole } from './team-console.ts';

const RULE = `/dubbo/config/dubbo/${fx.DEMO}::.configurators`;
const WEIGHT = `/api/services/${encodeURIComponent(fx.DEMO)}/instances/10.0.0.4:20880/weight`;
const BODY = JSON.stringify({ weight: 55, reason: 'csrf test' });

interface Forgery {
  readonly name: string;
  readonly headers: (genuine: Record<string, string>) => Record<string, string>;
  readonly body?: string;
  readonly code: string;
}

const FORGERIES: readonly Forgery[] = [
  { name: 'no CSRF token', headers: ({ 'x-csrf-token': _t, ...rest }) => rest, code: 'CSRF_TOKEN_INVALID' },
  { name: 'a wrong CSRF token', headers: (g) => ({ ...g, 'x-csrf-token': 'forged' }), code: 'CSRF_TOKEN_INVALID' },
  { name: 'a foreign Origin', headers: (g) => ({ ...g, origin: 'https://evil.example' }), code: 'CSRF_REJECTED' },
  { name: 'Origin null (sandboxed frame)', headers: (g) => ({ ...g, origin: 'null' }), code: 'CSRF_REJECTED' },
  { name: 'another port on the same host', headers: (g) => ({ ...g, origin: 'http://127.0.0.1:1' }), code: 'CSRF_REJECTED' },
  { name: 'Sec-Fetch-Site cross-site', headers: (g) => ({ ...g, 'sec-fetch-site': 'cross-site' }), code: 'CSRF_REJECTED' },
  { name: 'Sec-Fetch-Site same-site', headers: (g) => ({ ...g, 'sec-fetch-site': 'same-site' }), code: 'CSRF_REJECTED' },
  { name: 'a text/plain form body', headers: (g) => ({ ...g, 'content-type': 'text/plain' }), code: 'UNSUPPORTED_MEDIA_TYPE' },
  { name: 'an urlencoded form', headers: (g) => ({ ...g, 'content-type': 'application/x-www-form-urlencoded' }), body: 'weight=55', code: 'UNSUPPORTED_MEDIA_TYPE' },
  { name: 'a multipart form', headers: (g) => ({ ...g, 'content-type': 'multipart/form-data; boundary=x' }), body: '--x--', code: 'UNSUPPORTED_MEDIA_TYPE' },
  { name: 'a text/plain form without a token', headers: ({ 'x-csrf-token': _t, ...rest }) => ({ ...rest, 'content-type': 'text/plain' }), code: 'UNSUPPORTED_MEDIA_TYPE' },
];

function put(base: string, headers: Record<string, string>, body: string): Promise<{ status: number; code: string | undefined }> {
  return fetch(new URL(WEIGHT, base), { method: 'PUT', headers, body }).then(async (res) => ({
    status: res.status,
    code: ((await res.json().catch(() => ({}))) as { error?: { code?: string } }).error?.code,
  }));
}

describe.runIf(requireZooKeeper())('CSRF defence', () => {
  const zk = useZooKeeper();
  let running: (SeededSwitchboard & { stop(): Promise<void> }) | undefined;
  afterEach(async () => {
    await running?.stop();
    running = undefined;
  });

  async function expectForgeriesRefused(base: string, genuine: Record<string, string>): Promise<void> {
    const seeded = running as SeededSwitchboard;
    const before = await readNode(seeded.registrar.client, RULE);
    const outcomes: string[] = [];
    for (const forgery of FORGERIES) {
      const { status, code } = await put(base, forgery.headers(genuine), forgery.body ?? BODY);
      outcomes.push(`${forgery.name}: ${status} ${code}`);
    }
    expect(outcomes).toEqual(FORGERIES.map((f) => `${f.name}: ${f.code === 'UNSUPPORTED_MEDIA_TYPE' ? 415 : 403} ${f.code}`));
    expect(await readNode(seeded.registrar.client, RULE)).toEqual(before);
    // The same write, sent as the console's own page sends it, goes through.
    expect(await put(base, { ...genuine, origin: new URL(base).origin, 'sec-fetch-site': 'same-origin' }, BODY)).toEqual({ status: 200, code: undefined });
    expect((await readNode(seeded.registrar.client, RULE))?.text).toContain('weight: 55');
  }

  it('refuses forged writes to a local-mode console and changes nothing', async () => {
    running = await startSeededSwitchboard(zk.connectString, { prefix: 'csrf-local' });
    await expectForgeriesRefused(running.app.url, await writeHeaders(running.app.url));
  });

  it('refuses forged writes from a signed-in operator’s browser and changes nothing', async () => {
    running = await startTeamConsole(zk.connectString);
    const cookie = await signIn(running.app.url, personOf('operator'));
    await expectForgeriesRefused(running.app.url, await writeHeaders(running.app.url, cookie));
  });

  it('answers a local-mode console only on loopback names (no DNS rebinding)', async () => {
    running = await startSeededSwitchboard(zk.connectString, { prefix: 'csrf-host' });
    const { port } = new URL(running.app.url);
    const status = (host: string) =>
      new Promise<number>((resolve, reject) => {
        http.get({ host: '127.0.0.1', port, path: '/api/session', headers: { host } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        }).on('error', reject);
      });
    expect(await status(`evil.example:${port}`)).toBe(403);
    expect(await status(`127.0.0.1.nip.io:${port}`)).toBe(403);
    expect(await status(`localhost:${port}`)).toBe(200);
    expect(await status(`127.0.0.1:${port}`)).toBe(200);
    expect(await status(`[::1]:${port}`)).toBe(200);
  });

  it('behind a trusted proxy, takes the page origin from the forwarded scheme and host; --public-url pins it', async () => {
    const proxied = await startSeededSwitchboard(zk.connectString, { prefix: 'csrf-proxy', console: { trustProxy: 'loopback' } });
    running = proxied;
    const genuine = await writeHeaders(proxied.app.url);
    const forwarded = { ...genuine, 'x-forwarded-proto': 'https', 'x-forwarded-host': 'switchboard.example.com' };
    expect(await put(proxied.app.url, { ...forwarded, origin: 'https://switchboard.example.com' }, BODY)).toEqual({ status: 200, code: undefined });
    expect(await put(proxied.app.url, { ...forwarded, origin: 'https://evil.example' }, BODY)).toMatchObject({ status: 403, code: 'CSRF_REJECTED' });
  });

  it('sends a session cookie that scripts cannot read and other sites cannot send', async () => {
    running = await startTeamConsole(zk.connectString);
    const res = await fetch(new URL('/api/session', running.app.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: personOf('viewer').name, password: personOf('viewer').password }),
    });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^switchboard_session=[^;]+;/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Max-Age=\d+/i);
  });
});
