import { describe, expect, it } from 'vitest';
import type { LayoutGraph, Positions } from '../../../client/features/topology/layout/layout-graph.ts';
import { emptyLayout, nextLayout, pendingJob } from '../../../client/features/topology/layout/layout-state.ts';
import type { LayoutEvent, LayoutState } from '../../../client/features/topology/layout/layout-state.ts';
import { simpleLayout } from '../../../client/features/topology/layout/simple-layout.ts';

const box = (id: string) => ({ id, width: 200, height: 60 });
const graph = (ids: string[], edges: [string, string][]): LayoutGraph => ({
  nodes: ids.map(box),
  edges: edges.map(([source, target]) => ({ id: `${source}->${target}`, source, target })),
});

const six = graph(['a', 'b', 'c', 'd', 'e', 'f'], [['a', 'b'], ['c', 'd'], ['e', 'f']]);
const sevenWithG = graph(['a', 'b', 'c', 'd', 'e', 'f', 'g'], [['a', 'b'], ['c', 'd'], ['e', 'f'], ['g', 'b']]);
/** What ELK answers for `six`: clearly different from the quick placement. */
const elkSix: Positions = { a: { x: 12, y: 12 }, b: { x: 328, y: 12 }, c: { x: 12, y: 144 }, d: { x: 328, y: 144 }, e: { x: 12, y: 276 }, f: { x: 328, y: 276 } };

function run(events: LayoutEvent[], from: LayoutState = emptyLayout): { state: LayoutState; jobs: LayoutGraph[] } {
  const jobs: LayoutGraph[] = [];
  let state = from;
  for (const event of events) {
    const next = nextLayout(state, event);
    const job = pendingJob(state, next);
    if (job) jobs.push(job);
    state = next;
  }
  return { state, jobs };
}

describe('the topology layout state', () => {
  it('shows the quick placement at once and asks for one full layout of the first graph', () => {
    const { state, jobs } = run([{ type: 'graph', graph: six }]);
    expect(state).toMatchObject({ kind: 'arranging', generation: 1, positions: simpleLayout(six) });
    expect(jobs).toEqual([six]);
  });

  it("settles on ELK's positions as a new generation when the answer is for the graph on screen", () => {
    const { state } = run([{ type: 'graph', graph: six }, { type: 'answer', job: six, positions: elkSix, ms: 40 }]);
    expect(state).toEqual({ kind: 'settled', positions: elkSix, generation: 2, graph: six, ms: 40 });
  });

  it('keeps settled cards exactly where they are when an application appears, without a new layout', () => {
    const settled = run([{ type: 'graph', graph: six }, { type: 'answer', job: six, positions: elkSix, ms: 40 }]).state;
    const { state, jobs } = run([{ type: 'graph', graph: sevenWithG }], settled);
    expect(jobs).toEqual([]);
    expect(state.kind).toBe('settled');
    if (state.kind !== 'settled') return;
    expect(state.generation).toBe(2);
    for (const [id, at] of Object.entries(elkSix)) expect(state.positions[id]).toEqual(at);
    expect(state.positions['g']).toBeDefined();
  });

  // The race the topology e2e test met: a live change arrives while ELK is still working.
  it('does not stay "arranging" forever when the graph grows while ELK works: it places the newcomer around ELK\'s answer', () => {
    const { state, jobs } = run([
      { type: 'graph', graph: six },
      { type: 'graph', graph: sevenWithG },
      { type: 'answer', job: six, positions: elkSix, ms: 40 },
    ]);
    expect(jobs).toEqual([six]);
    expect(state.kind).toBe('settled');
    if (state.kind !== 'settled') return;
    expect(state.graph).toBe(sevenWithG);
    for (const [id, at] of Object.entries(elkSix)) expect(state.positions[id]).toEqual(at);
    expect(state.positions['g']).toBeDefined();
  });

  it('lays out the current graph again when it changed too much while ELK worked on the old one', () => {
    const other = graph(['x', 'y', 'z'], [['x', 'y']]);
    const { state, jobs } = run([{ type: 'graph', graph: six }, { type: 'graph', graph: other }, { type: 'answer', job: six, positions: elkSix, ms: 40 }]);
    expect(jobs).toEqual([six, other]);
    expect(state).toMatchObject({ kind: 'arranging', job: other, graph: other });
  });

  it('ignores answers for superseded jobs and keeps the quick placement on fallback or failure', () => {
    const other = graph(['x', 'y', 'z'], [['x', 'y']]);
    const arranging = run([{ type: 'graph', graph: six }, { type: 'graph', graph: other }]).state;
    expect(nextLayout(arranging, { type: 'answer', job: six, positions: elkSix, ms: 1 })).toBe(arranging);
    expect(nextLayout(arranging, { type: 'fallback', job: other, ms: 15_000 })).toMatchObject({ kind: 'fallback', positions: simpleLayout(other), ms: 15_000 });
    const error = new Error('worker died');
    expect(nextLayout(arranging, { type: 'failed', job: other, error })).toMatchObject({ kind: 'failed', error, positions: simpleLayout(other) });
  });

  it('keeps dragged positions, and treats an empty graph as settled with nothing to lay out', () => {
    const settled = run([{ type: 'graph', graph: six }, { type: 'answer', job: six, positions: elkSix, ms: 40 }]).state;
    const moved = nextLayout(settled, { type: 'moved', moves: { a: { x: -50, y: 7 } } });
    expect(moved.kind === 'settled' && moved.positions['a']).toEqual({ x: -50, y: 7 });
    const { state, jobs } = run([{ type: 'graph', graph: graph([], []) }]);
    expect(jobs).toEqual([]);
    expect(state).toMatchObject({ kind: 'settled', positions: {} });
  });
});
