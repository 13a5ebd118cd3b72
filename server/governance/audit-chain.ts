/**
 * The audit trail's hash chain, the pure part. Each entry stores `prevHash` = the hex SHA-256 of the bytes
 * of the entry before it, exactly as ZooKeeper holds them, and the chain head node (`<stateRoot>/audit-head`,
 * JSON `{hash}`) holds the hash of the newest entry. Appending an entry is two ops of the write's ONE multi:
 * create the entry, and set the head under the version read (or create it when absent) — so two replicas
 * appending at once serialise on the head: the loser's multi fails on the head op, re-reads it and re-plans.
 * The chain starts at the first entry written with a link: when there is no head yet it links to the newest
 * entry written before the chain (those stay `unchained`), or to GENESIS when the trail is empty.
 */
import { createHash } from 'node:crypto';
import type { MultiOp } from './rule-write.ts';
import { AUDIT_PREFIX, type AuditRecord } from './state-layout.ts';

/** The link of the first entry of an empty trail: 64 zeros, never the hash of real bytes. */
export const GENESIS = '0'.repeat(64);

export function hashEntry(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Where the next entry links to, as read from ZooKeeper just before planning the multi. */
export type ChainTip =
  /** The head exists: link to its hash, and set it under `version`. */
  | { readonly kind: 'head'; readonly hash: string; readonly version: number }
  /** No head yet: link to `prevHash` (the newest pre-chain entry's hash, or GENESIS) and create the head. */
  | { readonly kind: 'start'; readonly prevHash: string };

export interface ChainPaths {
  readonly auditFolder: string;
  readonly auditHead: string;
}

export interface ChainAppend {
  /** Create the entry (sequential), then set or create the head: in this order, next to each other. */
  readonly ops: readonly [MultiOp, MultiOp];
  /** The new entry's hash, the head's content after the multi. */
  readonly hash: string;
}

export function linkOf(tip: ChainTip): string {
  return tip.kind === 'head' ? tip.hash : tip.prevHash;
}

/** The head node's content. */
export function headData(hash: string): Buffer {
  return Buffer.from(JSON.stringify({ hash }), 'utf8');
}

/** The head's hash, or undefined when its content is not `{hash: string}` (then the head counts as broken). */
export function parseHead(data: Buffer | undefined): string | undefined {
  try {
    const value = JSON.parse(data?.toString('utf8') ?? '') as { hash?: unknown };
    return typeof value.hash === 'string' ? value.hash : undefined;
  } catch {
    return undefined;
  }
}

export function planAuditAppend(tip: ChainTip, record: AuditRecord, paths: ChainPaths): ChainAppend {
  const bytes = Buffer.from(JSON.stringify({ ...record, prevHash: linkOf(tip) }), 'utf8');
  const hash = hashEntry(bytes);
  const entry: MultiOp = { type: 'create', path: `${paths.auditFolder}/${AUDIT_PREFIX}`, data: bytes, mode: 'persistent_sequential' };
  const head: MultiOp =
    tip.kind === 'head'
      ? { type: 'setData', path: paths.auditHead, data: headData(hash), version: tip.version }
      : { type: 'create', path: paths.auditHead, data: headData(hash) };
  return { ops: [entry, head], hash };
}
