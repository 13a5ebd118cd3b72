/**
 * The searchable, sortable, paged list of services. Cheap per-service facts (counts, apps)
 * are computed once per snapshot; the effective enabled count, which needs rule evaluation,
 * only for the page being returned.
 */
import type { ServiceList, ServiceListQuery, ServiceSummary } from '../contract/services.ts';
import { evaluateProviders } from './provider-evaluation.ts';
import type { RegistrySnapshot } from './registry-snapshot.ts';
import { serviceIndex, type ServiceEntry } from './service-index.ts';

type Row = Omit<ServiceSummary, 'enabledProviderCount'> & { readonly entry: ServiceEntry; readonly search: string };

const rowsMemo = new WeakMap<RegistrySnapshot, readonly Row[]>();

function rows(snapshot: RegistrySnapshot): readonly Row[] {
  const cached = rowsMemo.get(snapshot);
  if (cached) return cached;
  const result: Row[] = [];
  for (const entry of serviceIndex(snapshot).values()) {
    const providerApps = new Set<string>();
    const addresses = new Set<string>();
    for (const p of entry.providers) {
      providerApps.add(p.url.params['application'] ?? '');
      addresses.add(`${p.url.host}:${p.url.port}`);
    }
    for (const instance of entry.appInstances) {
      providerApps.add(instance.application);
      addresses.add(instance.address);
    }
    const consumerApps = new Set(entry.consumers.map((c) => c.url.params['application'] ?? ''));
    const consumerHosts = new Set(entry.consumers.map((c) => `${c.url.host}/${c.url.params['application'] ?? ''}`));
    providerApps.delete('');
    consumerApps.delete('');
    result.push({
      entry,
      key: entry.key,
      interface: entry.id.interface,
      group: entry.id.group,
      version: entry.id.version,
      providerCount: addresses.size,
      consumerCount: consumerHosts.size,
      providerApps: [...providerApps].sort(),
      consumerApps: [...consumerApps].sort(),
      search: entry.key.toLowerCase(),
    });
  }
  result.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  rowsMemo.set(snapshot, result);
  return result;
}

export function listServices(snapshot: RegistrySnapshot, query: ServiceListQuery): ServiceList {
  const q = query.q?.trim().toLowerCase();
  const app = query.app?.trim();
  let selected = rows(snapshot).filter(
    (row) =>
      (!q || row.search.includes(q)) && (!app || row.providerApps.includes(app) || row.consumerApps.includes(app)),
  );
  if (query.sort !== 'key' || query.order !== 'asc') {
    const direction = query.order === 'asc' ? 1 : -1;
    const field = query.sort;
    selected = [...selected].sort((a, b) => {
      const primary =
        field === 'providers'
          ? a.providerCount - b.providerCount
          : field === 'consumers'
            ? a.consumerCount - b.consumerCount
            : 0;
      if (primary !== 0) return primary * direction;
      return (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) * (field === 'key' ? direction : 1);
    });
  }
  const page = selected.slice(query.offset, query.offset + query.limit);
  return {
    revision: snapshot.revision,
    total: selected.length,
    items: page.map(({ entry, search: _search, ...summary }) => ({
      ...summary,
      enabledProviderCount: enabledProviderCount(snapshot, entry),
    })),
  };
}

export function enabledProviderCount(snapshot: RegistrySnapshot, entry: ServiceEntry): number {
  return evaluateProviders(snapshot, entry).filter(({ state }) => state.enabled).length;
}
