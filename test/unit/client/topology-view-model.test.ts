import { describe, expect, it } from 'vitest';
import type { ApplicationNode, ServiceNode, TopologyEdge } from '@contract/topology.ts';
import { findNodes } from '../../../client/features/topology/find-nodes.ts';
import { edgeStrokeWidth, toFlowEdges, toFlowNodes } from '../../../client/features/topology/flow-elements.ts';
import { neighbourhoodOf, noNeighbourhood } from '../../../client/features/topology/neighbourhood.ts';
import { topologyFreshness } from '../../../client/features/topology/topology-freshness.ts';
import type { FreshnessInputs } from '../../../client/features/topology/topology-freshness.ts';
import { parseNodeId, topologyQueryOf, topologyUrlSchema } from '../../../client/features/topology/topology-url-state.ts';
import { readUrlState, writeUrlState } from '../../../client/lib/url-state.ts';
import type { Health } from '@contract/health.ts';

const app = (name: string): ApplicationNode => ({
  id: `app:${name}`,
  kind: 'application',
  label: name,
  instances: { up: 1, total: 1 },
  providedServices: 1,
  consumedServices: 0,
  disabledInstances: 0,
  weightOverrides: 0,
  grayRelease: false,
  grayTags: [],
  consumerOnly: false,
});
const service = (key: string): ServiceNode => ({
  id: `svc:${key}`,
  kind: 'service',
  label: key,
  key,
  interface: key,
  group: '',
  version: '',
  providers: { enabled: 1, total: 1 },
  consumers: 1,
  disabledProviders: 0,
  weightOverrides: 0,
  noProviders: false,
});
const call = (source: string, target: string, services: string[]): TopologyEdge => ({
  id: `app:${source}->app:${target}`,
  source: `app:${source}`,
  target: `app:${target}`,
  kind: 'calls',
  services,
  serviceCount: services.length,
});

describe('topology URL state', () => {
  it.each<[string, string, Record<string, unknown>]>([
    ['defaults', '', { level: 'application', focus: '', depth: 1, q: '', node: '' }],
    ['everything set', 'level=service&focus=order-app&depth=3&q=shop&node=app%3Aorder-app', { level: 'service', focus: 'order-app', depth: 3, q: 'shop', node: 'app:order-app' }],
    ['nonsense falls back', 'level=galaxy&depth=99', { level: 'application', depth: 1 }],
  ])('reads %s', (_name, search, expected) => {
    expect(readUrlState(topologyUrlSchema, new URLSearchParams(search))).toMatchObject(expected);
  });

  it('writes only what differs from the default view', () => {
    const state = { ...readUrlState(topologyUrlSchema, new URLSearchParams()), node: 'app:gateway' };
    expect(writeUrlState(topologyUrlSchema, state).toString()).toBe('node=app%3Agateway');
  });

  it('asks the API for depth only with a focus, and never for the selected node', () => {
    const base = readUrlState(topologyUrlSchema, new URLSearchParams('depth=3&node=app:x'));
    expect(topologyQueryOf(base)).toEqual({ level: 'application', depth: 1 });
    expect(topologyQueryOf({ ...base, focus: 'order-app', q: 'sh' })).toEqual({ level: 'application', depth: 3, focus: 'order-app', q: 'sh' });
  });

  it.each([
    ['app:order-app', { kind: 'application', name: 'order-app' }],
    ['svc:g1/com.foo.DemoService:1.0.0', { kind: 'service', name: 'g1/com.foo.DemoService:1.0.0' }],
    ['app:', undefined],
    ['order-app', undefined],
  ])('parses node id %s', (id, expected) => {
    expect(parseNodeId(id)).toEqual(expected);
  });
});

describe('findNodes', () => {
  const nodes = [app('order-app'), app('order'), app('web-order'), app('gateway'), service('org.shop.OrderService')];
  it.each<[string, string[]]>([
    ['order', ['app:order', 'app:order-app', 'app:web-order', 'svc:org.shop.OrderService']],
    ['ORDER-APP', ['app:order-app']],
    ['shop.order', ['svc:org.shop.OrderService']],
    ['  ', []],
    ['nothing', []],
  ])('"%s" finds exact, then prefix, then substring matches', (text, ids) => {
    expect(findNodes(nodes, text).map((node) => node.id)).toEqual(ids);
  });
});

describe('neighbourhoodOf', () => {
  const edges = [call('gateway', 'order', ['a']), call('order', 'payment', ['b']), call('web', 'stock', ['c'])];
  it('lights the node, its callers and callees, and the edges between them', () => {
    const lit = neighbourhoodOf(edges, 'app:order');
    expect([...lit.nodes].sort()).toEqual(['app:gateway', 'app:order', 'app:payment']);
    expect([...lit.edges].sort()).toEqual(['app:gateway->app:order', 'app:order->app:payment']);
  });
  it('lights nothing without a node', () => {
    expect(neighbourhoodOf(edges, undefined)).toBe(noNeighbourhood);
  });
});

describe('flow elements', () => {
  const nodes = [app('gateway'), app('order')];
  const positions = { 'app:gateway': { x: 0, y: 0 }, 'app:order': { x: 400, y: 0 } };

  it('reuses unchanged node objects, so only changed cards re-render', () => {
    const first = toFlowNodes(nodes, positions, undefined, new Map());
    const changed = [nodes[0]!, { ...nodes[1]!, instances: { up: 0, total: 1 } }];
    const second = toFlowNodes(changed, positions, undefined, new Map(first.map((n) => [n.id, n])));
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    const order = second[1]!.data.node;
    expect(order.kind === 'application' && order.instances.up).toBe(0);
  });

  it('leaves out nodes without a position yet, and labels nodes and edges for people', () => {
    const flow = toFlowNodes([...nodes, app('new')], positions, 'app:order', new Map());
    expect(flow.map((n) => [n.id, n.ariaLabel, n.selected])).toEqual([
      ['app:gateway', 'Application gateway', false],
      ['app:order', 'Application order', true],
    ]);
    const labels = new Map(nodes.map((n) => [n.id, n.label]));
    const [edge] = toFlowEdges([call('gateway', 'order', ['x.A', 'x.B'])], labels, new Map());
    expect(edge?.ariaLabel).toBe('gateway calls order: 2 services');
  });

  it('keeps selection to the cards whose flag flips: highlighting is not part of the elements', () => {
    const first = toFlowNodes(nodes, positions, 'app:gateway', new Map());
    const second = toFlowNodes(nodes, positions, 'app:order', new Map(first.map((n) => [n.id, n])));
    expect(second.map((n, i) => n === first[i])).toEqual([false, false]);
    const third = toFlowNodes(nodes, positions, 'app:order', new Map(second.map((n) => [n.id, n])));
    expect(third.map((n, i) => n === second[i])).toEqual([true, true]);
    const labels = new Map(nodes.map((n) => [n.id, n.label]));
    const edges = toFlowEdges([call('gateway', 'order', ['x.A'])], labels, new Map());
    expect(toFlowEdges([call('gateway', 'order', ['x.A'])].map(() => edges[0]!.data!.edge), labels, new Map(edges.map((e) => [e.id, e])))[0]).toBe(edges[0]);
  });

  it('draws edges thicker with more services, within bounds', () => {
    expect(edgeStrokeWidth(1)).toBe(1.25);
    expect(edgeStrokeWidth(8)).toBeGreaterThan(edgeStrokeWidth(2));
    expect(edgeStrokeWidth(10_000)).toBe(6);
  });
});

describe('topologyFreshness', () => {
  const health = (state: Health['registry']['state']) => ({ registry: { state } }) as Health;
  const base: FreshnessInputs = { stream: 'open', health: health('connected'), healthFailed: false, refetchFailed: false, revision: 12 };
  it.each<[string, Partial<FreshnessInputs>, string | undefined]>([
    ['all well', {}, undefined],
    ['stream down', { stream: 'down' }, 'Live updates paused — showing revision 12'],
    ['registry disconnected', { health: health('disconnected') }, 'Registry disconnected — showing revision 12'],
    ['registry connecting', { health: health('connecting') }, 'Connecting to the registry — showing revision 12'],
    ['server unreachable', { healthFailed: true, stream: 'down' }, 'Server unreachable — showing revision 12'],
  ])('%s', (_name, patch, reason) => {
    const freshness = topologyFreshness({ ...base, ...patch });
    expect(freshness).toEqual(reason ? { kind: 'stale', reason } : { kind: 'live' });
  });
});
