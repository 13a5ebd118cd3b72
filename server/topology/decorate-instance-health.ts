/**
 * Health step: corrects the base graph's "everything registered is up" with the effective state
 * rules give each provider instance. An application instance is up unless it is disabled for
 * every service it provides (consumer-only instances are up); it counts as a disabled instance
 * when it is disabled for at least one. Touches only the instances, disabled and providers fields.
 */
import type { ApplicationNode, ServiceNode, TopologyNode } from '../contract/topology.ts';
import type { GraphDecorator } from './build-base-graph.ts';
import { providerFacts, type ProviderFact } from './provider-facts.ts';

export const decorateInstanceHealth: GraphDecorator = (graph, snapshot) => {
  const facts = providerFacts(snapshot);
  const healthOf = (node: TopologyNode): TopologyNode =>
    node.kind === 'application'
      ? applicationHealth(node, facts.byApplication.get(node.label) ?? [])
      : serviceHealth(node, facts.byService.get(node.key) ?? []);
  return { ...graph, nodes: graph.nodes.map(healthOf) };
};

function applicationHealth(node: ApplicationNode, facts: readonly ProviderFact[]): ApplicationNode {
  if (facts.length === 0) return node;
  const byAddress = new Map<string, { services: number; disabled: number }>();
  for (const fact of facts) {
    const counts = byAddress.get(fact.address) ?? { services: 0, disabled: 0 };
    counts.services += 1;
    if (!fact.enabled) counts.disabled += 1;
    byAddress.set(fact.address, counts);
  }
  let disabled = 0;
  let down = 0;
  for (const counts of byAddress.values()) {
    if (counts.disabled > 0) disabled += 1;
    if (counts.disabled === counts.services) down += 1;
  }
  const total = node.instances.total;
  return { ...node, instances: { up: Math.max(0, total - down), total }, disabledInstances: disabled };
}

function serviceHealth(node: ServiceNode, facts: readonly ProviderFact[]): ServiceNode {
  const enabled = facts.filter((f) => f.enabled).length;
  return {
    ...node,
    providers: { enabled, total: facts.length },
    disabledProviders: facts.length - enabled,
    noProviders: facts.length === 0,
  };
}
