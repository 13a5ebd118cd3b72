import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Topology } from '@contract/topology.ts';
import type { LayoutGraph, Point, Positions } from './layout/layout-graph.ts';
import { layoutGraphKey } from './layout/layout-graph.ts';
import { createLayoutRunner, LayoutSuperseded } from './layout/layout-runner.ts';
import type { LayoutRunner, LayoutRunnerOptions } from './layout/layout-runner.ts';
import { simpleLayout } from './layout/simple-layout.ts';
import { planPositions } from './layout/stable-positions.ts';
import { topologyLayoutGraph } from './topology-layout-graph.ts';

export type PositionedGraph = {
  positions: Positions | undefined;
  /** Bumps on every full placement (the quick one, then ELK's): the canvas fits the view to it. */
  generation: number;
  /** A full layout is running in the worker. */
  layingOut: boolean;
  /** The positions on screen are the quick layered placement, shown while ELK works. */
  provisional: boolean;
  /** ELK ran past its time limit: the quick placement stays. */
  fallback: boolean;
  lastLayoutMs: number | undefined;
  error: Error | undefined;
  /** Positions the operator dragged nodes to; they stay until a full relayout. */
  move: (moves: Readonly<Record<string, Point>>) => void;
};

/**
 * Positions for a live topology: the graph's structure (not its badges) decides when anything moves;
 * small changes are placed around what stays (stable-positions.ts), big ones go to the ELK worker.
 * While ELK works, a quick layered placement (simple-layout.ts, synchronous) is on screen, so the
 * graph appears as soon as it is fetched; ELK's answer then replaces it (or, past the runner's time
 * limit, the quick placement stays).
 */
export function usePositionedGraph(topology: Topology | undefined, options: LayoutRunnerOptions = {}): PositionedGraph {
  const graph = useStructure(topology);
  const runner = useRef<LayoutRunner | undefined>(undefined);
  const latest = useRef<Positions | undefined>(undefined);
  const timeLimitMs = options.timeLimitMs;
  const [state, setState] = useState<Omit<PositionedGraph, 'move'>>({
    positions: undefined,
    generation: 0,
    layingOut: false,
    provisional: false,
    fallback: false,
    lastLayoutMs: undefined,
    error: undefined,
  });

  useEffect(
    () => () => {
      runner.current?.dispose();
      runner.current = undefined;
    },
    [],
  );

  useEffect(() => {
    if (!graph) return;
    const plan = planPositions(latest.current, graph);
    if (plan.kind === 'incremental') {
      latest.current = plan.positions;
      setState((s) => ({ ...s, positions: plan.positions, error: undefined }));
      return;
    }
    let current = true;
    const quick = simpleLayout(graph);
    latest.current = quick;
    setState((s) => ({ ...s, positions: quick, generation: s.generation + 1, layingOut: true, provisional: true, fallback: false, error: undefined }));
    runner.current ??= createLayoutRunner(timeLimitMs === undefined ? {} : { timeLimitMs });
    runner.current.layout(graph).then(
      ({ positions, ms, fallback }) => {
        if (!current) return;
        if (fallback) {
          setState((s) => ({ ...s, layingOut: false, provisional: false, fallback: true, lastLayoutMs: ms }));
          return;
        }
        latest.current = positions;
        performance.measure?.('topology:layout', { start: performance.now() - ms, duration: ms });
        setState((s) => ({ positions, generation: s.generation + 1, layingOut: false, provisional: false, fallback: false, lastLayoutMs: ms, error: undefined }));
      },
      (error: unknown) => {
        if (!current || error instanceof LayoutSuperseded) return;
        // The quick placement stays on screen; say why it is not the usual layout.
        setState((s) => ({ ...s, layingOut: false, provisional: false, error: error instanceof Error ? error : new Error(String(error)) }));
      },
    );
    return () => {
      current = false;
    };
  }, [graph, timeLimitMs]);

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
