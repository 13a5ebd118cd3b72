/**
 * Caps an answer so a browser can lay it out: past `maxNodes`, the best-connected nodes stay
 * (degree, then id, so the cut is deterministic); past `maxEdges`, the edges carrying most
 * services. Kept edges always join kept nodes; input order (sorted by id) is preserved.
 */
import type { TopologyGraph } from './build-base-graph.ts';

export interface GraphLimits {
  readonly maxNodes: number;
  readonly maxEdges: number;
}

export function capGraph(graph: TopologyGraph, limits: GraphLimits): { graph: TopologyGraph; truncated: boolean } {
  if (graph.nodes.length <= limits.maxNodes && graph.edges.length <= limits.maxEdges) return { graph, truncated: false };
  let nodes = graph.nodes;
  if (nodes.length > limits.maxNodes) {
    const degree = new Map<string, number>();
    for (const e of graph.edges) {
      degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
      degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
    }
    const ranked = [...nodes].sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || (a.id < b.id ? -1 : 1));
    const kept = new Set(ranked.slice(0, limits.maxNodes).map((n) => n.id));
    nodes = nodes.filter((n) => kept.has(n.id));
  }
  const ids = new Set(nodes.map((n) => n.id));
  let edges = graph.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  if (edges.length > limits.maxEdges) {
    const ranked = [...edges].sort((a, b) => b.serviceCount - a.serviceCount || (a.id < b.id ? -1 : 1));
    const kept = new Set(ranked.slice(0, limits.maxEdges).map((e) => e.id));
    edges = edges.filter((e) => kept.has(e.id));
  }
  return { graph: { ...graph, nodes, edges }, truncated: true };
}
