/**
 * The 2.6 copies of governance rules: `override://ip:port/iface?…` nodes under `/<root>/<iface>/configurators`
 * (dubbo-format.md §3a, §9.7, §9.8). Names are built like Dubbo builds them — `URL.encode(toFullString())`,
 * parameters sorted — and always carry group and version, because the registry only hands an override to
 * subscribers of the same interface/group/version. Existing nodes are removed by their exact stored name.
 */
import { toNodeName, type DubboUrl } from '../dubbo/dubbo-url.ts';
import { encodeJavaUrl } from '../dubbo/java-url-codec.ts';
import { javaBoolean, javaInt } from '../dubbo/java-values.ts';
import { providerAddressOf } from '../dubbo/registry-entry.ts';
import { serviceIdOfUrl, type ServiceId } from '../dubbo/service-key.ts';
import type { InterfaceFolder } from '../registry/registry-snapshot.ts';

export type LegacyEffect = { readonly kind: 'disabled' } | { readonly kind: 'weight'; readonly weight: number };

/** Parameters that only address or describe the override; anything else makes a node foreign. */
const ADDRESSING_KEYS = new Set(['category', 'check', 'dynamic', 'enabled', 'group', 'version', 'interface', 'compatible_config']);

export function legacyOverrideUrl(service: ServiceId, address: string, effect: LegacyEffect): DubboUrl {
  const colon = address.lastIndexOf(':');
  const params: Record<string, string> = { category: 'configurators', dynamic: 'false', enabled: 'true' };
  if (service.group !== '') params['group'] = service.group;
  if (service.version !== '') params['version'] = service.version;
  if (effect.kind === 'disabled') params['disabled'] = 'true';
  else params['weight'] = String(effect.weight);
  return {
    protocol: 'override',
    host: address.slice(0, colon),
    port: Number(address.slice(colon + 1)),
    path: service.interface,
    params,
  };
}

/** The exact node name: `encodeJavaUrl(formatDubboUrl(url))`. */
export function legacyOverrideNodeName(service: ServiceId, address: string, effect: LegacyEffect): string {
  return toNodeName(legacyOverrideUrl(service, address, effect));
}

export function legacyFolderName(folder: InterfaceFolder | undefined, service: ServiceId): string {
  return folder?.name ?? encodeJavaUrl(service.interface);
}

export function legacyNodePath(root: string, folderName: string, node: string): string {
  return `${root === '/' ? '' : root}/${folderName}/configurators/${node}`;
}

/** What an existing node does to `address` of `service`, when that is all it does. */
export function legacyEffectOf(url: DubboUrl, service: ServiceId, address: string): LegacyEffect | undefined {
  if (url.protocol !== 'override' || url.port === 0 || providerAddressOf(url) !== address) return undefined;
  if (!javaBoolean(url.params['enabled'], true)) return undefined;
  const id = serviceIdOfUrl(url);
  if (id.interface !== service.interface || id.group !== service.group || id.version !== service.version) return undefined;
  const payload = Object.keys(url.params).filter((k) => !ADDRESSING_KEYS.has(k));
  if (payload.length !== 1) return undefined;
  if (payload[0] === 'disabled' && url.params['disabled'] === 'true') return { kind: 'disabled' };
  const weight = javaInt(url.params['weight']);
  return payload[0] === 'weight' && weight !== undefined ? { kind: 'weight', weight } : undefined;
}

export interface LegacyPlan {
  /** Node names (not paths) to create and delete in the folder. */
  readonly create: string[];
  readonly remove: string[];
}

/**
 * Plans one instance of one service. `want` undefined = remove every disable (enable); a weight replaces
 * every pure weight node of the instance. `write` = legacy mode: also create the node when none does it.
 */
export function planLegacyOverride(
  folder: InterfaceFolder | undefined,
  service: ServiceId,
  address: string,
  want: LegacyEffect | { readonly kind: 'enabled' },
  write: boolean,
): LegacyPlan {
  const create: string[] = [];
  const remove: string[] = [];
  let satisfied = false;
  for (const { node, url } of folder?.configurators.values() ?? []) {
    const effect = legacyEffectOf(url, service, address);
    if (effect === undefined) continue;
    if (want.kind === 'enabled' && effect.kind === 'disabled') remove.push(node);
    if (want.kind === 'weight' && effect.kind === 'weight') {
      if (effect.weight === want.weight && !satisfied) satisfied = true;
      else remove.push(node);
    }
    if (want.kind === 'disabled' && effect.kind === 'disabled') satisfied = true;
  }
  if (write && !satisfied && want.kind !== 'enabled') create.push(legacyOverrideNodeName(service, address, want));
  return { create, remove };
}
