/**
 * The one way a decided governance change becomes a write (apply and rollback alike): the RuleWrite the
 * rule store commits — rule change, 2.6 nodes, history version and audit entry stamped with one clock
 * reading — and the answer given once it committed, which also logs the write (STYLE.md §7).
 */
import type { AuditEntry } from '../contract/audit.ts';
import type { RuleTarget } from '../contract/rule-target.ts';
import { auditActorFields } from './audit-actor.ts';
import type { Actor, GovernanceDeps } from './governance-deps.ts';
import { appliedResult, logWrite, type ResultParts } from './governance-result.ts';
import type { RuleWrite, StoredRule } from './rule-write.ts';
import type { AttemptDecision } from './write-rule-with-cas.ts';

export interface WriteIntent {
  /** The rule node as read for this attempt. */
  readonly current: StoredRule | undefined;
  /** What the node becomes (null: deleted); only written when `ruleChanged`. */
  readonly nextText: string | null;
  readonly ruleChanged: boolean;
  readonly action: string;
  readonly target: AuditEntry['target'];
  readonly actor: Actor;
  readonly reason: string;
  /** A rollback's history version, recorded in the audit entry. */
  readonly restoredVersion?: number;
  /** The gray release making the write, recorded in the audit entry. */
  readonly releaseId?: string;
  /** State committed in the same multi (see RuleWrite.companions). */
  readonly companions?: RuleWrite['companions'];
}

export function auditTarget(node: string, target: RuleTarget, addresses: readonly string[]): AuditEntry['target'] {
  return {
    node,
    scope: target.scope,
    ...(target.scope === 'service' ? { serviceKey: target.serviceKey } : { application: target.application }),
    addresses: [...addresses],
  };
}

/** `parts` is the answer as previewed (its node, path, diff and legacy changes are what gets written). */
export function buildRuleWrite(
  deps: Pick<GovernanceDeps, 'clock' | 'log'>,
  parts: ResultParts,
  intent: WriteIntent,
): Extract<AttemptDecision, { kind: 'write' }> {
  const at = deps.clock().toISOString();
  const { actor, action, reason } = intent;
  const before = intent.current?.text ?? null;
  const write: RuleWrite = {
    node: parts.node,
    path: parts.path,
    before: intent.current,
    nextText: intent.nextText,
    ruleChanged: intent.ruleChanged,
    legacy: { create: parts.legacy.create, remove: parts.legacy.remove },
    history: { at, actor: actor.user, action, reason, diff: parts.diff },
    audit: {
      at,
      ...auditActorFields(actor),
      action,
      target: intent.target,
      reason,
      before,
      after: intent.ruleChanged ? intent.nextText : before,
      legacy: { created: [...parts.legacy.create], removed: [...parts.legacy.remove] },
      ...(intent.restoredVersion === undefined ? {} : { restoredVersion: intent.restoredVersion }),
      ...(intent.releaseId === undefined ? {} : { releaseId: intent.releaseId }),
    },
    ...(intent.companions === undefined ? {} : { companions: intent.companions }),
  };
  return {
    kind: 'write',
    write,
    answer: (committed) => {
      const result = appliedResult(parts, committed);
      logWrite(deps.log, write, result);
      return result;
    },
  };
}
