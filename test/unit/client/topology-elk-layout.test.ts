import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { elkLayout, toElkGraph } from '../../../client/features/topology/layout/elk-layout.ts';
import type { LayoutGraph } from '../../../client/features/topology/layout/layout-graph.ts';

const box = (id: string) => ({ id, width: 232, height: 76 });
const elk = new ELK();

describe('elkLayout', () => {
  it('lays calls out left to right: every caller left of what it calls', async () => {
    const graph: LayoutGraph = {
      nodes: ['gateway', 'order', 'payment', 'stock', 'web'].map(box),
      edges: [
        { id: 'gateway->order', source: 'gateway', target: 'order' },
        { id: 'web->order', source: 'web', target: 'order' },
        { id: 'order->payment', source: 'order', target: 'payment' },
        { id: 'order->stock', source: 'order', target: 'stock' },
      ],
    };
    const positions = await elkLayout(graph, elk);
    expect(Object.keys(positions).sort()).toEqual(['gateway', 'order', 'payment', 'stock', 'web']);
    for (const edge of graph.edges) expect(positions[edge.source]!.x + 232).toBeLessThan(positions[edge.target]!.x);
  });

  it('gives equal graphs equal positions and never overlaps boxes', async () => {
    const nodes = Array.from({ length: 40 }, (_, i) => box(`app-${i}`));
    const edges = nodes.flatMap((_, i) => [1, 7].map((step) => ({ id: `${i}-${step}`, source: `app-${i}`, target: `app-${(i + step) % 40}` })));
    const first = await elkLayout({ nodes, edges }, elk);
    expect(await elkLayout({ nodes, edges }, new ELK())).toEqual(first);
    const rects = Object.values(first);
    for (const [i, a] of rects.entries()) {
      for (const b of rects.slice(i + 1)) expect(a.x < b.x + 232 && b.x < a.x + 232 && a.y < b.y + 76 && b.y < a.y + 76).toBe(false);
    }
  });

  it('drops self-loops and edges to nodes that are not there (ELK would throw)', () => {
    const elkGraph = toElkGraph({
      nodes: [box('a'), box('b')],
      edges: [
        { id: 'a->a', source: 'a', target: 'a' },
        { id: 'a->gone', source: 'a', target: 'gone' },
        { id: 'a->b', source: 'a', target: 'b' },
      ],
    });
    expect(elkGraph.edges?.map((edge) => edge.id)).toEqual(['a->b']);
  });

  it('answers no positions for an empty graph', async () => {
    expect(await elkLayout({ nodes: [], edges: [] }, elk)).toEqual({});
  });
});
