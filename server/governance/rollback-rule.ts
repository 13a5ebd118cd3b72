/**
 * The story of a rollback: restore the *state* a history version recorded (DESIGN.md §2) — its whole rule
 * text, or "the node did not exist", which deletes the node and therefore needs `confirmDelete`. It is a
 * governance write like any other: compare-and-set on the node's version with retries, a new history
 * version and an audit entry in the same multi. Legacy 2.6 nodes are not part of a rule's history.
 */
import type { GovernanceResult } from '../contract/governance.ts';
import type { RollbackRequest } from '../contract/rules.ts';
import { conflictError, notFoundError, validationError } from '../errors/domain-error.ts';
import type { RegistrySnapshot } from '../registry/registry-snapshot.ts';
import { classifyRuleNode } from '../registry/rule-catalog.ts';
import { serviceIndex } from '../registry/service-index.ts';
import type { Actor, GovernanceDeps } from './governance-deps.ts';
import { appliedResult, logWrite, unwrittenResult, type ResultParts } from './governance-result.ts';
import { previewService, withRuleChange, type ServicePreview } from './plan-preview.ts';
import { ruleFolder, type RuleNode } from './rule-node.ts';
import type { RuleWrite, StoredRule } from './rule-store.ts';
import { unifiedDiff } from './text-diff.ts';
import { writeRuleWithCas, type AttemptDecision } from './write-rule-with-cas.ts';

/** A config-center node name (`<key>.<suffix>`), as `GET /api/rules` lists it. */
export function ruleNodeNamed(snapshot: RegistrySnapshot, node: string): RuleNode {
  if (node === '' || node.includes('/') || node === '.' || node === '..' || node.length > 512) {
    throw validationError('BAD_RULE_NODE', `"${node}" is not a rule node name`, { node });
  }
  const { target } = classifyRuleNode(node);
  return {
    node,
    path: `${ruleFolder(snapshot.root)}/${node}`,
    scope: target.scope,
    key: target.scope === 'service' ? target.serviceKey : target.application,
  };
}

export async function rollbackRule(deps: GovernanceDeps, node: string, request: RollbackRequest, actor: Actor): Promise<GovernanceResult> {
  const rule = ruleNodeNamed(deps.registry.snapshot, node);
  const wanted = await deps.history.read(node, request.version);
  if (!wanted) throw notFoundError('HISTORY_VERSION_NOT_FOUND', `${node} has no history version ${request.version}`, { node, version: request.version });
  const restore = { version: request.version, text: wanted.text };
  return writeRuleWithCas(deps, {
    path: rule.path,
    expectedVersion: request.expectedVersion,
    decide: (current) => decide(deps, { rule, restore, current, request, actor }),
  });
}

interface Attempt {
  readonly rule: RuleNode;
  readonly restore: { readonly version: number; readonly text: string | null };
  readonly current: StoredRule | undefined;
  readonly request: RollbackRequest;
  readonly actor: Actor;
}

function decide(deps: GovernanceDeps, attempt: Attempt): AttemptDecision {
  const { rule, restore, current, request } = attempt;
  const before = current?.text ?? null;
  const parts: ResultParts = {
    node: rule.node,
    path: rule.path,
    before,
    after: restore.text,
    currentVersion: current?.version,
    diff: unifiedDiff(current?.text, restore.text ?? undefined, rule.node),
    legacy: { create: [], remove: [] },
    preview: rollbackPreview(deps.registry.snapshot, rule, current, restore.text),
    warnings: [],
  };
  if (before === restore.text) return { kind: 'answer', result: unwrittenResult('noop', { ...parts, diff: '' }) };
  if (request.dryRun === true) return { kind: 'answer', result: unwrittenResult('preview', parts) };
  if (restore.text === null && request.confirmDelete !== true) {
    throw conflictError('CONFIRM_DELETE_REQUIRED', `history version ${restore.version} of ${rule.node} is "did not exist": restoring it deletes the node; repeat with confirmDelete`, {
      node: rule.node,
      version: restore.version,
    });
  }
  const at = deps.clock().toISOString();
  const reason = request.reason ?? `rollback to history version ${restore.version}`;
  const write: RuleWrite = {
    node: rule.node,
    path: rule.path,
    before: current,
    nextText: restore.text,
    ruleChanged: true,
    legacy: { create: [], remove: [] },
    history: { at, actor: attempt.actor, action: 'rollback', reason, diff: parts.diff },
    audit: {
      at,
      actor: attempt.actor,
      action: 'rollback',
      target: { node: rule.node, scope: rule.scope, ...(rule.scope === 'service' ? { serviceKey: rule.key } : { application: rule.key }), addresses: [] },
      reason,
      before,
      after: restore.text,
      legacy: { created: [], removed: [] },
    },
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

/** Every provider of the services the node governs, before and after the restore. */
function rollbackPreview(snapshot: RegistrySnapshot, rule: RuleNode, current: StoredRule | undefined, text: string | null): ServicePreview[] {
  const before = withRuleChange(snapshot, rule, current?.text ?? null, current?.version ?? 0);
  const after = withRuleChange(snapshot, rule, text, (current?.version ?? -1) + 1);
  const keys = [...serviceIndex(snapshot).values()]
    .filter((e) =>
      rule.scope === 'service'
        ? e.key === rule.key
        : e.providers.some((p) => p.url.params['application'] === rule.key) || e.appInstances.some((i) => i.application === rule.key),
    )
    .map((e) => e.key);
  return keys.map((key) => previewService(before, after, key, () => false));
}
