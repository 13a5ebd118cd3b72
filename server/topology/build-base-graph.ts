/**
 * The base topology graph: what the registry says is registered, before any rule is applied.
 * Application level: one node per application, one `calls` edge per consumer app → provider app
 * pair carrying every service it is made of. Service level: consumer app → service → provider app.
 * Base nodes assume every registered instance is up and untouched by governance; the decorators
 * (topology-graph.ts) correct that. Output is sorted by id, so equal snapshots give equal JSON.
 */
import type { ApplicationNode, ServiceNode, TopologyEdge, TopologyEdgeKind, TopologyLevel, TopologyNode } from '../contract/topology.ts';
import { providerAddressOf } from '../dubbo/registry-entry.ts';
import { applicationIndex, type ApplicationAggregate } from '../registry/application-index.ts';
import type { RegistrySnapshot } from '../registry/registry-snapshot.ts';
import { serviceIndex, type ServiceEntry } from '../registry/service-index.ts';

export interface TopologyGraph {
  readonly level: TopologyLevel;
  /** Sorted by id. */
  readonly nodes: readonly TopologyNode[];
  /** Sorted by id; every source and target is a node of the graph. */
  readonly edges: readonly TopologyEdge[];
}

/** A decoration step: returns a graph with the same nodes and edges, some node fields corrected. */
export type GraphDecorator = (graph: TopologyGraph, snapshot: RegistrySnapshot) => TopologyGraph;

export const applicationNodeId = (name: string): string => `app:${name}`;
export const serviceNodeId = (key: string): string => `svc:${key}`;
export const edgeId = (source: string, target: string): string => `${source}->${target}`;
export const byId = (a: { readonly id: string }, b: { readonly id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function buildBaseGraph(snapshot: RegistrySnapshot, level: TopologyLevel): TopologyGraph {
  const nodes: TopologyNode[] = [...applicationIndex(snapshot).values()].map(applicationNode);
  const edges = new EdgeCollector();
  const serviceEdges: TopologyEdge[] = [];
  for (const entry of serviceIndex(snapshot).values()) {
    const { providerApps, consumerApps } = appsOf(entry);
    if (level === 'application') {
      for (const consumer of consumerApps) {
        for (const provider of providerApps) edges.add('calls', applicationNodeId(consumer), applicationNodeId(provider), entry.key);
      }
      continue;
    }
    // Service level: each (app, service) pair is one edge carrying that one service.
    const service = serviceNodeId(entry.key);
    const services = [entry.key];
    nodes.push(serviceNode(entry));
    for (const consumer of consumerApps) serviceEdges.push(singleServiceEdge('consumes', applicationNodeId(consumer), service, services));
    for (const provider of providerApps) serviceEdges.push(singleServiceEdge('provides', service, applicationNodeId(provider), services));
  }
  return { level, nodes: nodes.sort(byId), edges: level === 'application' ? edges.sorted() : serviceEdges.sort(byId) };
}

function singleServiceEdge(kind: TopologyEdgeKind, source: string, target: string, services: string[]): TopologyEdge {
  return { id: edgeId(source, target), source, target, kind, services, serviceCount: 1 };
}

function applicationNode(app: ApplicationAggregate): ApplicationNode {
  let provider = false;
  let consumer = false;
  for (const instance of app.instances.values()) {
    provider ||= instance.provider || instance.applicationLevel;
    consumer ||= instance.consumer;
  }
  return {
    id: applicationNodeId(app.name),
    kind: 'application',
    label: app.name,
    instances: { up: app.instances.size, total: app.instances.size },
    providedServices: app.provides.size,
    consumedServices: app.consumes.size,
    disabledInstances: 0,
    weightOverrides: 0,
    grayRelease: false,
    grayTags: [],
    consumerOnly: consumer && !provider,
  };
}

function serviceNode(entry: ServiceEntry): ServiceNode {
  const addresses = new Set(entry.providers.map((p) => providerAddressOf(p.url)));
  for (const instance of entry.appInstances) addresses.add(instance.address);
  const consumers = new Set(entry.consumers.map((c) => `${c.url.host}/${c.url.params['application'] ?? ''}`));
  return {
    id: serviceNodeId(entry.key),
    kind: 'service',
    label: entry.key,
    key: entry.key,
    interface: entry.id.interface,
    group: entry.id.group,
    version: entry.id.version,
    providers: { enabled: addresses.size, total: addresses.size },
    consumers: consumers.size,
    disabledProviders: 0,
    weightOverrides: 0,
    noProviders: addresses.size === 0,
  };
}

/** Applications on either side of a service; URLs without `application=` name nobody and are left out. */
export function appsOf(entry: ServiceEntry): { providerApps: Set<string>; consumerApps: Set<string> } {
  const providerApps = new Set<string>();
  for (const { url } of entry.providers) providerApps.add(url.params['application'] ?? '');
  for (const instance of entry.appInstances) providerApps.add(instance.application);
  const consumerApps = new Set<string>();
  for (const { url } of entry.consumers) consumerApps.add(url.params['application'] ?? '');
  providerApps.delete('');
  consumerApps.delete('');
  return { providerApps, consumerApps };
}

class EdgeCollector {
  private readonly edges = new Map<string, { kind: TopologyEdgeKind; source: string; target: string; services: Set<string> }>();

  add(kind: TopologyEdgeKind, source: string, target: string, service: string): void {
    const id = edgeId(source, target);
    let edge = this.edges.get(id);
    if (!edge) {
      edge = { kind, source, target, services: new Set() };
      this.edges.set(id, edge);
    }
    edge.services.add(service);
  }

  sorted(): TopologyEdge[] {
    const result: TopologyEdge[] = [];
    for (const [id, { kind, source, target, services }] of this.edges) {
      const keys = [...services].sort();
      result.push({ id, source, target, kind, services: keys, serviceCount: keys.length });
    }
    return result.sort(byId);
  }
}
