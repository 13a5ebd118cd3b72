import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Topology } from '@contract/topology.ts';
import type { LayoutGraph, Point } from './layout/layout-graph.ts';
import { layoutGraphKey } from './layout/layout-graph.ts';
import { createLayoutRunner, LayoutSuperseded } from './layout/layout-runner.ts';
import type { LayoutRunner, LayoutRunnerOptions } from './layout/layout-runner.ts';
import { emptyLayout, nextLayout, pendingJob } from './layout/layout-state.ts';
import type { LayoutEvent, LayoutState } from './layout/layout-state.ts';
import { topologyLayoutGraph } from './topology-layout-graph.ts';

export type PositionedGraph = {
  layout: LayoutState;
  /** Positions the operator dragged nodes to; they stay until a full relayout. */
  move: (moves: Readonly<Record<string, Point>>) => void;
};

/**
 * Positions for a live topology: the graph's structure (not its badges) decides when anything moves.
 * The decisions are layout-state.ts's; this hook only feeds it the graph, runs the full layouts it
 * asks for in the worker and feeds their answers back.
 */
export function usePositionedGraph(topology: Topology | undefined, options: LayoutRunnerOptions = {}): PositionedGraph {
  const graph = useStructure(topology);
  const runner = useRef<LayoutRunner | undefined>(undefined);
  const current = useRef<LayoutState>(emptyLayout);
  const [layout, setLayout] = useState<LayoutState>(emptyLayout);
  const timeLimitMs = options.timeLimitMs;

  // Every transition goes through here, synchronously against the latest state (a ref, so two
  // events in one tick see each other), and starts the full layout the new state asks for.
  const dispatch = useCallback(
    (event: LayoutEvent) => {
      const before = current.current;
      const after = nextLayout(before, event);
      if (after === before) return;
      current.current = after;
      setLayout(after);
      const job = pendingJob(before, after);
      if (!job) return;
      runner.current ??= createLayoutRunner(timeLimitMs === undefined ? {} : { timeLimitMs });
      runner.current.layout(job).then(
        ({ positions, ms, fallback }) => {
          if (fallback) return dispatch({ type: 'fallback', job, ms });
          performance.measure?.('topology:layout', { start: performance.now() - ms, duration: ms });
          dispatch({ type: 'answer', job, positions, ms });
        },
        (error: unknown) => {
          if (error instanceof LayoutSuperseded) return;
          dispatch({ type: 'failed', job, error: error instanceof Error ? error : new Error(String(error)) });
        },
      );
    },
    [timeLimitMs],
  );

  useEffect(
    () => () => {
      runner.current?.dispose();
      runner.current = undefined;
    },
    [],
  );

  useEffect(() => {
    if (graph) dispatch({ type: 'graph', graph });
  }, [graph, dispatch]);

  const move = useCallback((moves: Readonly<Record<string, Point>>) => dispatch({ type: 'moved', moves }), [dispatch]);
  return { layout, move };
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
