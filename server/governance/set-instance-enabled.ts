/**
 * Enables or disables one provider instance, for one service or for every service its application
 * provides: the bulk operation on a single address (disabling the last enabled provider needs `force`).
 */
import type { EnabledRequest, GovernanceResult } from '../contract/governance.ts';
import type { RuleTarget } from '../contract/rule-target.ts';
import { applyGovernanceOperation } from './apply-governance-operation.ts';
import type { Actor, GovernanceDeps } from './governance-deps.ts';

export function setInstanceEnabled(
  deps: GovernanceDeps,
  target: RuleTarget,
  address: string,
  request: EnabledRequest,
  actor: Actor,
): Promise<GovernanceResult> {
  const { enabled, ...options } = request;
  return applyGovernanceOperation(deps, { ...options, ...target, action: enabled ? 'enable' : 'disable', addresses: [address] }, actor);
}
