import type { TopologyEdge } from '@contract/topology.ts';

export type Neighbourhood = { readonly nodes: ReadonlySet<string>; readonly edges: ReadonlySet<string> };

export const noNeighbourhood: Neighbourhood = { nodes: new Set(), edges: new Set() };

/** A node, the nodes one edge away (either direction) and those edges: what lights up on selection. */
export function neighbourhoodOf(edges: readonly Pick<TopologyEdge, 'id' | 'source' | 'target'>[], id: string | undefined): Neighbourhood {
  if (!id) return noNeighbourhood;
  const nodes = new Set([id]);
  const lit = new Set<string>();
  for (const edge of edges) {
    if (edge.source !== id && edge.target !== id) continue;
    lit.add(edge.id);
    nodes.add(edge.source);
    nodes.add(edge.target);
  }
  return { nodes, edges: lit };
}
