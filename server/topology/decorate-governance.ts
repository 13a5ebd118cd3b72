/**
 * Governance step: marks what operators changed by rule. Weight overrides count provider
 * instances whose effective weight differs from the registered one (on any service, counted
 * once per instance). Gray markers come from the application's `<app>.tag-router` rule
 * (dubbo-format.md §5); a service-level node has no gray marker, tag rules are per application.
 */
import type { ApplicationNode, ServiceNode, TopologyNode } from '../contract/topology.ts';
import type { GraphDecorator } from './build-base-graph.ts';
import { providerFacts, type ProviderFact } from './provider-facts.ts';
import { grayTagsOf } from './gray-tags.ts';

export const decorateGovernance: GraphDecorator = (graph, snapshot) => {
  const facts = providerFacts(snapshot);
  const governanceOf = (node: TopologyNode): TopologyNode =>
    node.kind === 'service'
      ? serviceGovernance(node, facts.byService.get(node.key) ?? [])
      : applicationGovernance(node, facts.byApplication.get(node.label) ?? [], grayTagsOf(snapshot, node.label));
  return { ...graph, nodes: graph.nodes.map(governanceOf) };
};

function applicationGovernance(node: ApplicationNode, facts: readonly ProviderFact[], grayTags: readonly string[]): ApplicationNode {
  return { ...node, weightOverrides: overriddenAddresses(facts), grayRelease: grayTags.length > 0, grayTags: [...grayTags] };
}

function serviceGovernance(node: ServiceNode, facts: readonly ProviderFact[]): ServiceNode {
  return { ...node, weightOverrides: overriddenAddresses(facts) };
}

function overriddenAddresses(facts: readonly ProviderFact[]): number {
  const addresses = new Set<string>();
  for (const fact of facts) if (fact.weight !== fact.registeredWeight) addresses.add(fact.address);
  return addresses.size;
}
