/**
 * The shape the layout works on: boxes and the edges between them, nothing about what they mean.
 * Positions are the top-left corner of each box, in the canvas' coordinates (React Flow's default
 * node origin), so they can be handed to React Flow as they are.
 */
export type LayoutNode = { readonly id: string; readonly width: number; readonly height: number };
export type LayoutEdge = { readonly id: string; readonly source: string; readonly target: string };
export type LayoutGraph = { readonly nodes: readonly LayoutNode[]; readonly edges: readonly LayoutEdge[] };

export type Point = { readonly x: number; readonly y: number };
/** Node id → top-left corner. A plain record so it crosses the worker boundary unchanged. */
export type Positions = Readonly<Record<string, Point>>;

/** Identifies a graph's structure (ids and sizes, not badges): equal keys need no new layout. */
export function layoutGraphKey(graph: LayoutGraph): string {
  const nodes = graph.nodes.map((n) => `${n.id}:${n.width}x${n.height}`).join('|');
  const edges = graph.edges.map((e) => e.id).join('|');
  return `${nodes}#${edges}`;
}
