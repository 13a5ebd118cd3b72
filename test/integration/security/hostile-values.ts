// Random and hostile request input for the fuzz suite, from a seeded generator so a failure replays.

export { seededRandom as seededRng, type Rng } from '../../../server/demo/seeded-random.ts';
import type { Rng } from '../../../server/demo/seeded-random.ts';

export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  '../../etc/passwd',
  '..%2f..%2fetc%2fpasswd',
  '%2e%2e/%2e%2e/',
  '\u0000',
  '\u202e\u0000\uffff',
  '<script>alert(1)</script>',
  "' OR '1'='1' --",
  '${jndi:ldap://127.0.0.1/x}',
  '{{7*7}}',
  '__proto__',
  'constructor',
  'zookeeper://127.0.0.1:1/evil',
  '/dubbo/config/dubbo/x.configurators',
  'script://return true',
  'override://0.0.0.0/com.x?disabled=true',
  'a'.repeat(5000),
  '𝕊🙂'.repeat(200),
  '10.0.0.1:20880',
  '10.0.0.1:99999',
  'com.example.DemoService',
  'demo-provider-27',
  'NaN',
  '-1',
  'true',
  'null',
  '0x10',
  '1e309',
];

export const FIELDS: readonly string[] = [
  'weight', 'enabled', 'reason', 'expectedVersion', 'dryRun', 'legacy', 'action', 'scope', 'serviceKey', 'application',
  'addresses', 'version', 'application', 'service', 'mode', 'canary', 'steps', 'start', 'hold', 'holdSeconds', 'tag',
  'username', 'password', 'name', 'expiresInDays', 'owner', 'limit', 'offset', 'q', 'before', 'level', 'focus', 'depth',
  '__proto__', 'constructor', 'prototype',
];

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;

export function hostileValue(rng: Rng, depth = 0): unknown {
  const r = rng();
  if (r < 0.3) return pick(rng, HOSTILE_STRINGS);
  if (r < 0.5) return pick(rng, [0, -1, 1, 100, 101, 2 ** 31, 2 ** 53 + 1, -0, 1.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER]);
  if (r < 0.6) return pick(rng, [true, false, null]);
  if (r < 0.8 && depth < 4) return Array.from({ length: Math.floor(rng() * 4) }, () => hostileValue(rng, depth + 1));
  if (depth < 4) return hostileObject(rng, depth + 1);
  return pick(rng, HOSTILE_STRINGS);
}

export function hostileObject(rng: Rng, depth = 0): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const n = 1 + Math.floor(rng() * 6);
  for (let i = 0; i < n; i += 1) Object.defineProperty(out, pick(rng, FIELDS), { value: hostileValue(rng, depth), enumerable: true, configurable: true, writable: true });
  return out;
}

/** A JSON body text: mostly objects, sometimes another JSON value, a deep nest or broken JSON. */
export function hostileBody(rng: Rng): string {
  const r = rng();
  if (r < 0.6) return JSON.stringify(hostileObject(rng));
  if (r < 0.75) return JSON.stringify(hostileValue(rng));
  if (r < 0.85) return `${'['.repeat(2000)}${']'.repeat(2000)}`;
  if (r < 0.9) return '{"a":1,"a":2,"__proto__":{"isAdmin":true}}';
  return pick(rng, ['{', '{"weight":', 'null', '""', '[]', '\u0000', '{"weight":1e99999}']);
}

export function hostileQuery(rng: Rng): string {
  const params = new URLSearchParams();
  const n = Math.floor(rng() * 5);
  for (let i = 0; i < n; i += 1) params.append(pick(rng, FIELDS), String(pick(rng, HOSTILE_STRINGS)).slice(0, 300));
  if (rng() < 0.1) params.append('limit', '999999999999');
  return params.toString();
}

/** A path parameter value: hostile strings, percent-encoded (raw ones would not be a single segment). */
export function hostileParam(rng: Rng): string {
  return encodeURIComponent(pick(rng, HOSTILE_STRINGS).slice(0, 600)) || '%20';
}
