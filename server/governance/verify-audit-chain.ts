/**
 * Walks the kept audit entries oldest → newest and answers the first broken link (pure; the audit store
 * reads the entries and the head). Entries written before the chain existed have no link and count as
 * `unchained`; once one entry carries a link, every later one must, and each link must equal the SHA-256
 * of the bytes of the entry kept before it. The oldest kept entry's own link is not checked: the entries
 * before it may have been pruned (retention), so there is nothing to check it against. The head must hold
 * the newest entry's hash, which catches a change to the newest entry (no later link covers it).
 */
import type { AuditVerification } from '../contract/audit.ts';
import { hashEntry } from './audit-chain.ts';

export interface StoredAuditEntry {
  readonly id: string;
  /** The node's data as stored; undefined when it could not be read. */
  readonly bytes: Buffer | undefined;
  /** ZooKeeper's data version: entries are created once and never set, so above 0 = rewritten. */
  readonly version: number;
}

/** The head node: absent, or its hash (undefined when its content is not `{hash}`). */
export type StoredHead = { readonly hash: string | undefined } | undefined;

type Broken = NonNullable<AuditVerification['firstBroken']>;

/** The entry's link: undefined = none; null = the bytes are not an audit entry at all. */
function linkIn(bytes: Buffer | undefined): string | undefined | null {
  if (bytes === undefined) return null;
  try {
    const value = JSON.parse(bytes.toString('utf8')) as unknown;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
    const link = (value as { prevHash?: unknown }).prevHash;
    return typeof link === 'string' ? link : undefined;
  } catch {
    return null;
  }
}

function brokenLink(entry: StoredAuditEntry, previous: StoredAuditEntry): Broken {
  return previous.version > 0
    ? { id: entry.id, reason: 'hash-mismatch', message: `entry ${previous.id} was changed after it was written: its hash no longer matches the link stored in ${entry.id}` }
    : { id: entry.id, reason: 'missing-link', message: `entry ${entry.id} does not link to ${previous.id}, the entry kept before it: an entry between them was deleted, or ${previous.id} was replaced` };
}

function headCheck(newest: StoredAuditEntry | undefined, head: StoredHead, chained: boolean): Broken | null {
  if (head === undefined) {
    return chained && newest ? { id: newest.id, reason: 'head-mismatch', message: 'the chain head node is missing' } : null;
  }
  if (!newest) return { id: 'audit-head', reason: 'head-mismatch', message: 'the chain head records an entry but the audit trail is empty' };
  if (head.hash === hashEntry(newest.bytes ?? Buffer.alloc(0))) return null;
  return {
    id: newest.id,
    reason: 'head-mismatch',
    message: head.hash === undefined ? 'the chain head node is unreadable' : `the newest entry ${newest.id} is not the one the chain head records: it was changed, or newer entries were deleted`,
  };
}

/** `entries` oldest first, as kept in ZooKeeper. */
export function verifyAuditChain(entries: readonly StoredAuditEntry[], head: StoredHead, at: Date): AuditVerification {
  let unchained = 0;
  let chained = false;
  let firstBroken: Broken | null = null;
  let checked = 0;
  for (const [index, entry] of entries.entries()) {
    checked++;
    const link = linkIn(entry.bytes);
    const previous = entries[index - 1];
    if (link === null) firstBroken = { id: entry.id, reason: 'unreadable', message: `entry ${entry.id} is not a readable audit entry` };
    else if (link === undefined && chained) firstBroken = { id: entry.id, reason: 'missing-link', message: `entry ${entry.id} has no link to the entry before it, though the chain had started` };
    else if (link === undefined) unchained++;
    else if (previous !== undefined && link !== hashEntry(previous.bytes ?? Buffer.alloc(0))) firstBroken = brokenLink(entry, previous);
    else chained = true;
    if (firstBroken) break;
  }
  firstBroken ??= headCheck(entries.at(-1), head, chained);
  return { ok: firstBroken === null, checked, unchained, firstBroken, verifiedAt: at.toISOString() };
}
