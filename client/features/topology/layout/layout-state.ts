/**
 * The topology's placement as a state machine, pure: which positions are on screen and whether a
 * full (ELK) layout is still coming. A graph change is placed around what stays (stable-positions.ts)
 * or asks for a full layout; while one runs, the quick layered placement is on screen. An answer for
 * a graph that has since changed is not thrown away: the new graph is placed around ELK's positions,
 * so the picture always ends in a settled state (never "arranging" forever).
 */
import type { LayoutGraph, Point, Positions } from './layout-graph.ts';
import { simpleLayout } from './simple-layout.ts';
import { planPositions } from './stable-positions.ts';

type Placed = {
  positions: Positions;
  /** Bumps on every full placement (the quick one, then ELK's): the canvas fits the view to it. */
  generation: number;
  /** The graph these positions are for. */
  graph: LayoutGraph;
};

export type LayoutState =
  | { kind: 'empty' }
  /** The quick placement (or one grown from it) is on screen while ELK lays out `job`. */
  | (Placed & { kind: 'arranging'; job: LayoutGraph })
  /** ELK's positions, plus whatever was placed around them since. */
  | (Placed & { kind: 'settled'; ms: number | undefined })
  /** ELK ran past its time limit: the quick placement stays. */
  | (Placed & { kind: 'fallback'; ms: number })
  /** The layout failed: the quick placement stays, with the reason. */
  | (Placed & { kind: 'failed'; error: Error });

export type LayoutEvent =
  | { type: 'graph'; graph: LayoutGraph }
  | { type: 'answer'; job: LayoutGraph; positions: Positions; ms: number }
  | { type: 'fallback'; job: LayoutGraph; ms: number }
  | { type: 'failed'; job: LayoutGraph; error: Error }
  | { type: 'moved'; moves: Readonly<Record<string, Point>> };

export const emptyLayout: LayoutState = { kind: 'empty' };

/** The graph a full layout must be run for after this transition, if any (the caller starts it). */
export function pendingJob(before: LayoutState, after: LayoutState): LayoutGraph | undefined {
  if (after.kind !== 'arranging') return undefined;
  return before.kind === 'arranging' && before.job === after.job ? undefined : after.job;
}

export function nextLayout(state: LayoutState, event: LayoutEvent): LayoutState {
  switch (event.type) {
    case 'graph':
      return graphChanged(state, event.graph);
    case 'answer':
      return isCurrentJob(state, event.job) ? placeAround(state, event.positions, event.ms) : state;
    case 'fallback':
      return isCurrentJob(state, event.job) ? { kind: 'fallback', positions: state.positions, generation: state.generation, graph: state.graph, ms: event.ms } : state;
    case 'failed':
      return isCurrentJob(state, event.job) ? { kind: 'failed', positions: state.positions, generation: state.generation, graph: state.graph, error: event.error } : state;
    case 'moved':
      return state.kind === 'empty' ? state : { ...state, positions: { ...state.positions, ...event.moves } };
  }
}

function graphChanged(state: LayoutState, graph: LayoutGraph): LayoutState {
  if (state.kind !== 'empty' && state.graph === graph) return state;
  if (graph.nodes.length === 0) return { kind: 'settled', positions: {}, generation: state.kind === 'empty' ? 0 : state.generation, graph, ms: undefined };
  const plan = planPositions(state.kind === 'empty' ? undefined : state.positions, graph);
  if (plan.kind === 'incremental' && state.kind !== 'empty') return { ...state, positions: plan.positions, graph };
  if (plan.kind === 'incremental') return { kind: 'settled', positions: plan.positions, generation: 0, graph, ms: undefined };
  const generation = state.kind === 'empty' ? 1 : state.generation + 1;
  return { kind: 'arranging', positions: simpleLayout(graph), generation, graph, job: graph };
}

/** ELK answered for `job`; the graph on screen may have grown or shrunk since. */
function placeAround(state: Extract<LayoutState, { kind: 'arranging' }>, positions: Positions, ms: number): LayoutState {
  const generation = state.generation + 1;
  if (state.graph === state.job) return { kind: 'settled', positions, generation, graph: state.graph, ms };
  const plan = planPositions(positions, state.graph);
  if (plan.kind === 'incremental') return { kind: 'settled', positions: plan.positions, generation, graph: state.graph, ms };
  // The graph changed too much while ELK worked on the old one: lay out the current one.
  return { ...state, job: state.graph };
}

function isCurrentJob(state: LayoutState, job: LayoutGraph): state is Extract<LayoutState, { kind: 'arranging' }> {
  return state.kind === 'arranging' && state.job === job;
}
