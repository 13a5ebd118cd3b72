/**
 * One governance write, fully decided (by build-rule-write.ts) and handed to the rule store: the rule node
 * as read, what it becomes, the 2.6 override nodes to create/remove, and what the write records in the rule
 * history and the audit trail. Plain data, so the multi that commits it can be planned by a pure function.
 */
import type { AuditRecord, HistoryRecord } from './state-layout.ts';

export interface StoredRule {
  readonly text: string;
  /** ZooKeeper data version, the compare-and-set token. */
  readonly version: number;
}

/** One operation of a ZooKeeper multi, shaped like ZooKeeper's (structurally server/zk's ZkOp) without importing the edge. */
export type MultiOp =
  | { readonly type: 'create'; readonly path: string; readonly data?: Buffer; readonly mode?: 'persistent' | 'persistent_sequential' }
  | { readonly type: 'setData'; readonly path: string; readonly data: Buffer; readonly version: number }
  | { readonly type: 'remove'; readonly path: string; readonly version?: number }
  | { readonly type: 'check'; readonly path: string; readonly version: number };

export interface RuleWrite {
  readonly node: string;
  readonly path: string;
  /** The rule node as read for this attempt (undefined: absent). */
  readonly before: StoredRule | undefined;
  /** null = delete the node. Ignored when `ruleChanged` is false (the node is only version-checked). */
  readonly nextText: string | null;
  readonly ruleChanged: boolean;
  readonly legacy: { readonly create: readonly string[]; readonly remove: readonly string[] };
  readonly history: Pick<HistoryRecord, 'at' | 'actor' | 'action' | 'reason' | 'diff'>;
  readonly audit: Omit<AuditRecord, 'ruleVersion'>;
  /**
   * The console's own state that must change with the rule or not at all (a release document, under its
   * ZooKeeper version): appended to the same multi, after the audit entry.
   */
  readonly companions?: readonly MultiOp[];
}

export type CommitOutcome =
  | {
      readonly kind: 'committed';
      /** The rule node's version after the write (null: absent). */
      readonly zkVersion: number | null;
      readonly historyVersion: number | null;
      readonly auditId: string;
    }
  /** Someone changed a node between our read and our multi; `onRuleNode` = the rule node itself. */
  | { readonly kind: 'conflict'; readonly onRuleNode: boolean; readonly code: string };
