/**
 * `GET /api/topology` as a pure function of a snapshot: the base graph, decorated by an explicit
 * ordered chain of steps (each corrects some node fields, none adds or removes nodes or edges),
 * memoised per snapshot and level; then narrowed per query (focus, q) and capped. Equal inputs
 * give byte-equal answers: nodes and edges sorted by id, service lists sorted.
 */
import type { Topology, TopologyLevel, TopologyQuery } from '../contract/topology.ts';
import { notFoundError } from '../errors/domain-error.ts';
import type { RegistrySnapshot } from '../registry/registry-snapshot.ts';
import { buildBaseGraph, type GraphDecorator, type TopologyGraph } from './build-base-graph.ts';
import { capGraph, type GraphLimits } from './cap-graph.ts';
import { decorateGovernance } from './decorate-governance.ts';
import { decorateInstanceHealth } from './decorate-instance-health.ts';
import { decorateWarnings } from './decorate-warnings.ts';
import { filterByName, neighbourhood, resolveFocus } from './focus-graph.ts';

/** Order matters only for readability today (each step owns its fields); keep it explicit. */
export const TOPOLOGY_DECORATORS: readonly (readonly [name: string, step: GraphDecorator])[] = [
  ['instance-health', decorateInstanceHealth],
  ['governance', decorateGovernance],
  ['warnings', decorateWarnings],
];

export const TOPOLOGY_LIMITS: GraphLimits = { maxNodes: 2000, maxEdges: 5000 };

const memo = new WeakMap<RegistrySnapshot, Map<TopologyLevel, TopologyGraph>>();

/** The whole decorated graph of one level, computed once per snapshot. */
export function decoratedGraph(snapshot: RegistrySnapshot, level: TopologyLevel): TopologyGraph {
  let byLevel = memo.get(snapshot);
  if (!byLevel) {
    byLevel = new Map();
    memo.set(snapshot, byLevel);
  }
  const cached = byLevel.get(level);
  if (cached) return cached;
  const graph = TOPOLOGY_DECORATORS.reduce((g, [, step]) => step(g, snapshot), buildBaseGraph(snapshot, level));
  byLevel.set(level, graph);
  return graph;
}

/** Throws DomainError FOCUS_NOT_FOUND when `focus` names no application or service. */
export function topologyGraph(snapshot: RegistrySnapshot, query: TopologyQuery, limits: GraphLimits = TOPOLOGY_LIMITS): Topology {
  let graph = decoratedGraph(snapshot, query.level);
  let focusId: string | undefined;
  if (query.focus) {
    const focus = resolveFocus(graph, snapshot, query.focus);
    if (!focus) throw notFoundError('FOCUS_NOT_FOUND', `No application or service ${query.focus} in the registry`, { focus: query.focus });
    focusId = focus.id;
    graph = neighbourhood(graph, focus, query.depth);
  }
  if (query.q) graph = filterByName(graph, query.q);
  const capped = capGraph(graph, limits);
  return {
    revision: snapshot.revision,
    level: query.level,
    ...(focusId === undefined ? {} : { focus: focusId }),
    nodes: [...capped.graph.nodes],
    edges: [...capped.graph.edges],
    totals: { nodes: graph.nodes.length, edges: graph.edges.length },
    limits: { maxNodes: limits.maxNodes, maxEdges: limits.maxEdges },
    truncated: capped.truncated,
  };
}
