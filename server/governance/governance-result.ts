/**
 * Turns a planned or committed rule change into the HTTP answer (contract/governance.ts), and the one
 * JSON log line per write that STYLE.md asks for: {actor, target, rule, before, after}.
 */
import type { GovernanceResult, ServicePreview } from '../contract/governance.ts';
import type { RuleRef } from '../contract/rule-ref.ts';
import { classifyRuleNode } from '../registry/rule-catalog.ts';
import type { GovernanceLog } from './governance-deps.ts';
import type { PlanWarning } from './guardrails.ts';
import type { CommitOutcome, RuleWrite } from './rule-write.ts';

export function ruleRefOf(node: string, path: string, version: number | null | undefined): RuleRef {
  const { kind, target } = classifyRuleNode(node);
  return { node, label: node, path, kind, scope: target.scope, ...(version === null || version === undefined ? {} : { version }) };
}

export interface ResultParts {
  readonly node: string;
  readonly path: string;
  readonly before: string | null;
  readonly after: string | null;
  readonly currentVersion: number | undefined;
  readonly diff: string;
  readonly legacy: { readonly create: readonly string[]; readonly remove: readonly string[] };
  readonly preview: readonly ServicePreview[];
  readonly warnings: readonly PlanWarning[];
}

const plainWarnings = (warnings: readonly PlanWarning[]) => warnings.map(({ code, message }) => ({ code, message }));

/** A dry run or a no-op: nothing written, the version stays what was read. */
export function unwrittenResult(status: 'noop' | 'preview', parts: ResultParts): GovernanceResult {
  return {
    status,
    rule: ruleRefOf(parts.node, parts.path, parts.currentVersion),
    version: parts.currentVersion ?? null,
    before: parts.before,
    after: parts.after,
    diff: parts.diff,
    legacy: { created: [...parts.legacy.create], removed: [...parts.legacy.remove] },
    preview: parts.preview.map((p) => ({ ...p, predictable: { ...p.predictable }, notes: [...p.notes], providers: p.providers.map((x) => ({ ...x })) })),
    warnings: plainWarnings(parts.warnings),
    auditId: null,
    historyVersion: null,
  };
}

export function appliedResult(parts: ResultParts, committed: Extract<CommitOutcome, { kind: 'committed' }>): GovernanceResult {
  return {
    ...unwrittenResult('preview', parts),
    status: 'applied',
    rule: ruleRefOf(parts.node, parts.path, committed.zkVersion),
    version: committed.zkVersion,
    auditId: committed.auditId,
    historyVersion: committed.historyVersion,
  };
}

export function logWrite(log: GovernanceLog, write: RuleWrite, result: GovernanceResult): void {
  log.info(
    {
      actor: write.audit.actor,
      action: write.audit.action,
      target: write.audit.target,
      rule: { node: write.node, path: write.path, version: result.version },
      before: write.before?.text ?? null,
      after: write.ruleChanged ? write.nextText : (write.before?.text ?? null),
      legacy: write.legacy,
      auditId: result.auditId,
      historyVersion: result.historyVersion,
    },
    'governance write',
  );
}
