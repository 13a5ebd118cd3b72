import type { Topology } from '@contract/topology.ts';
import type { LayoutGraph } from './layout/layout-graph.ts';
import { nodeSize } from './node-size.ts';

/** The boxes and arrows of a topology answer, for the layout. */
export function topologyLayoutGraph(topology: Pick<Topology, 'nodes' | 'edges'>): LayoutGraph {
  return {
    nodes: topology.nodes.map((node) => ({ id: node.id, ...nodeSize(node) })),
    edges: topology.edges.map((edge) => ({ id: edge.id, source: edge.source, target: edge.target })),
  };
}
