/**
 * One config-center rule as stored: verbatim text, ZooKeeper version, and the configurators Dubbo reads
 * from it (null when Dubbo cannot read it). Read from the mirror, like the rest of the read API.
 */
import type { RuleDetail } from '../contract/rules.ts';
import { notFoundError, registryUnavailableError } from '../errors/domain-error.ts';
import { formatDubboUrl } from '../dubbo/dubbo-url.ts';
import { parseRuleFile } from '../registry/rule-catalog.ts';
import type { GovernanceDeps } from './governance-deps.ts';

export async function getRule(deps: GovernanceDeps, node: string): Promise<RuleDetail> {
  const snapshot = deps.registry.snapshot;
  const file = snapshot.rules.get(node);
  if (!file) {
    if (deps.registry.status.syncing) throw registryUnavailableError('The registry is still being read; retry shortly', { node });
    throw notFoundError('RULE_NOT_FOUND', `No rule node ${node} in the config center`, { node });
  }
  const parsed = parseRuleFile(file);
  const managed = (await deps.history.managedNodes()).has(node);
  return {
    revision: snapshot.revision,
    rule: {
      ...parsed.ref,
      valid: parsed.problem === undefined,
      ...(parsed.problem ? { problem: parsed.problem.message } : {}),
      managed,
      mtime: file.mtime > 0 ? new Date(file.mtime).toISOString() : null,
    },
    text: file.text,
    parsed:
      parsed.ref.kind === 'configurators' && parsed.problem === undefined
        ? { configurators: parsed.configurators.map((c) => ({ url: formatDubboUrl(c.url), ...(c.match ? { match: c.match } : {}) })) }
        : null,
  };
}
