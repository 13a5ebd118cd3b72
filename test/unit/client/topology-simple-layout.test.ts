import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { highlightCss } from '../../../client/features/topology/highlight-style.ts';
import type { LayoutGraph, Positions } from '../../../client/features/topology/layout/layout-graph.ts';
import { createLayoutRunner } from '../../../client/features/topology/layout/layout-runner.ts';
import { simpleLayout } from '../../../client/features/topology/layout/simple-layout.ts';
import { neighbourhoodOf, noNeighbourhood } from '../../../client/features/topology/neighbourhood.ts';

const box = (id: string) => ({ id, width: 232, height: 76 });
const edge = (source: string, target: string) => ({ id: `${source}->${target}`, source, target });

function overlapping(graph: LayoutGraph, positions: Positions): string[] {
  const found: string[] = [];
  const nodes = graph.nodes;
  for (let i = 0; i < nodes.length; i += 1) {
    for (let j = i + 1; j < nodes.length; j += 1) {
      const a = { ...positions[nodes[i]!.id]!, ...nodes[i]! };
      const b = { ...positions[nodes[j]!.id]!, ...nodes[j]! };
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) found.push(`${a.id}/${b.id}`);
    }
  }
  return found;
}

describe('simpleLayout (the quick placement shown while ELK runs, and its fallback)', () => {
  it('puts every caller in a column left of what it calls, by longest path', () => {
    const graph: LayoutGraph = {
      nodes: ['gateway', 'order', 'payment', 'stock', 'web'].map(box),
      edges: [edge('gateway', 'order'), edge('web', 'order'), edge('order', 'payment'), edge('order', 'stock'), edge('gateway', 'stock')],
    };
    const positions = simpleLayout(graph);
    expect(Object.keys(positions).sort()).toEqual(['gateway', 'order', 'payment', 'stock', 'web']);
    for (const e of graph.edges) expect(positions[e.source]!.x + 232).toBeLessThan(positions[e.target]!.x);
    expect(positions['stock']!.x).toBe(positions['payment']!.x); // longest path: gateway → order → stock
    expect(overlapping(graph, positions)).toEqual([]);
  });

  it('lays out a deep ring (pathological for ELK) at once, deterministically, without overlaps', () => {
    const nodes = Array.from({ length: 500 }, (_, i) => box(`app-${i}`));
    const edges = nodes.map((_, i) => edge(`app-${i}`, `app-${(i + 1) % 500}`));
    const started = performance.now();
    const positions = simpleLayout({ nodes, edges });
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(Object.keys(positions)).toHaveLength(500);
    expect(simpleLayout({ nodes, edges })).toEqual(positions);
    expect(overlapping({ nodes, edges }, positions)).toEqual([]);
  });

  it('places a fleet of 500 applications and 2,000 calls in milliseconds', () => {
    const nodes = Array.from({ length: 500 }, (_, i) => box(`app-${i}`));
    const edges = nodes.flatMap((_, i) => [3, 11, 17, 29].filter((step) => i + step < 500).map((step) => edge(`app-${i}`, `app-${i + step}`)));
    const started = performance.now();
    const positions = simpleLayout({ nodes, edges });
    expect(performance.now() - started).toBeLessThan(1_000);
    for (const e of edges) expect(positions[e.source]!.x).toBeLessThan(positions[e.target]!.x);
  });

  it('ignores self-calls and edges to unknown nodes, and answers nothing for nothing', () => {
    expect(simpleLayout({ nodes: [], edges: [] })).toEqual({});
    const positions = simpleLayout({ nodes: [box('a')], edges: [edge('a', 'a'), edge('a', 'ghost')] });
    expect(positions).toEqual({ a: { x: 0, y: -38 } });
  });
});

describe('layout runner time limit', () => {
  it('answers the quick placement when ELK takes longer than the limit (main-thread runner)', async () => {
    // No Worker in Node: the runner lays out on the main thread, still bounded by the limit.
    const nodes = Array.from({ length: 40 }, (_, i) => box(`app-${i}`));
    const edges = nodes.map((_, i) => edge(`app-${i}`, `app-${(i + 1) % 40}`));
    const runner = createLayoutRunner({ timeLimitMs: 1 });
    const result = await runner.layout({ nodes, edges });
    expect(result.fallback).toBe(true);
    expect(result.positions).toEqual(simpleLayout({ nodes, edges }));
    runner.dispose();
  }, 60_000);

  it('answers ELK itself within the limit', async () => {
    const graph = { nodes: ['a', 'b'].map(box), edges: [edge('a', 'b')] };
    const result = await createLayoutRunner({ timeLimitMs: 30_000 }).layout(graph);
    expect(result.fallback).toBe(false);
    expect(result.positions['a']!.x).toBeLessThan(result.positions['b']!.x);
    expect(ELK).toBeDefined();
  });
});

describe('highlightCss (selection and hover without re-rendering cards)', () => {
  it('is empty when nothing is lit', () => {
    expect(highlightCss('s1', noNeighbourhood)).toBe('');
  });

  it('dims the rest and lights the neighbourhood by data-id, quoting ids safely', () => {
    const lit = neighbourhoodOf([edge('app:a', 'svc:g/x.Y:1'), edge('app:b', 'app:c')], 'app:a');
    const css = highlightCss('s1', lit);
    expect(css).toContain('[data-lit-scope="s1"] .react-flow__node{opacity:.28}');
    expect(css).toContain('.react-flow__node:is([data-id="app:a"],[data-id="svc:g/x.Y:1"]){opacity:1}');
    expect(css).toContain('.react-flow__edge:is([data-id="app:a->svc:g/x.Y:1"])');
    expect(css).toContain('[data-edge-label="app:a->svc:g/x.Y:1"]');
    expect(css).not.toContain('app:b');
    expect(highlightCss('s1', neighbourhoodOf([], 'app:"odd\\'))).toContain('[data-id="app:\\"odd\\\\"]');
  });
});
