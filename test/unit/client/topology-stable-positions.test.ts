import { describe, expect, it } from 'vitest';
import type { LayoutGraph, Positions } from '../../../client/features/topology/layout/layout-graph.ts';
import { defaultStability, planPositions } from '../../../client/features/topology/layout/stable-positions.ts';

const box = (id: string) => ({ id, width: 200, height: 60 });
const edge = (source: string, target: string) => ({ id: `${source}->${target}`, source, target });
const graph = (ids: string[], edges: [string, string][]): LayoutGraph => ({ nodes: ids.map(box), edges: edges.map(([s, t]) => edge(s, t)) });

/** a → b → c in a row, d under b. */
const before: Positions = { a: { x: 0, y: 0 }, b: { x: 310, y: 0 }, c: { x: 620, y: 0 }, d: { x: 310, y: 100 } };

function overlapping(positions: Positions, width = 200, height = 60): string[] {
  const ids = Object.keys(positions);
  const clashes: string[] = [];
  for (const [i, p] of ids.entries()) {
    for (const q of ids.slice(i + 1)) {
      const a = positions[p]!;
      const b = positions[q]!;
      if (a.x < b.x + width && b.x < a.x + width && a.y < b.y + height && b.y < a.y + height) clashes.push(`${p}/${q}`);
    }
  }
  return clashes;
}

describe('planPositions', () => {
  it.each<[string, Positions | undefined, LayoutGraph]>([
    ['nothing laid out yet', undefined, graph(['a'], [])],
    ['nothing stays', before, graph(['x', 'y'], [['x', 'y']])],
    ['half of the graph is new', before, graph(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'], [])],
  ])('asks for a full layout when %s', (_name, previous, next) => {
    expect(planPositions(previous, next)).toEqual({ kind: 'full' });
  });

  it('keeps every staying node exactly where it was, whatever changed around it', () => {
    const plan = planPositions(before, graph(['a', 'b', 'c', 'e'], [['a', 'b'], ['b', 'c'], ['a', 'e']]));
    expect(plan.kind).toBe('incremental');
    if (plan.kind !== 'incremental') return;
    for (const id of ['a', 'b', 'c']) expect(plan.positions[id]).toBe(before[id]);
    expect(plan.positions['d']).toBeUndefined();
    expect(plan.placed).toEqual(['e']);
  });

  it('places a new callee right of its caller, in a free spot', () => {
    const plan = planPositions(before, graph(['a', 'b', 'c', 'd', 'e'], [['a', 'b'], ['b', 'c'], ['a', 'e']]));
    if (plan.kind !== 'incremental') throw new Error('expected an incremental plan');
    const e = plan.positions['e']!;
    expect(e.x).toBe(284); // one column right of a (0 + 200 + gap 84)
    expect(overlapping(plan.positions)).toEqual([]);
  });

  it('places a new caller left of its callee, and a node between both in between', () => {
    const plan = planPositions(before, graph(['a', 'b', 'c', 'd', 'caller', 'middle'], [['caller', 'c'], ['a', 'middle'], ['middle', 'c']]));
    if (plan.kind !== 'incremental') throw new Error('expected an incremental plan');
    expect(plan.positions['caller']!.x).toBe(620 - 84 - 200);
    expect(plan.positions['middle']!.x).toBe(Math.round((0 + 200 + 84 + (620 - 84 - 200)) / 2));
    expect(overlapping(plan.positions)).toEqual([]);
  });

  it('grows chains of new nodes out of the kept graph, and puts loners below it', () => {
    const lenient = { ...defaultStability, maxChurn: 0.5 };
    const plan = planPositions(before, graph(['a', 'b', 'c', 'd', 'n1', 'n2', 'lone'], [['c', 'n1'], ['n1', 'n2']]), lenient);
    if (plan.kind !== 'incremental') throw new Error('expected an incremental plan');
    expect(plan.placed).toEqual(['n1', 'n2', 'lone']);
    expect(plan.positions['n1']!.x).toBeGreaterThan(620);
    expect(plan.positions['n2']!.x).toBeGreaterThan(plan.positions['n1']!.x);
    expect(plan.positions['lone']!.y).toBeGreaterThan(160);
    expect(overlapping(plan.positions)).toEqual([]);
  });

  it('treats removals as changes too, but small ones never relayout', () => {
    const plan = planPositions(before, graph(['a', 'b'], [['a', 'b']]));
    expect(plan).toEqual({ kind: 'incremental', positions: { a: before['a'], b: before['b'] }, placed: [] });
  });

  it('answers the same placement for the same input', () => {
    const next = graph(['a', 'b', 'c', 'd', 'e'], [['b', 'e']]);
    expect(planPositions(before, next)).toEqual(planPositions(before, next));
  });
});
