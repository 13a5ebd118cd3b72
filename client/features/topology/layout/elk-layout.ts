/**
 * Layered, left-to-right layout of the call graph with ELK: callers on the left, the services and
 * applications they call to the right. A pure function of the graph and an ELK instance (injected,
 * so the worker, the main-thread fallback and the unit tests each bring their own; never a
 * module-level graph that would remember deleted nodes). Equal graphs give equal positions.
 */
import type { ELK, ElkNode, LayoutOptions } from 'elkjs/lib/elk-api';
import type { LayoutGraph, Positions } from './layout-graph.ts';

/**
 * ELK's layered algorithm is superlinear in nodes × layers; at fleet scale the defaults take tens of
 * seconds. Measured on 500 applications / 2,000 calls (test/bench/topology-bench.ts): defaults 16–25 s,
 * thoroughness 1 → 9 s, without model order → 4 s, simple node placement → 1.5 s. Small graphs keep
 * the careful settings (fewer crossings, straighter edges, server order kept).
 */
function qualityOptions(nodeCount: number): LayoutOptions {
  if (nodeCount <= 60) {
    return { 'elk.layered.thoroughness': '7', 'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES', 'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF' };
  }
  if (nodeCount <= 200) {
    return { 'elk.layered.thoroughness': '3', 'elk.layered.considerModelOrder.strategy': 'NONE', 'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF' };
  }
  return { 'elk.layered.thoroughness': '1', 'elk.layered.considerModelOrder.strategy': 'NONE', 'elk.layered.nodePlacement.strategy': 'SIMPLE' };
}

export function elkOptions(nodeCount: number): LayoutOptions {
  return {
    ...qualityOptions(nodeCount),
    'elk.algorithm': 'layered',
    'elk.direction': 'RIGHT',
    'elk.spacing.nodeNode': '30',
    'elk.layered.spacing.nodeNodeBetweenLayers': '84',
    'elk.spacing.componentComponent': '56',
    'elk.separateConnectedComponents': 'true',
    // We draw our own curves; ELK's routes would only cost time.
    'elk.edgeRouting': 'POLYLINE',
  };
}

/** The ELK input for a graph; edges whose ends are missing are left out (ELK throws on them). */
export function toElkGraph(graph: LayoutGraph): ElkNode {
  const ids = new Set(graph.nodes.map((node) => node.id));
  return {
    id: 'root',
    layoutOptions: elkOptions(graph.nodes.length),
    children: graph.nodes.map((node) => ({ id: node.id, width: node.width, height: node.height })),
    edges: graph.edges
      .filter((edge) => edge.source !== edge.target && ids.has(edge.source) && ids.has(edge.target))
      .map((edge) => ({ id: edge.id, sources: [edge.source], targets: [edge.target] })),
  };
}

export async function elkLayout(graph: LayoutGraph, elk: Pick<ELK, 'layout'>): Promise<Positions> {
  if (graph.nodes.length === 0) return {};
  const laidOut = await elk.layout(toElkGraph(graph));
  const positions: Record<string, { x: number; y: number }> = {};
  for (const child of laidOut.children ?? []) {
    positions[child.id] = { x: Math.round(child.x ?? 0), y: Math.round(child.y ?? 0) };
  }
  return positions;
}
