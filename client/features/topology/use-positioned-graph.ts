import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Topology } from '@contract/topology.ts';
import type { LayoutGraph, Point, Positions } from './layout/layout-graph.ts';
import { layoutGraphKey } from './layout/layout-graph.ts';
import { createLayoutRunner, LayoutSuperseded } from './layout/layout-runner.ts';
import type { LayoutRunner } from './layout/layout-runner.ts';
import { planPositions } from './layout/stable-positions.ts';
import { topologyLayoutGraph } from './topology-layout-graph.ts';

export type PositionedGraph = {
  positions: Positions | undefined;
  /** Bumps on every full (ELK) layout: the canvas fits the view to it. */
  generation: number;
  /** A full layout is running in the worker. */
  layingOut: boolean;
  lastLayoutMs: number | undefined;
  error: Error | undefined;
  /** Positions the operator dragged nodes to; they stay until a full relayout. */
  move: (moves: Readonly<Record<string, Point>>) => void;
};

/**
 * Positions for a live topology: the graph's structure (not its badges) decides when anything moves;
 * small changes are placed around what stays (stable-positions.ts), big ones go to the ELK worker.
 */
export function usePositionedGraph(topology: Topology | undefined): PositionedGraph {
  const graph = useStructure(topology);
  const [runner, setRunner] = useState<LayoutRunner>();
  const latest = useRef<Positions | undefined>(undefined);
  const [state, setState] = useState<Omit<PositionedGraph, 'move'>>({
    positions: undefined,
    generation: 0,
    layingOut: false,
    lastLayoutMs: undefined,
    error: undefined,
  });

  useEffect(() => {
    const created = createLayoutRunner();
    setRunner(created);
    return () => created.dispose();
  }, []);

  useEffect(() => {
    if (!graph || !runner) return;
    const plan = planPositions(latest.current, graph);
    if (plan.kind === 'incremental') {
      latest.current = plan.positions;
      setState((s) => ({ ...s, positions: plan.positions, error: undefined }));
      return;
    }
    let current = true;
    setState((s) => ({ ...s, layingOut: true }));
    runner.layout(graph).then(
      ({ positions, ms }) => {
        if (!current) return;
        latest.current = positions;
        performance.measure?.('topology:layout', { start: performance.now() - ms, duration: ms });
        setState((s) => ({ positions, generation: s.generation + 1, layingOut: false, lastLayoutMs: ms, error: undefined }));
      },
      (error: unknown) => {
        if (!current || error instanceof LayoutSuperseded) return;
        setState((s) => ({ ...s, layingOut: false, error: error instanceof Error ? error : new Error(String(error)) }));
      },
    );
    return () => {
      current = false;
    };
  }, [graph, runner]);

  const move = useCallback((moves: Readonly<Record<string, Point>>) => {
    const next = { ...latest.current, ...moves };
    latest.current = next;
    setState((s) => ({ ...s, positions: next }));
  }, []);

  return { ...state, move };
}

/** The layout graph, kept identical while the structure (ids, sizes) stays the same. */
function useStructure(topology: Topology | undefined): LayoutGraph | undefined {
  const kept = useRef<{ key: string; graph: LayoutGraph } | undefined>(undefined);
  return useMemo(() => {
    if (!topology) return undefined;
    const graph = topologyLayoutGraph(topology);
    const key = layoutGraphKey(graph);
    if (kept.current?.key !== key) kept.current = { key, graph };
    return kept.current.graph;
  }, [topology]);
}
