/**
 * The story of a rollback: restore the *state* a history version recorded (DESIGN.md §2) — its whole rule
 * text, or "the node did not exist", which deletes the node and therefore needs `confirmDelete` — and the
 * Dubbo 2.6 `override://` nodes: the legacy changes of every later version are undone, newest first
 * (plan-legacy-undo.ts), against the nodes that exist right now. A rollback that would take the last
 * enabled provider of a service away or zero all its weights is refused like any write (LAST_PROVIDER /
 * ALL_WEIGHTS_ZERO) unless forced. It is a governance write like any other: compare-and-set on the node's
 * version with retries, the rule change, the legacy nodes, a new history version and an audit entry in
 * one multi.
 */
import type { ServicePreview } from '../contract/governance.ts';
import type { RollbackRequest, RollbackResult } from '../contract/rules.ts';
import { conflictError, notFoundError, validationError } from '../errors/domain-error.ts';
import type { RegistrySnapshot } from '../registry/registry-snapshot.ts';
import { classifyRuleNode } from '../registry/rule-catalog.ts';
import { serviceIndex } from '../registry/service-index.ts';
import { auditTarget, buildRuleWrite } from './build-rule-write.ts';
import type { Actor, GovernanceDeps } from './governance-deps.ts';
import { unwrittenResult, type ResultParts } from './governance-result.ts';
import { checkGuardrails } from './guardrails.ts';
import { legacyFolderChanges, legacyUndoDiff, legacyUndoPaths, planLegacyUndo, type LegacyUndo } from './plan-legacy-undo.ts';
import { legacyFolderName } from './plan-legacy-override.ts';
import { previewService, withRuleChange, type LegacyFolderChange } from './plan-preview.ts';
import { ruleFolder, targetOfRuleNode, type RuleNode } from './rule-node.ts';
import type { StoredRule } from './rule-write.ts';
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

export async function rollbackRule(deps: GovernanceDeps, node: string, request: RollbackRequest, actor: Actor): Promise<RollbackResult> {
  const rule = ruleNodeNamed(deps.registry.snapshot, node);
  const wanted = await deps.history.read(node, request.version);
  if (!wanted) throw notFoundError('HISTORY_VERSION_NOT_FOUND', `${node} has no history version ${request.version}`, { node, version: request.version });
  const restore = { version: request.version, text: wanted.text };
  return writeRuleWithCas(deps, {
    path: rule.path,
    expectedVersion: request.expectedVersion,
    decide: async (current) => {
      // Per attempt, after the rule node: the later versions and the legacy nodes they touched, as they are now.
      const later = (await deps.history.list(node)).filter((e) => e.version > restore.version);
      const paths = legacyUndoPaths(later, restore.version);
      const present = paths.length === 0 ? new Set<string>() : await deps.rules.existingNodes(paths);
      const legacy = planLegacyUndo(later, restore.version, present);
      return decide(deps, { rule, restore, current, legacy, request, actor });
    },
  });
}

interface Attempt {
  readonly rule: RuleNode;
  readonly restore: { readonly version: number; readonly text: string | null };
  readonly current: StoredRule | undefined;
  readonly legacy: LegacyUndo;
  readonly request: RollbackRequest;
  readonly actor: Actor;
}

function decide(deps: GovernanceDeps, attempt: Attempt): AttemptDecision {
  const { rule, restore, current, request, legacy } = attempt;
  const before = current?.text ?? null;
  const ruleChanged = before !== restore.text;
  const legacyChanged = legacy.create.length + legacy.remove.length > 0;
  const snapshot = deps.registry.snapshot;
  const preview = rollbackPreview(snapshot, rule, current, restore.text, legacyFolderChanges(snapshot.root, legacy));
  const parts: ResultParts = {
    node: rule.node,
    path: rule.path,
    before,
    after: restore.text,
    currentVersion: current?.version,
    diff: (ruleChanged ? unifiedDiff(current?.text, restore.text ?? undefined, rule.node) : '') + legacyUndoDiff(legacy),
    legacy: { create: legacy.create, remove: legacy.remove },
    preview,
    warnings: [],
  };
  if (!ruleChanged && !legacyChanged) return { kind: 'answer', result: unwrittenResult('noop', { ...parts, diff: '' }) };
  const guard = checkGuardrails(preview, { kind: 'restore' }, request.force === true);
  if (guard.refusal) throw guard.refusal;
  const answered: ResultParts = { ...parts, warnings: guard.warnings };
  if (request.dryRun === true) return { kind: 'answer', result: unwrittenResult('preview', answered) };
  if (ruleChanged && restore.text === null && request.confirmDelete !== true) {
    throw conflictError('CONFIRM_DELETE_REQUIRED', `history version ${restore.version} of ${rule.node} is "did not exist": restoring it deletes the node; repeat with confirmDelete`, {
      node: rule.node,
      version: restore.version,
    });
  }
  return buildRuleWrite(deps, answered, {
    current,
    nextText: restore.text,
    ruleChanged,
    action: 'rollback',
    target: auditTarget(rule.node, targetOfRuleNode(rule), []),
    actor: attempt.actor,
    reason: request.reason ?? `rollback to history version ${restore.version}`,
    restoredVersion: restore.version,
  });
}

/**
 * Every provider of the services the node governs — and of the services whose 2.6 folders the undo
 * touches — before and after the restore.
 */
function rollbackPreview(
  snapshot: RegistrySnapshot,
  rule: RuleNode,
  current: StoredRule | undefined,
  text: string | null,
  legacy: readonly LegacyFolderChange[],
): ServicePreview[] {
  const before = withRuleChange(snapshot, rule, current?.text ?? null, current?.version ?? 0);
  const after = withRuleChange(snapshot, rule, text, (current?.version ?? -1) + 1, legacy);
  const folders = new Set(legacy.map((c) => c.folderName));
  const keys = [...serviceIndex(snapshot).values()]
    .filter(
      (e) =>
        (rule.scope === 'service'
          ? e.key === rule.key
          : e.providers.some((p) => p.url.params['application'] === rule.key) || e.appInstances.some((i) => i.application === rule.key)) ||
        (e.providers.length > 0 && folders.has(legacyFolderName(e.folder, e.id))),
    )
    .map((e) => e.key);
  return keys.map((key) => previewService(before, after, key, () => false));
}
