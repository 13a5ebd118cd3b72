/**
 * A quick layered placement, computed synchronously in well under a frame for fleet-sized graphs:
 * column = longest-path rank from the callers (cycles broken by taking the node with the fewest
 * unplaced callers), rows ordered by the mean height of each node's callers (one barycentre sweep).
 * Shown while ELK works in the worker, and kept when ELK runs past its time limit (a deep ring can
 * take minutes). Same spacing as elk-layout.ts, so the switch to ELK's answer reads as a refinement.
 * Pure and deterministic: equal graphs give equal positions.
 */
import type { LayoutGraph, Point, Positions } from './layout-graph.ts';

const GAP_X = 84;
const GAP_Y = 30;

export function simpleLayout(graph: LayoutGraph): Positions {
  const count = graph.nodes.length;
  if (count === 0) return {};
  const index = new Map(graph.nodes.map((node, i) => [node.id, i]));
  const out: number[][] = graph.nodes.map(() => []);
  const ins: number[][] = graph.nodes.map(() => []);
  const waiting = new Int32Array(count);
  for (const edge of graph.edges) {
    const from = index.get(edge.source);
    const to = index.get(edge.target);
    if (from === undefined || to === undefined || from === to) continue;
    out[from]!.push(to);
    ins[to]!.push(from);
    waiting[to]! += 1;
  }

  // Longest-path ranks (Kahn's order); when only cycles remain, release the least-blocked node.
  const rank = new Int32Array(count);
  const done = new Uint8Array(count);
  const queue: number[] = [];
  for (let i = 0; i < count; i += 1) if (waiting[i] === 0) queue.push(i);
  let head = 0;
  let placed = 0;
  while (placed < count) {
    if (head === queue.length) {
      let best = -1;
      for (let i = 0; i < count; i += 1) if (!done[i] && (best < 0 || waiting[i]! < waiting[best]!)) best = i;
      waiting[best] = 0;
      queue.push(best);
    }
    const node = queue[head++]!;
    if (done[node]) continue;
    done[node] = 1;
    placed += 1;
    for (const next of out[node]!) {
      if (done[next]) continue; // a back edge of a cycle
      if (rank[next]! < rank[node]! + 1) rank[next] = rank[node]! + 1;
      waiting[next]! -= 1;
      if (waiting[next] === 0) queue.push(next);
    }
  }

  const columns: number[][] = [];
  for (let i = 0; i < count; i += 1) (columns[rank[i]!] ??= []).push(i);
  const positions: Record<string, Point> = {};
  let x = 0;
  for (const column of columns) {
    if (!column) continue;
    // Barycentre of the callers already placed; nodes without one keep their input order.
    const key = (i: number): number => {
      const callers = ins[i]!.filter((c) => rank[c]! < rank[i]!);
      return callers.length === 0 ? Number.POSITIVE_INFINITY : callers.reduce((sum, c) => sum + positions[graph.nodes[c]!.id]!.y, 0) / callers.length;
    };
    const keyed = column.map((i, order) => ({ i, order, key: key(i) }));
    keyed.sort((a, b) => (a.key === b.key ? a.order - b.order : a.key < b.key ? -1 : 1));
    let y = 0;
    let width = 0;
    keyed.forEach(({ i }) => {
      const node = graph.nodes[i]!;
      positions[node.id] = { x, y };
      y += node.height + GAP_Y;
      width = Math.max(width, node.width);
    });
    // Centre the column on the first one, as a layered layout would.
    const offset = Math.round(-(y - GAP_Y) / 2);
    for (const { i } of keyed) {
      const id = graph.nodes[i]!.id;
      positions[id] = { x: positions[id]!.x, y: positions[id]!.y + offset };
    }
    x += width + GAP_X;
  }
  return positions;
}
