/**
 * Where the console keeps its own state in ZooKeeper (DESIGN.md §1: ZooKeeper is the only store, so any
 * replica sees the same history and audit trail): `<stateRoot>/history/<encodeJavaUrl(rule node)>/v-<seq>`
 * and `<stateRoot>/audit/e-<seq>`, both persistent sequential nodes holding JSON, plus `<stateRoot>/audit-head`,
 * the hash of the newest audit entry (the tamper-evident chain, see audit-chain.ts). The sequence number
 * ZooKeeper appends is the history version and the audit cursor: monotonic per folder, never reused.
 */
import type { AuditEntry } from '../contract/audit.ts';
import { decodeJavaUrl, encodeJavaUrl } from '../dubbo/java-url-codec.ts';

export const HISTORY_PREFIX = 'v-';
export const AUDIT_PREFIX = 'e-';

/** One rule-history version as stored: the whole rule text after the change (null = node absent). */
export interface HistoryRecord {
  readonly at: string;
  readonly actor: string;
  readonly action: string;
  readonly reason: string;
  readonly text: string | null;
  readonly zkVersion: number | null;
  readonly diff: string;
  /** The 2.6 override nodes this write created/removed (exact paths); absent in entries written before it was recorded. */
  readonly legacy?: { readonly created: readonly string[]; readonly removed: readonly string[] };
}

/** An audit entry as stored; its id is the node name, known only once ZooKeeper created it. */
export type AuditRecord = Omit<AuditEntry, 'id'>;

export interface StateLayout {
  readonly root: string;
  readonly historyRoot: string;
  readonly auditFolder: string;
  /** `{hash}` of the newest audit entry: the chain head every audit write moves in its own multi. */
  readonly auditHead: string;
  /** Gray releases: `<stateRoot>/releases/r-<seq>`, one JSON document each (server/releases/release-store.ts). */
  readonly releasesFolder: string;
  historyFolder(node: string): string;
}

export function stateLayout(root: string): StateLayout {
  const base = root === '/' ? '' : root.replace(/\/+$/, '');
  return {
    root: base === '' ? '/' : base,
    historyRoot: `${base}/history`,
    auditFolder: `${base}/audit`,
    auditHead: `${base}/audit-head`,
    releasesFolder: `${base}/releases`,
    historyFolder: (node) => `${base}/history/${encodeJavaUrl(node)}`,
  };
}

/** The rule node a history folder belongs to. */
export function nodeOfHistoryFolder(name: string): string {
  return decodeJavaUrl(name);
}

/** ZooKeeper appends a 10-digit counter to sequential nodes. */
export function sequenceOf(name: string, prefix: string): number | undefined {
  const m = new RegExp(`^${prefix}(\\d{10})$`).exec(name);
  return m ? Number(m[1]) : undefined;
}

export function sequenceName(prefix: string, sequence: number): string {
  return `${prefix}${String(sequence).padStart(10, '0')}`;
}

/** Child names carrying a sequence, oldest first. */
export function sequencedChildren(names: readonly string[], prefix: string): Array<{ name: string; sequence: number }> {
  return names
    .flatMap((name) => {
      const sequence = sequenceOf(name, prefix);
      return sequence === undefined ? [] : [{ name, sequence }];
    })
    .sort((a, b) => a.sequence - b.sequence);
}
