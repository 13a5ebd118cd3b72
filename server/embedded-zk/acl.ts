// ACL checks and fix-up with ZooKeeper's two built-in providers (digest, ip) plus world:anyone
// and the super identity. Mirrors ZooKeeperServer.checkACL and PrepRequestProcessor.fixupACL.

import { createHash } from 'node:crypto';
import { ErrorCode, KeeperError } from './error-codes.ts';
import type { Acl, Id } from './records.ts';

export const Perm = {
  read: 1,
  write: 2,
  create: 4,
  delete: 8,
  admin: 16,
  all: 31,
} as const;

export const WORLD_ANYONE: Id = { scheme: 'world', id: 'anyone' };
export const OPEN_ACL_UNSAFE: readonly Acl[] = [{ perms: Perm.all, id: WORLD_ANYONE }];
export const READ_ACL_UNSAFE: readonly Acl[] = [{ perms: Perm.read, id: WORLD_ANYONE }];

/** `user:password` → `user:base64(sha1("user:password"))`, the digest scheme's id. */
export function digestId(userPassword: string): string {
  const user = userPassword.split(':', 1)[0] ?? '';
  const hash = createHash('sha1').update(userPassword, 'utf8').digest('base64');
  return `${user}:${hash}`;
}

/** Java's String.split drops trailing empty strings; isValid depends on that. */
function javaSplit(value: string, separator: string): string[] {
  const parts = value.split(separator);
  while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

function ipv4Bytes(address: string): number[] | null {
  const parts = address.split('.');
  if (parts.length !== 4) return null;
  const bytes: number[] = [];
  for (const part of parts) {
    if (!/^[+-]?\d+$/.test(part)) return null;
    const value = Number(part);
    if (value < 0 || value > 255) return null;
    bytes.push(value);
  }
  return bytes;
}

function parseIpExpression(expression: string): { bytes: number[]; bits: number } | null {
  const slash = expression.indexOf('/');
  const address = slash === -1 ? expression : expression.substring(0, slash);
  const bytes = ipv4Bytes(address);
  if (bytes === null) return null;
  if (slash === -1) return { bytes, bits: 32 };
  const bitsText = expression.substring(slash + 1);
  if (!/^[+-]?\d+$/.test(bitsText)) return null;
  const bits = Number(bitsText);
  return bits < 0 || bits > 32 ? null : { bytes, bits };
}

function ipMatches(clientAddress: string, expression: string): boolean {
  const acl = parseIpExpression(expression);
  const client = ipv4Bytes(clientAddress);
  if (acl === null || client === null) return false;
  for (let i = 0; i < 4; i += 1) {
    const keep = Math.max(0, Math.min(8, acl.bits - i * 8));
    const mask = (0xff << (8 - keep)) & 0xff;
    if (((acl.bytes[i] ?? 0) & mask) !== ((client[i] ?? 0) & mask)) return false;
  }
  return true;
}

interface AuthProvider {
  /** Whether ids of this scheme name a person (used to expand the `auth` pseudo-scheme). */
  readonly authenticated: boolean;
  isValid(id: string): boolean;
  matches(callerId: string, aclId: string): boolean;
}

const providers: ReadonlyMap<string, AuthProvider> = new Map([
  [
    'digest',
    {
      authenticated: true,
      isValid: (id: string) => javaSplit(id, ':').length === 2,
      matches: (caller: string, acl: string) => caller === acl,
    },
  ],
  [
    'ip',
    {
      authenticated: false,
      isValid: (id: string) => parseIpExpression(id) !== null,
      matches: ipMatches,
    },
  ],
]);

export function isKnownScheme(scheme: string): boolean {
  return providers.has(scheme);
}

/** Throws NOAUTH unless one of the caller's ids grants `perm`. An empty ACL allows everything. */
export function checkAcl(acl: readonly Acl[], perm: number, callerIds: readonly Id[]): void {
  if (acl.length === 0) return;
  if (callerIds.some((id) => id.scheme === 'super')) return;
  for (const entry of acl) {
    if ((entry.perms & perm) === 0) continue;
    if (entry.id.scheme === 'world' && entry.id.id === 'anyone') return;
    const provider = providers.get(entry.id.scheme);
    if (provider === undefined) continue;
    for (const caller of callerIds) {
      if (caller.scheme === entry.id.scheme && provider.matches(caller.id, entry.id.id)) return;
    }
  }
  throw new KeeperError(ErrorCode.noAuth);
}

export function hasPermission(acl: readonly Acl[], perm: number, callerIds: readonly Id[]): boolean {
  try {
    checkAcl(acl, perm, callerIds);
    return true;
  } catch {
    return false;
  }
}

function sameAcl(a: Acl, b: Acl): boolean {
  return a.perms === b.perms && a.id.scheme === b.id.scheme && a.id.id === b.id.id;
}

/**
 * Validates an ACL for create/setACL: removes duplicates, rejects empty lists and unknown or
 * malformed ids (INVALIDACL), and expands `auth` into the caller's authenticated ids.
 */
export function fixupAcl(acl: readonly Acl[], callerIds: readonly Id[], path: string): Acl[] {
  const unique: Acl[] = [];
  for (const entry of acl) if (!unique.some((seen) => sameAcl(seen, entry))) unique.push(entry);
  if (unique.length === 0) throw new KeeperError(ErrorCode.invalidAcl, path);
  const result: Acl[] = [];
  for (const entry of unique) {
    if (entry.id.scheme === 'world' && entry.id.id === 'anyone') {
      result.push(entry);
    } else if (entry.id.scheme === 'auth') {
      const authenticated = callerIds.filter((id) => providers.get(id.scheme)?.authenticated === true);
      if (authenticated.length === 0) throw new KeeperError(ErrorCode.invalidAcl, path);
      for (const id of authenticated) result.push({ perms: entry.perms, id });
    } else {
      const provider = providers.get(entry.id.scheme);
      if (provider === undefined || !provider.isValid(entry.id.id)) {
        throw new KeeperError(ErrorCode.invalidAcl, path);
      }
      result.push(entry);
    }
  }
  return result;
}

/** getACL without ADMIN: digest hashes are replaced by `x` so they cannot be brute-forced. */
export function maskDigests(acl: readonly Acl[]): Acl[] {
  return acl.map((entry) =>
    entry.id.scheme === 'digest'
      ? { perms: entry.perms, id: { scheme: 'digest', id: entry.id.id.replace(/:.*/g, ':x') } }
      : entry,
  );
}
