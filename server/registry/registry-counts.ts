/**
 * Cheap fleet-wide counts for /api/health, which monitors poll: memoised per interface folder,
 * so a revision costs one pass over the folders, not over every URL.
 */
import type { InterfaceFolder, RegistrySnapshot } from './registry-snapshot.ts';
import { serviceIndex } from './service-index.ts';

interface FolderCounts {
  readonly providers: number;
  readonly consumers: number;
  readonly applications: ReadonlySet<string>;
}

const folderMemo = new WeakMap<InterfaceFolder, FolderCounts>();

function countFolder(folder: InterfaceFolder): FolderCounts {
  const cached = folderMemo.get(folder);
  if (cached) return cached;
  const applications = new Set<string>();
  for (const category of [folder.providers, folder.consumers]) {
    for (const { url } of category.values()) {
      const app = url.params['application'];
      if (app) applications.add(app);
    }
  }
  const counts = { providers: folder.providers.size, consumers: folder.consumers.size, applications };
  folderMemo.set(folder, counts);
  return counts;
}

export interface RegistryCounts {
  readonly services: number;
  readonly providers: number;
  readonly consumers: number;
  readonly applications: number;
}

const snapshotMemo = new WeakMap<RegistrySnapshot, RegistryCounts>();

export function registryCounts(snapshot: RegistrySnapshot): RegistryCounts {
  const cached = snapshotMemo.get(snapshot);
  if (cached) return cached;
  let providers = 0;
  let consumers = 0;
  const applications = new Set<string>(snapshot.appInstances.keys());
  for (const folder of snapshot.interfaces.values()) {
    const counts = countFolder(folder);
    providers += counts.providers;
    consumers += counts.consumers;
    for (const app of counts.applications) applications.add(app);
  }
  // Application-level instances that are not also registered per interface.
  for (const instances of snapshot.appInstances.values()) providers += instances.size;
  const result = { services: serviceIndex(snapshot).size, providers, consumers, applications: applications.size };
  snapshotMemo.set(snapshot, result);
  return result;
}
