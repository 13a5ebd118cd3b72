/**
 * Where the rule for a governance target lives and what its YAML `key` says (dubbo-format.md §1.2, §1.3,
 * §9.1): the node name uses the colon rule key `iface:version:group`, the YAML `key` the service key
 * `[group/]iface[:version]` — mixing them up silently breaks Dubbo 3.2+. Application scope uses the name.
 */
import { parseServiceKey, ruleKeyOf } from '../dubbo/service-key.ts';
import type { RuleTarget } from '../contract/rule-target.ts';

export interface RuleNode {
  /** Child name under `/<root>/config/dubbo/`. */
  readonly node: string;
  readonly path: string;
  /** The YAML `scope`. */
  readonly scope: 'service' | 'application';
  /** The YAML `key`. */
  readonly key: string;
}

export const CONFIGURATORS_SUFFIX = '.configurators';

/** `/<root>/config/dubbo`: governance rules are always read from group `dubbo` (§1.3). */
export function ruleFolder(root: string): string {
  return `${root === '/' ? '' : root}/config/dubbo`;
}

export function configuratorNode(root: string, target: RuleTarget): RuleNode {
  const name =
    target.scope === 'service' ? ruleKeyOf(parseServiceKey(target.serviceKey)) : target.application;
  const node = `${name}${CONFIGURATORS_SUFFIX}`;
  return {
    node,
    path: `${ruleFolder(root)}/${node}`,
    scope: target.scope,
    key: target.scope === 'service' ? target.serviceKey : target.application,
  };
}

/** The target a rule node's YAML scope and key name. */
export function targetOfRuleNode(rule: RuleNode): RuleTarget {
  return rule.scope === 'service' ? { scope: 'service', serviceKey: rule.key } : { scope: 'application', application: rule.key };
}
