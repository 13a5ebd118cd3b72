/**
 * The operations of the ONE ZooKeeper `multi` a governance write commits, in order: the rule node change
 * guarded by its version (compare-and-set; a bare version check when only legacy nodes change), the 2.6
 * override removes then creates, the rule-history version(s), the audit entry linked into the hash chain and
 * the chain head moved to it (audit-chain.ts) — all or nothing, so history and audit never disagree with the
 * registry. Pure: the rule store only executes the list.
 * The op shapes are ZooKeeper's (structurally server/zk's ZkOp) without importing the edge.
 */
import { planAuditAppend, type ChainPaths, type ChainTip } from './audit-chain.ts';
import { HISTORY_PREFIX, type HistoryRecord } from './state-layout.ts';
import type { MultiOp, RuleWrite } from './rule-write.ts';

export interface RuleMultiInput {
  readonly write: RuleWrite;
  readonly historyFolder: string;
  readonly chain: ChainPaths;
  /** The chain head as read for this attempt: the audit entry links to it. */
  readonly tip: ChainTip;
  /** The node has no history yet: record the state the console found first (a baseline version). */
  readonly firstHistory: boolean;
}

export interface RuleMulti {
  readonly ops: readonly MultiOp[];
  /** Ops before this index guard or change the rule node itself (a failure there is a conflict on it). */
  readonly ruleOpCount: number;
  /** Index of the history version this write creates (undefined: it records none). */
  readonly historyIndex: number | undefined;
  readonly auditIndex: number;
  /** Index of the chain head op, right after the audit entry (a failure there is a lost race on the chain, not a conflict). */
  readonly headIndex: number;
  /** The new audit entry's hash: the head's content after the multi. */
  readonly headHash: string;
  /** History entries the multi creates (0, 1, or 2 with a baseline). */
  readonly historyEntries: number;
  /** The rule node's version after the multi (null: absent). */
  readonly zkVersion: number | null;
}

const json = (value: unknown): Buffer => Buffer.from(JSON.stringify(value), 'utf8');

/** Legacy-only writes get a history version too (text unchanged), so rollback can undo their 2.6 nodes. */
export function recordsHistory(write: RuleWrite): boolean {
  return write.ruleChanged || write.legacy.create.length + write.legacy.remove.length > 0;
}

export function planRuleMulti(input: RuleMultiInput): RuleMulti {
  const { write } = input;
  const zkVersion = versionAfter(write);
  const ops: MultiOp[] = ruleOps(write);
  const ruleOpCount = ops.length;
  ops.push(...write.legacy.remove.map((path): MultiOp => ({ type: 'remove', path })));
  ops.push(...write.legacy.create.map((path): MultiOp => ({ type: 'create', path })));
  const historyStart = ops.length;
  if (recordsHistory(write)) {
    if (input.firstHistory) ops.push(historyOp(input.historyFolder, baselineOf(write)));
    const text = write.ruleChanged ? write.nextText : (write.before?.text ?? null);
    const legacy = { created: [...write.legacy.create], removed: [...write.legacy.remove] };
    ops.push(historyOp(input.historyFolder, { ...write.history, text, zkVersion, legacy }));
  }
  const auditIndex = ops.length;
  const append = planAuditAppend(input.tip, { ...write.audit, ruleVersion: zkVersion }, input.chain);
  ops.push(...append.ops);
  ops.push(...(write.companions ?? []));
  const historyEntries = auditIndex - historyStart;
  return { ops, ruleOpCount, historyIndex: historyEntries > 0 ? auditIndex - 1 : undefined, auditIndex, headIndex: auditIndex + 1, headHash: append.hash, historyEntries, zkVersion };
}

function historyOp(folder: string, record: HistoryRecord): MultiOp {
  return { type: 'create', path: `${folder}/${HISTORY_PREFIX}`, data: json(record), mode: 'persistent_sequential' };
}

function ruleOps(write: RuleWrite): MultiOp[] {
  const { before, path } = write;
  if (!write.ruleChanged) return before ? [{ type: 'check', path, version: before.version }] : [];
  if (write.nextText === null) return before ? [{ type: 'remove', path, version: before.version }] : [];
  const data = Buffer.from(write.nextText, 'utf8');
  return before ? [{ type: 'setData', path, data, version: before.version }] : [{ type: 'create', path, data }];
}

/** The CAS makes the next version certain: create → 0, setData → read version + 1, delete → absent. */
function versionAfter(write: RuleWrite): number | null {
  if (!write.ruleChanged) return write.before?.version ?? null;
  if (write.nextText === null) return null;
  return write.before ? write.before.version + 1 : 0;
}

/** First time the console touches this node: keep the state it found, so rollback can restore it. */
function baselineOf(write: RuleWrite): HistoryRecord {
  return {
    at: write.history.at,
    actor: 'external',
    action: 'baseline',
    reason: write.before ? 'the rule as found before the console first changed it' : 'the rule did not exist before the console created it',
    text: write.before?.text ?? null,
    zkVersion: write.before?.version ?? null,
    diff: '',
  };
}
