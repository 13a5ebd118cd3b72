/**
 * The history of one rule node, newest first: every state the console wrote (and, as the oldest
 * version, the state it found before its first write). Rollback takes one of these versions.
 */
import { notFoundError } from '../errors/domain-error.ts';
import type { GovernanceDeps } from './governance-deps.ts';
import { ruleNodeNamed } from './rollback-rule.ts';

export async function ruleHistory(deps: GovernanceDeps, node: string) {
  ruleNodeNamed(deps.registry.snapshot, node);
  const items = await deps.history.list(node);
  if (items.length === 0 && !deps.registry.snapshot.rules.has(node)) {
    throw notFoundError('RULE_NOT_FOUND', `No rule node ${node} and no history for it`, { node });
  }
  return { node, items };
}
