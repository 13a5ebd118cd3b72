/**
 * Sets one provider instance's weight, for one service or for every service its application provides:
 * the bulk operation on a single address.
 */
import type { GovernanceResult, WeightRequest } from '../contract/governance.ts';
import { applyGovernanceOperation } from './apply-governance-operation.ts';
import type { Actor, GovernanceDeps } from './governance-deps.ts';

export type InstanceScope = { readonly scope: 'service'; readonly serviceKey: string } | { readonly scope: 'application'; readonly application: string };

export function setInstanceWeight(
  deps: GovernanceDeps,
  target: InstanceScope,
  address: string,
  request: WeightRequest,
  actor: Actor,
): Promise<GovernanceResult> {
  const { weight, ...options } = request;
  return applyGovernanceOperation(deps, { ...options, ...target, action: 'set-weight', weight, addresses: [address] }, actor);
}
