// What every answer carries and never carries: security headers that fit the built client, a request id,
// no X-Powered-By; oversized and malformed bodies get clear 4xx errors without stack traces or paths.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SeededSwitchboard } from '../../support/seeded-switchboard.ts';
import { startSeededSwitchboard } from '../../support/seeded-switchboard.ts';
import { requireZooKeeper, useZooKeeper } from '../../support/use-zookeeper.ts';
import { writeHeaders } from '../../support/csrf.ts';

const LEAKS = /\bat \S+ \(|node_modules|\/work\/|\.ts:\d+|Error: /;

describe.runIf(requireZooKeeper())('hardening', () => {
  const zk = useZooKeeper();
  let seeded: SeededSwitchboard & { stop(): Promise<void> };
  beforeAll(async () => {
    seeded = await startSeededSwitchboard(zk.connectString, { prefix: 'hardening' });
  }, 60_000);
  afterAll(async () => {
    await seeded?.stop();
  });

  it('sends security headers and a request id with every answer', async () => {
    for (const path of ['/api/health', '/api/services', '/api/nope']) {
      const res = await fetch(new URL(path, seeded.app.url));
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('x-powered-by')).toBeNull();
      expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      // Plain HTTP on loopback: no HSTS (it would pin localhost to https).
      expect(res.headers.get('strict-transport-security')).toBeNull();
    }
  });

  it('refuses bodies over the limit with 413 and malformed JSON with 400, leaking nothing', async () => {
    const url = new URL('/api/governance/operations', seeded.app.url);
    const headers = await writeHeaders(seeded.app.url);
    const big = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ reason: 'x'.repeat(300_000) }) });
    expect(big.status).toBe(413);
    const bigText = await big.text();
    expect(JSON.parse(bigText)).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE' } });
    expect(bigText).not.toMatch(LEAKS);
    for (const body of ['{', '{"a":}', '\u0000', '[1,2', '{"__proto__":{"polluted":true}}']) {
      const res = await fetch(url, { method: 'POST', headers, body });
      expect(res.status, body).toBe(400);
      expect(await res.text()).not.toMatch(LEAKS);
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
