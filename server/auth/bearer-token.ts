/**
 * The API token's bearer string and its stored record, as pure functions: `sbt_<id>_<secret>` with a public
 * id (16 hex characters, also the ZooKeeper node name) and a secret (32 random bytes, base64url) of which
 * only the hex SHA-256 is ever stored. Comparing hashes takes constant time.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { TokenRecord } from './token-directory.ts';

export const TOKEN_ID_PATTERN = /^[0-9a-f]{16}$/;
const BEARER_PATTERN = /^sbt_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;

export function formatBearer(id: string, secret: string): string {
  return `sbt_${id}_${secret}`;
}

/** The id and secret of a bearer string; undefined when it is not one of ours. */
export function parseBearer(bearer: string): { readonly id: string; readonly secret: string } | undefined {
  const match = BEARER_PATTERN.exec(bearer);
  return match?.[1] && match[2] ? { id: match[1], secret: match[2] } : undefined;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Whether `secret` hashes to `hash`, in time that does not depend on where they differ. */
export function secretMatches(secret: string, hash: string): boolean {
  const actual = Buffer.from(hashSecret(secret), 'hex');
  const expected = Buffer.from(/^[0-9a-f]{64}$/.test(hash) ? hash : '', 'hex');
  return expected.length === actual.length && timingSafeEqual(actual, expected);
}

export function isExpired(record: TokenRecord, now: Date): boolean {
  if (record.expiresAt === null) return false;
  const at = Date.parse(record.expiresAt);
  return !Number.isFinite(at) || at <= now.getTime();
}

export function encodeTokenRecord(record: TokenRecord): Buffer {
  const { id, name, owner, createdAt, expiresAt, hash } = record;
  return Buffer.from(JSON.stringify({ id, name, owner, createdAt, expiresAt, hash }), 'utf8');
}

/** The record a token node holds; undefined when the data is not one (or names another id). */
export function decodeTokenRecord(id: string, data: Buffer | undefined): TokenRecord | undefined {
  if (!data) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(data.toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const r = value as Record<string, unknown>;
  const strings = [r['id'], r['name'], r['owner'], r['createdAt'], r['hash']];
  if (!strings.every((s) => typeof s === 'string') || r['id'] !== id) return undefined;
  if (r['expiresAt'] !== null && typeof r['expiresAt'] !== 'string') return undefined;
  return {
    id,
    name: r['name'] as string,
    owner: r['owner'] as string,
    createdAt: r['createdAt'] as string,
    expiresAt: r['expiresAt'] as string | null,
    hash: r['hash'] as string,
  };
}
