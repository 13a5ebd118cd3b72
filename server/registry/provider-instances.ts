/**
 * Providers are instances, identified by `ip:port` (DESIGN §2): a provider that re-registers
 * with new parameters briefly has two nodes (dubbo-format.md §9.14), and a Dubbo 3 provider in
 * register-mode=all appears both in the interface folder and under `/services/<app>`.
 */
import type { AppInstance } from '../dubbo/app-instance.ts';
import type { DubboUrl } from '../dubbo/dubbo-url.ts';
import { providerAddressOf } from '../dubbo/registry-entry.ts';
import type { UrlNode } from './registry-snapshot.ts';

export interface ProviderGroup {
  readonly address: string;
  /** Interface-level nodes of this address, oldest first. */
  readonly nodes: readonly UrlNode[];
  readonly appInstance: AppInstance | undefined;
  readonly discovery: 'interface' | 'application' | 'both';
  /** The interface the group provides (for app-level-only instances). */
  readonly interfaceName: string;
}

export function groupByAddress(
  providers: readonly UrlNode[],
  appInstances: readonly AppInstance[],
  interfaceName = '',
): ProviderGroup[] {
  const byAddress = new Map<string, UrlNode[]>();
  for (const node of providers) {
    const address = providerAddressOf(node.url);
    const list = byAddress.get(address) ?? [];
    list.push(node);
    byAddress.set(address, list);
  }
  const appByAddress = new Map(appInstances.map((i) => [i.address, i]));
  const groups: ProviderGroup[] = [];
  for (const [address, nodes] of byAddress) {
    nodes.sort((a, b) => timestampOf(a.url) - timestampOf(b.url));
    const appInstance = appByAddress.get(address);
    appByAddress.delete(address);
    const iface = nodes[0]?.url.params['interface'] ?? interfaceName;
    groups.push({ address, nodes, appInstance, discovery: appInstance ? 'both' : 'interface', interfaceName: iface });
  }
  for (const [address, appInstance] of appByAddress) {
    groups.push({ address, nodes: [], appInstance, discovery: 'application', interfaceName });
  }
  return groups;
}

/** The URL that describes the instance now: its newest registration, or one built from the app-level instance. */
export function instanceUrl(group: ProviderGroup): DubboUrl {
  const newest = group.nodes[group.nodes.length - 1];
  if (newest) return newest.url;
  const instance = group.appInstance;
  const endpoint = instance?.endpoints[0];
  return {
    protocol: endpoint?.protocol ?? 'dubbo',
    host: instance?.host ?? '',
    port: endpoint?.port ?? instance?.port ?? 0,
    path: group.interfaceName,
    params: {
      application: instance?.application ?? '',
      interface: group.interfaceName,
      side: 'provider',
      ...releaseParam(instance),
    },
  };
}

/**
 * Dubbo 3 instances carry no `release` key of their own; it is inside the JSON string of
 * `dubbo.metadata-service.url-params` (dubbo-format.md §1.4), when present.
 */
export function appInstanceRelease(instance: AppInstance): string {
  return releaseParam(instance).release ?? '';
}

function releaseParam(instance: AppInstance | undefined): { release?: string } {
  const direct = instance?.metadata['release'];
  if (direct) return { release: direct };
  const raw = instance?.metadata['dubbo.metadata-service.url-params'];
  if (!raw) return {};
  try {
    const params = JSON.parse(raw) as unknown;
    const release = typeof params === 'object' && params !== null ? (params as Record<string, unknown>)['release'] : undefined;
    return typeof release === 'string' && release !== '' ? { release } : {};
  } catch {
    return {};
  }
}

function timestampOf(url: DubboUrl): number {
  const t = Number(url.params['timestamp'] ?? 0);
  return Number.isFinite(t) ? t : 0;
}

/**
 * The Dubbo release a URL was registered by. `release` exists from 2.7.0; before that,
 * `dubbo` held the jar version up to 2.6.2 and the protocol version 2.0.2 after (§2).
 */
export function releaseOf(url: DubboUrl | undefined): string {
  if (!url) return '';
  const release = url.params['release'];
  if (release) return release;
  const dubbo = url.params['dubbo'] ?? '';
  if (/^2\.[5-6]\.\d+/.test(dubbo)) return dubbo;
  return dubbo ? '2.6' : '';
}
