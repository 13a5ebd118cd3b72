/**
 * Sets one provider instance's weight, for one service or for every service its application provides:
 * the bulk operation on a single address.
 */
import type { GovernanceResult, WeightRequest } from '../contract/governance.ts';
import type { RuleTarget } from '../contract/rule-target.ts';
import { applyGovernanceOperation } from './apply-governance-operation.ts';
import type { Actor, GovernanceDeps } from './governance-deps.ts';

export function setInstanceWeight(
  deps: GovernanceDeps,
  target: RuleTarget,
  address: string,
  request: WeightRequest,
  actor: Actor,
): Promise<GovernanceResult> {
  const { weight, ...options } = request;
  return applyGovernanceOperation(deps, { ...options, ...target, action: 'set-weight', weight, addresses: [address] }, actor);
}
