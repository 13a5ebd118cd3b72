// The whole topology answer, checked against golden JSON: the mixed 2.6/2.7/3.x registry, a small
// shop call graph with every marker an operator should notice, and focus/depth/q narrowing.

import { describe, expect, it } from 'vitest';
import { topologyQuerySchema, topologySchema, type TopologyQuery } from '../../../server/contract/topology.ts';
import { DomainError } from '../../../server/errors/domain-error.ts';
import { TOPOLOGY_DECORATORS, topologyGraph } from '../../../server/topology/topology-graph.ts';
import { expectGolden } from './golden.ts';
import { CART, INVENTORY, mixedRegistrySnapshot, PAYMENT, shopSnapshot } from './topology-snapshots.ts';

const query = (input: Record<string, string>): TopologyQuery => topologyQuerySchema.parse(input);

describe('topologyGraph golden answers', () => {
  const mixed = mixedRegistrySnapshot();
  const shop = shopSnapshot();

  it.each([
    ['mixed-registry.application', mixed, {}],
    ['mixed-registry.service', mixed, { level: 'service' }],
    ['shop.application', shop, {}],
    ['shop.service', shop, { level: 'service' }],
    ['shop.focus-order', shop, { focus: 'order' }],
    ['shop.focus-inventory-depth-2', shop, { focus: 'app:inventory', depth: '2' }],
    ['shop.focus-cart-service', shop, { focus: CART }],
    ['shop.service-focus-payment-depth-2', shop, { level: 'service', focus: PAYMENT, depth: '2' }],
    ['shop.q-inv', shop, { q: 'INV' }],
    ['shop.service-q-inventory', shop, { level: 'service', q: INVENTORY }],
    ['shop.focus-web-depth-5-q-order', shop, { focus: 'web', depth: '5', q: 'order' }],
  ] as const)('%s', (name, snapshot, input) => {
    const answer = topologyGraph(snapshot, query(input));
    expect(topologySchema.parse(answer)).toEqual(answer);
    expectGolden(name, answer);
  });

  it('answers equal snapshots with equal JSON, and the same object graph from the memo', () => {
    expect(JSON.stringify(topologyGraph(shopSnapshot(), query({})))).toBe(JSON.stringify(topologyGraph(shop, query({}))));
    expect(topologyGraph(shop, query({})).nodes[0]).toBe(topologyGraph(shop, query({})).nodes[0]);
  });

  it('applies its decorators in a fixed, named order', () => {
    expect(TOPOLOGY_DECORATORS.map(([name]) => name)).toEqual(['instance-health', 'governance', 'warnings']);
  });

  it.each([['nobody'], ['app:nobody'], ['svc:org.shop.Nope']])('rejects focus %s with FOCUS_NOT_FOUND', (focus) => {
    expect(() => topologyGraph(shop, query({ focus }))).toThrow(
      expect.objectContaining({ code: 'FOCUS_NOT_FOUND', kind: 'not-found' }) as DomainError,
    );
  });

  it('caps big answers to the best-connected nodes and says so', () => {
    const answer = topologyGraph(shop, query({ level: 'service' }), { maxNodes: 3, maxEdges: 1 });
    expect(answer).toMatchObject({ truncated: true, totals: { nodes: 8, edges: 8 }, limits: { maxNodes: 3, maxEdges: 1 } });
    // Degree 3: order, InventoryService; then the first of the degree-2 nodes by id.
    expect(answer.nodes.map((n) => n.id)).toEqual(['app:cart', 'app:order', `svc:${INVENTORY}`]);
    expect(answer.edges.map((e) => e.id)).toEqual([`app:cart->svc:${INVENTORY}`]);
  });
});

describe('topologyQuerySchema', () => {
  it.each([
    [{}, { level: 'application', depth: 1 }],
    [{ level: 'service', depth: '5', focus: ' web ', q: 'x' }, { level: 'service', depth: 5, focus: 'web', q: 'x' }],
  ])('accepts %o', (input, expected) => {
    expect(topologyQuerySchema.parse(input)).toEqual(expected);
  });

  it.each([[{ level: 'instance' }], [{ depth: '0' }], [{ depth: '6' }], [{ depth: 'two' }], [{ q: 'x'.repeat(257) }], [{ q: ['a', 'b'] }]])(
    'rejects %o',
    (input) => {
      expect(topologyQuerySchema.safeParse(input).success).toBe(false);
    },
  );
});
