/**
 * Narrowing a whole graph to what an operator asked for: the neighbourhood of a focus within
 * `depth` hops (edges followed both ways), and the `q` name filter (matching nodes, the edges
 * touching them, and the nodes at their other ends). Both return subgraphs: kept edges always
 * join kept nodes, and order is preserved, so sorted input stays sorted.
 */
import type { RegistrySnapshot } from '../registry/registry-snapshot.ts';
import { serviceIndex } from '../registry/service-index.ts';
import { appsOf, applicationNodeId, serviceNodeId, type TopologyGraph } from './build-base-graph.ts';

/** Where a neighbourhood starts: `id` names the focus, `start` the nodes at distance `startDistance`. */
export interface ResolvedFocus {
  readonly id: string;
  readonly start: readonly string[];
  readonly startDistance: 0 | 1;
}

/**
 * A node id, an application name or a service key; undefined when it names nothing. At
 * application level a service is no node: its consumer and provider apps start one hop away.
 */
export function resolveFocus(graph: TopologyGraph, snapshot: RegistrySnapshot, focus: string): ResolvedFocus | undefined {
  const ids = new Set(graph.nodes.map((n) => n.id));
  for (const id of [focus, applicationNodeId(focus), serviceNodeId(focus)]) {
    if (ids.has(id)) return { id, start: [id], startDistance: 0 };
  }
  const key = focus.startsWith('svc:') ? focus.slice(4) : focus;
  const entry = serviceIndex(snapshot).get(key);
  if (!entry) return undefined;
  const { providerApps, consumerApps } = appsOf(entry);
  const start = [...new Set([...consumerApps, ...providerApps])].map(applicationNodeId).filter((id) => ids.has(id));
  return { id: serviceNodeId(key), start, startDistance: 1 };
}

export function neighbourhood(graph: TopologyGraph, focus: ResolvedFocus, depth: number): TopologyGraph {
  const adjacency = adjacencyOf(graph);
  const kept = new Set(focus.start);
  let frontier = [...focus.start];
  for (let hop = focus.startDistance; hop < depth && frontier.length > 0; hop += 1) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const neighbour of adjacency.get(id) ?? []) {
        if (kept.has(neighbour)) continue;
        kept.add(neighbour);
        next.push(neighbour);
      }
    }
    frontier = next;
  }
  return subgraph(graph, kept);
}

export function filterByName(graph: TopologyGraph, q: string): TopologyGraph {
  const needle = q.toLowerCase();
  const matched = new Set(graph.nodes.filter((n) => n.label.toLowerCase().includes(needle)).map((n) => n.id));
  const kept = new Set(matched);
  const edges = graph.edges.filter((e) => matched.has(e.source) || matched.has(e.target));
  for (const edge of edges) {
    kept.add(edge.source);
    kept.add(edge.target);
  }
  return { ...graph, nodes: graph.nodes.filter((n) => kept.has(n.id)), edges };
}

function subgraph(graph: TopologyGraph, kept: ReadonlySet<string>): TopologyGraph {
  return {
    ...graph,
    nodes: graph.nodes.filter((n) => kept.has(n.id)),
    edges: graph.edges.filter((e) => kept.has(e.source) && kept.has(e.target)),
  };
}

const adjacencyMemo = new WeakMap<TopologyGraph, ReadonlyMap<string, readonly string[]>>();

function adjacencyOf(graph: TopologyGraph): ReadonlyMap<string, readonly string[]> {
  const cached = adjacencyMemo.get(graph);
  if (cached) return cached;
  const adjacency = new Map<string, string[]>();
  const link = (from: string, to: string): void => {
    const list = adjacency.get(from);
    if (list) list.push(to);
    else adjacency.set(from, [to]);
  };
  for (const edge of graph.edges) {
    link(edge.source, edge.target);
    link(edge.target, edge.source);
  }
  adjacencyMemo.set(graph, adjacency);
  return adjacency;
}
