import type { LayoutGraph, Positions } from './layout-graph.ts';

/** What crosses the worker boundary (structured clone: plain data only). */
export type LayoutRequest = { id: number; graph: LayoutGraph };
export type LayoutResponse = { id: number; ok: true; positions: Positions; ms: number } | { id: number; ok: false; message: string };
