/**
 * Keeps the picture still while the registry changes under it. Nodes that stay keep their position
 * (including where the operator dragged them); a few new nodes are placed next to their neighbours
 * (right of their callers, left of their callees) without overlapping anything; only when the graph
 * changed a lot — or there is nothing to keep — does the caller run a full ELK layout. Pure.
 */
import type { LayoutGraph, LayoutNode, Point, Positions } from './layout-graph.ts';

export type PositionPlan = { kind: 'full' } | { kind: 'incremental'; positions: Positions; placed: readonly string[] };

export type StabilityOptions = {
  /** Share of nodes added or removed (of the larger graph) beyond which a full layout reads better. */
  maxChurn: number;
  /** Changes up to this many nodes are always incremental, whatever the share (small graphs). */
  alwaysIncremental: number;
  gapX: number;
  gapY: number;
};

export const defaultStability: StabilityOptions = { maxChurn: 0.3, alwaysIncremental: 2, gapX: 84, gapY: 30 };

type Rect = { x: number; y: number; width: number; height: number };

export function planPositions(
  previous: Positions | undefined,
  next: LayoutGraph,
  options: StabilityOptions = defaultStability,
): PositionPlan {
  if (!previous) return { kind: 'full' };
  const kept = next.nodes.filter((node) => previous[node.id] !== undefined);
  if (kept.length === 0) return next.nodes.length === 0 ? { kind: 'incremental', positions: {}, placed: [] } : { kind: 'full' };
  const added = next.nodes.length - kept.length;
  const removed = Object.keys(previous).length - kept.length;
  const churn = (added + removed) / Math.max(next.nodes.length, Object.keys(previous).length);
  if (added + removed > options.alwaysIncremental && churn > options.maxChurn) return { kind: 'full' };

  const positions: Record<string, Point> = {};
  const rects: Rect[] = [];
  for (const node of kept) {
    const at = previous[node.id]!;
    positions[node.id] = at;
    rects.push({ ...at, width: node.width, height: node.height });
  }
  const placed = placeNewNodes(next, positions, rects, options);
  return { kind: 'incremental', positions, placed };
}

/** Places every node without a position, neighbours first, and answers their ids in placing order. */
function placeNewNodes(graph: LayoutGraph, positions: Record<string, Point>, rects: Rect[], options: StabilityOptions): string[] {
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  let pending = graph.nodes.filter((node) => positions[node.id] === undefined);
  const placed: string[] = [];
  // Nodes whose neighbours are placed go first; a chain of new nodes grows out of the kept graph.
  while (pending.length > 0) {
    const ready = pending.filter((node) => hasPlacedNeighbour(graph, node.id, positions));
    const batch = ready.length > 0 ? ready : pending.slice(0, 1);
    for (const node of batch) {
      const wanted = ready.length > 0 ? besideNeighbours(graph, node, positions, byId, options) : belowEverything(rects, options);
      const at = freeSpot({ ...wanted, width: node.width, height: node.height }, rects, options.gapY);
      positions[node.id] = at;
      rects.push({ ...at, width: node.width, height: node.height });
      placed.push(node.id);
    }
    const done = new Set(batch.map((node) => node.id));
    pending = pending.filter((node) => !done.has(node.id));
  }
  return placed;
}

function hasPlacedNeighbour(graph: LayoutGraph, id: string, positions: Record<string, Point>): boolean {
  return graph.edges.some(
    (edge) => (edge.target === id && positions[edge.source] !== undefined) || (edge.source === id && positions[edge.target] !== undefined),
  );
}

/** Right of the callers, left of the callees, at their mean height; between both when it has both. */
function besideNeighbours(
  graph: LayoutGraph,
  node: LayoutNode,
  positions: Record<string, Point>,
  byId: Map<string, LayoutNode>,
  options: StabilityOptions,
): Point {
  const callers: Rect[] = [];
  const callees: Rect[] = [];
  for (const edge of graph.edges) {
    if (edge.target === node.id && edge.source !== node.id) pushRect(callers, edge.source, positions, byId);
    if (edge.source === node.id && edge.target !== node.id) pushRect(callees, edge.target, positions, byId);
  }
  const xs: number[] = [];
  if (callers.length > 0) xs.push(Math.max(...callers.map((r) => r.x + r.width)) + options.gapX);
  if (callees.length > 0) xs.push(Math.min(...callees.map((r) => r.x)) - options.gapX - node.width);
  const around = [...callers, ...callees];
  const centreY = around.reduce((sum, r) => sum + r.y + r.height / 2, 0) / around.length;
  return { x: Math.round(mean(xs)), y: Math.round(centreY - node.height / 2) };
}

function pushRect(into: Rect[], id: string, positions: Record<string, Point>, byId: Map<string, LayoutNode>): void {
  const at = positions[id];
  const node = byId.get(id);
  if (at && node) into.push({ ...at, width: node.width, height: node.height });
}

function belowEverything(rects: readonly Rect[], options: StabilityOptions): Point {
  if (rects.length === 0) return { x: 0, y: 0 };
  return { x: Math.min(...rects.map((r) => r.x)), y: Math.max(...rects.map((r) => r.y + r.height)) + options.gapY * 2 };
}

/** The nearest free spot in the same column: tries below, above, further below, further above… */
function freeSpot(wanted: Rect, rects: readonly Rect[], gap: number): Point {
  const step = wanted.height + gap;
  for (let i = 0; i < 400; i += 1) {
    const offset = i === 0 ? 0 : Math.ceil(i / 2) * step * (i % 2 === 1 ? 1 : -1);
    const candidate = { ...wanted, y: wanted.y + offset };
    if (!rects.some((r) => overlaps(candidate, r, gap))) return { x: candidate.x, y: candidate.y };
  }
  return { x: wanted.x, y: wanted.y + 400 * step };
}

function overlaps(a: Rect, b: Rect, gap: number): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}
