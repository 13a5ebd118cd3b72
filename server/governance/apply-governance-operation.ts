/**
 * The story of a governance write: validate the operation, then — for each compare-and-set attempt — plan
 * it against the rule node as just read from ZooKeeper and the mirror's view of the providers; answer the
 * preview for a dry run or when it is already in effect; otherwise commit the rule change, its 2.6 copies,
 * a history version and an audit entry in one multi, and log the write. Weight and enable/disable requests
 * are this operation for one instance.
 */
import type { GovernanceOperationRequest, GovernanceResult } from '../contract/governance.ts';
import { DomainError, registryUnavailableError } from '../errors/domain-error.ts';
import { auditTarget, buildRuleWrite } from './build-rule-write.ts';
import type { Actor, GovernanceDeps } from './governance-deps.ts';
import { validateOperation, type RuleOperation } from './governance-operation.ts';
import { unwrittenResult, type ResultParts } from './governance-result.ts';
import { planRuleChange, type RulePlan } from './plan-rule-change.ts';
import { configuratorNode } from './rule-node.ts';
import type { StoredRule } from './rule-write.ts';
import { writeRuleWithCas, type AttemptDecision } from './write-rule-with-cas.ts';

export async function applyGovernanceOperation(
  deps: GovernanceDeps,
  request: GovernanceOperationRequest,
  actor: Actor,
): Promise<GovernanceResult> {
  const operation = validateOperation({
    action: request.action,
    scope: request.scope,
    addresses: request.addresses,
    weight: request.weight,
    force: request.force === true,
    legacy: request.legacy ?? deps.legacyDefault,
    replaceInvalid: request.replaceInvalid === true,
    ...(request.serviceKey === undefined ? {} : { serviceKey: request.serviceKey }),
    ...(request.application === undefined ? {} : { application: request.application }),
  });
  const node = configuratorNode(deps.registry.snapshot.root, operation.target);
  return writeRuleWithCas(deps, {
    path: node.path,
    expectedVersion: request.expectedVersion,
    decide: (current) => decide(deps, { operation, current, actor, reason: request.reason ?? '', dryRun: request.dryRun === true }),
  });
}

interface Attempt {
  readonly operation: RuleOperation;
  readonly current: StoredRule | undefined;
  readonly actor: Actor;
  readonly reason: string;
  readonly dryRun: boolean;
}

function decide(deps: GovernanceDeps, attempt: Attempt): AttemptDecision {
  const plan = planAgainstMirror(deps, attempt);
  const parts = resultParts(plan, attempt.current);
  if (plan.kind === 'noop') return { kind: 'answer', result: unwrittenResult('noop', parts) };
  if (attempt.dryRun) return { kind: 'answer', result: unwrittenResult('preview', parts) };
  const { operation, current, actor, reason } = attempt;
  return buildRuleWrite(deps, parts, {
    current,
    nextText: plan.nextText,
    ruleChanged: plan.ruleChanged,
    action: operation.action.kind,
    target: auditTarget(plan.node.node, operation.target, operation.addresses),
    actor,
    reason,
  });
}

/** An unknown service right after start is the mirror still reading, not a wrong request. */
function planAgainstMirror(deps: GovernanceDeps, attempt: Attempt): RulePlan {
  try {
    return planRuleChange({ snapshot: deps.registry.snapshot, current: attempt.current, operation: attempt.operation });
  } catch (error) {
    if (error instanceof DomainError && error.kind === 'not-found' && deps.registry.status.syncing) {
      throw registryUnavailableError('The registry is still being read; retry shortly', { code: error.code });
    }
    throw error;
  }
}

function resultParts(plan: RulePlan, current: StoredRule | undefined): ResultParts {
  const before = current?.text ?? null;
  const write = plan.kind === 'write';
  return {
    node: plan.node.node,
    path: plan.node.path,
    before,
    after: write ? plan.nextText : before,
    currentVersion: current?.version,
    diff: write ? plan.diff : '',
    legacy: write ? plan.legacy : { create: [], remove: [] },
    preview: plan.preview,
    warnings: plan.warnings,
  };
}
