/** Application list and detail answers, built from the application index. */
import type {
  ApplicationDetail,
  ApplicationInstance,
  ApplicationList,
  ApplicationListQuery,
} from '../contract/applications.ts';
import { applicationIndex, type ApplicationAggregate } from './application-index.ts';
import { evaluateProviders } from './provider-evaluation.ts';
import type { RegistrySnapshot } from './registry-snapshot.ts';
import { ruleCatalog } from './rule-catalog.ts';
import { serviceIndex } from './service-index.ts';

export function listApplications(snapshot: RegistrySnapshot, query: ApplicationListQuery): ApplicationList {
  const q = query.q?.trim().toLowerCase();
  const all = [...applicationIndex(snapshot).values()]
    .filter((a) => !q || a.name.toLowerCase().includes(q))
    .sort(applicationOrder(query.sort, query.order));
  return {
    revision: snapshot.revision,
    total: all.length,
    items: all.slice(query.offset, query.offset + query.limit).map((a) => {
      const instances = [...a.instances.values()];
      return {
        name: a.name,
        instanceCount: instances.length,
        providerInstanceCount: instances.filter((i) => i.provider).length,
        consumerInstanceCount: instances.filter((i) => i.consumer).length,
        providedServiceCount: a.provides.size,
        consumedServiceCount: a.consumes.size,
        releases: [...new Set(instances.map((i) => i.release).filter(Boolean))].sort(),
      };
    }),
  };
}

const sortCounts: Record<Exclude<ApplicationListQuery['sort'], 'name'>, (a: ApplicationAggregate) => number> = {
  instances: (a) => a.instances.size,
  provided: (a) => a.provides.size,
  consumed: (a) => a.consumes.size,
};

/** Name order follows `order`; count orders follow `order` and break ties by name, ascending. */
export function applicationOrder(
  sort: ApplicationListQuery['sort'],
  order: ApplicationListQuery['order'],
): (a: ApplicationAggregate, b: ApplicationAggregate) => number {
  const direction = order === 'asc' ? 1 : -1;
  const byName = (a: ApplicationAggregate, b: ApplicationAggregate): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  if (sort === 'name') return (a, b) => byName(a, b) * direction;
  const count = sortCounts[sort];
  return (a, b) => (count(a) - count(b)) * direction || byName(a, b);
}

export function applicationDetail(snapshot: RegistrySnapshot, aggregate: ApplicationAggregate): ApplicationDetail {
  const enabledByAddress = effectiveEnabledByAddress(snapshot, aggregate);
  const instances: ApplicationInstance[] = [...aggregate.instances.values()]
    .sort((a, b) => (a.address < b.address ? -1 : 1))
    .map((i) => {
      const states = enabledByAddress.get(i.address) ?? [];
      return {
        address: i.address,
        host: i.host,
        port: i.port,
        roles: [...(i.provider ? ['provider' as const] : []), ...(i.consumer ? ['consumer' as const] : [])],
        release: i.release,
        providedServices: [...i.provided].sort(),
        consumedServices: [...i.consumed].sort(),
        discovery: i.interfaceLevel && i.applicationLevel ? 'both' : i.applicationLevel ? 'application' : 'interface',
        enabledServices: states.filter(Boolean).length,
        disabledServices: states.filter((s) => !s).length,
      };
    });
  return {
    revision: snapshot.revision,
    name: aggregate.name,
    instances,
    provides: [...aggregate.provides].sort(),
    consumes: [...aggregate.consumes].sort(),
    callers: [...aggregate.callers].sort(),
    callees: [...aggregate.callees].sort(),
    rules: (ruleCatalog(snapshot).byApplication.get(aggregate.name) ?? [])
      .map((rule) => rule.ref)
      .sort((a, b) => (a.node < b.node ? -1 : 1)),
  };
}

function effectiveEnabledByAddress(snapshot: RegistrySnapshot, aggregate: ApplicationAggregate): Map<string, boolean[]> {
  const result = new Map<string, boolean[]>();
  const index = serviceIndex(snapshot);
  for (const key of aggregate.provides) {
    const entry = index.get(key);
    if (!entry) continue;
    for (const { group, url, state } of evaluateProviders(snapshot, entry)) {
      if ((url.params['application'] ?? group.appInstance?.application) !== aggregate.name) continue;
      const list = result.get(group.address) ?? [];
      list.push(state.enabled);
      result.set(group.address, list);
    }
  }
  return result;
}
