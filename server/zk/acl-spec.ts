// ZooKeeper ACLs as operators write them (`--state-acl`, `--rule-acl`): comma-separated `scheme:id:perms`
// entries, the same notation as zkCli's `setAcl`:
//   digest:<user>:<base64 sha1>:cdrwa   world:anyone:r   ip:10.0.0.0/8:r   auth::cdrwa
// Permissions are letters from c(reate) d(elete) r(ead) w(rite) a(dmin). Pure: no library types here
// (library-acl.ts turns an entry into node-zookeeper-client's objects).

import { createHash } from 'node:crypto';

export type ZkAclScheme = 'digest' | 'world' | 'ip' | 'auth';

export interface ZkAclEntry {
  readonly scheme: ZkAclScheme;
  /** `user:base64sha1` for digest, `anyone` for world, an address or CIDR for ip, '' for auth. */
  readonly id: string;
  /** ZooKeeper's permission bits: READ 1, WRITE 2, CREATE 4, DELETE 8, ADMIN 16. */
  readonly permission: number;
}

export class AclSpecError extends Error {
  override readonly name = 'AclSpecError';
}

const PERMISSION_BITS: Readonly<Record<string, number>> = { r: 1, w: 2, c: 4, d: 8, a: 16 };
/** The order zkCli prints permissions in. */
const PERMISSION_ORDER = ['c', 'd', 'r', 'w', 'a'] as const;
const READ = 1;
const BASE64_SHA1 = /^[A-Za-z0-9+/]{27}=$/;
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?:\/(\d{1,2}))?$/;

/** Parses a whole spec; the error names the entry that is wrong and why. */
export function parseAclSpec(spec: string): ZkAclEntry[] {
  const items = spec.split(',').map((item) => item.trim());
  if (items.every((item) => item === '')) throw new AclSpecError('the ACL is empty; give entries such as world:anyone:r');
  const entries = items.map((item, index) => {
    if (item === '') throw new AclSpecError(`entry #${index + 1} is empty (stray comma)`);
    return parseEntry(item);
  });
  const seen = new Set<string>();
  for (const entry of entries) {
    const key = `${entry.scheme}:${entry.id}`;
    if (seen.has(key)) throw new AclSpecError(`"${key}" is given twice; merge its permissions into one entry`);
    seen.add(key);
  }
  return entries;
}

function parseEntry(item: string): ZkAclEntry {
  const bad = (reason: string): never => {
    throw new AclSpecError(`ACL entry "${item}" ${reason}`);
  };
  const first = item.indexOf(':');
  const last = item.lastIndexOf(':');
  if (first === -1 || first === last) bad('is not scheme:id:perms (e.g. world:anyone:r)');
  const scheme = item.slice(0, first);
  const id = item.slice(first + 1, last);
  const permission = parsePermissions(item.slice(last + 1), bad);
  switch (scheme) {
    case 'world':
      if (id !== 'anyone') bad('has world scheme with an id other than "anyone"');
      break;
    case 'auth':
      if (id !== '') bad('has an id; the auth scheme takes none (auth::cdrwa)');
      break;
    case 'digest': {
      const colon = id.indexOf(':');
      const user = id.slice(0, colon);
      const hash = id.slice(colon + 1);
      if (colon <= 0 || !BASE64_SHA1.test(hash)) {
        bad('needs digest:<user>:<base64 sha1 of "user:password">:perms (28 characters ending in =; see zkDigestId)');
      }
      if (user.includes(':')) bad('has a ":" in the user name');
      break;
    }
    case 'ip':
      if (!validIp(id)) bad('needs an IPv4 address or CIDR such as 10.0.0.0/8');
      break;
    default:
      bad(`has unknown scheme "${scheme}" (use digest, world, ip or auth)`);
  }
  return { scheme: scheme as ZkAclScheme, id, permission };
}

function parsePermissions(text: string, bad: (reason: string) => never): number {
  if (text === '') bad('has no permissions; use letters from cdrwa');
  let bits = 0;
  for (const letter of text) {
    const bit = PERMISSION_BITS[letter];
    if (bit === undefined) bad(`has unknown permission "${letter}"; use letters from cdrwa`);
    else bits |= bit;
  }
  return bits;
}

function validIp(id: string): boolean {
  const match = IPV4.exec(id);
  if (!match) return false;
  const octets = match.slice(1, 5).map(Number);
  const prefix = match[5] === undefined ? 32 : Number(match[5]);
  return octets.every((octet) => octet <= 255) && prefix <= 32;
}

/** `cdrwa`-style letters for permission bits (zkCli's order). */
export function permissionLetters(permission: number): string {
  return PERMISSION_ORDER.filter((letter) => (permission & (PERMISSION_BITS[letter] ?? 0)) !== 0).join('');
}

/** The spec text of entries (round-trips through parseAclSpec). */
export function formatAclSpec(entries: readonly ZkAclEntry[]): string {
  return entries.map((entry) => `${entry.scheme}:${entry.id}:${permissionLetters(entry.permission)}`).join(',');
}

/** Whether anyone, authenticated or not, may read a node carrying these entries (world:anyone with r). */
export function letsEveryoneRead(entries: readonly ZkAclEntry[]): boolean {
  return entries.some((entry) => entry.scheme === 'world' && entry.id === 'anyone' && (entry.permission & READ) !== 0);
}

/** ZooKeeper's digest scheme id for a user: `user:base64(sha1("user:password"))`. */
export function zkDigestId(user: string, password: string): string {
  return `${user}:${createHash('sha1').update(`${user}:${password}`, 'utf8').digest('base64')}`;
}
