/**
 * Services as operators know them: `[group/]interface[:version]`. One interface folder holds
 * every group and version of that interface (dubbo-format.md §1.1), so a folder splits into
 * several services. Interface-level providers are joined by Dubbo 3 application-level
 * instances through `/<root>/mapping/<interface>`. Grouping is memoised per folder object and
 * the whole index per snapshot: a revision only regroups the folders it changed.
 */
import type { AppInstance } from '../dubbo/app-instance.ts';
import { serviceIdOfUrl, serviceKeyOf, type ServiceId } from '../dubbo/service-key.ts';
import type { InterfaceFolder, RegistrySnapshot, UrlNode } from './registry-snapshot.ts';

export interface ServiceEntry {
  readonly key: string;
  readonly id: ServiceId;
  readonly folder: InterfaceFolder | undefined;
  readonly providers: readonly UrlNode[];
  /** Consumers whose group/version subscription matches this service. */
  readonly consumers: readonly UrlNode[];
  /** Application-level instances of apps mapped to this interface. */
  readonly appInstances: readonly AppInstance[];
}

interface FolderServices {
  readonly byKey: ReadonlyMap<string, { id: ServiceId; providers: UrlNode[] }>;
  readonly consumers: readonly UrlNode[];
}

const folderMemo = new WeakMap<InterfaceFolder, FolderServices>();

function groupFolder(folder: InterfaceFolder): FolderServices {
  const cached = folderMemo.get(folder);
  if (cached) return cached;
  const byKey = new Map<string, { id: ServiceId; providers: UrlNode[] }>();
  for (const node of folder.providers.values()) {
    const id = serviceIdOfUrl(node.url);
    const key = serviceKeyOf(id);
    const entry = byKey.get(key) ?? { id, providers: [] };
    entry.providers.push(node);
    byKey.set(key, entry);
  }
  const result = { byKey, consumers: [...folder.consumers.values()] };
  folderMemo.set(folder, result);
  return result;
}

/** Dubbo's UrlUtils.isMatch for group and version: `*` matches all, groups may be a comma list. */
export function subscriptionMatches(consumer: ServiceId, service: ServiceId): boolean {
  const groupOk =
    consumer.group === '*' || consumer.group === service.group || consumer.group.split(',').includes(service.group);
  const versionOk = consumer.version === '*' || consumer.version === service.version;
  return groupOk && versionOk;
}

function isConcrete(id: ServiceId): boolean {
  return !id.group.includes('*') && !id.group.includes(',') && !id.version.includes('*');
}

const indexMemo = new WeakMap<RegistrySnapshot, ReadonlyMap<string, ServiceEntry>>();

export function serviceIndex(snapshot: RegistrySnapshot): ReadonlyMap<string, ServiceEntry> {
  const cached = indexMemo.get(snapshot);
  if (cached) return cached;
  const index = new Map<string, ServiceEntry>();
  const mappedInterfaces = new Set(snapshot.mappings.keys());
  for (const folder of snapshot.interfaces.values()) {
    addFolderServices(index, folder, snapshot);
    mappedInterfaces.delete(folder.interfaceName);
  }
  // Interfaces known only through application-level discovery (register-mode=instance).
  for (const interfaceName of mappedInterfaces) {
    const appInstances = instancesOfMappedApps(snapshot, interfaceName);
    if (appInstances.length === 0) continue;
    const id = { interface: interfaceName, group: '', version: '' };
    index.set(interfaceName, { key: interfaceName, id, folder: undefined, providers: [], consumers: [], appInstances });
  }
  indexMemo.set(snapshot, index);
  return index;
}

function addFolderServices(index: Map<string, ServiceEntry>, folder: InterfaceFolder, snapshot: RegistrySnapshot): void {
  const grouped = groupFolder(folder);
  const mappedInstances = instancesOfMappedApps(snapshot, folder.interfaceName);
  const entries = new Map(grouped.byKey);
  for (const consumer of grouped.consumers) {
    const id = serviceIdOfUrl(consumer.url);
    const key = serviceKeyOf(id);
    if (!entries.has(key) && isConcrete(id)) entries.set(key, { id, providers: [] });
  }
  const attached = new Set<AppInstance>();
  for (const [key, { id, providers }] of entries) {
    const apps = new Set(providers.map((p) => p.url.params['application'] ?? ''));
    const appInstances = mappedInstances.filter((instance) => apps.has(instance.application));
    for (const instance of appInstances) attached.add(instance);
    const consumers = grouped.consumers.filter((c) => subscriptionMatches(serviceIdOfUrl(c.url), id));
    index.set(key, { key, id, folder, providers, consumers, appInstances });
  }
  const unattached = mappedInstances.filter((instance) => !attached.has(instance));
  if (unattached.length > 0) {
    const key = folder.interfaceName;
    const existing = index.get(key);
    const id = { interface: folder.interfaceName, group: '', version: '' };
    index.set(key, {
      key,
      id,
      folder,
      providers: existing?.providers ?? [],
      consumers: existing?.consumers ?? grouped.consumers.filter((c) => subscriptionMatches(serviceIdOfUrl(c.url), id)),
      appInstances: [...(existing?.appInstances ?? []), ...unattached],
    });
  }
}

function instancesOfMappedApps(snapshot: RegistrySnapshot, interfaceName: string): AppInstance[] {
  const apps = snapshot.mappings.get(interfaceName);
  if (!apps) return [];
  const result: AppInstance[] = [];
  for (const app of apps) {
    const instances = snapshot.appInstances.get(app);
    if (instances) result.push(...instances.values());
  }
  return result;
}
