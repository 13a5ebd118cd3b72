/** Application list and detail answers, built from the application index. */
import type {
  ApplicationDetail,
  ApplicationInstance,
  ApplicationList,
  ApplicationListQuery,
} from '../contract/applications.ts';
import { applicationIndex, type ApplicationAggregate } from './application-index.ts';
import { isLegacyRelease } from '../dubbo/dubbo-release.ts';
import { evaluateProviders } from './provider-evaluation.ts';
import { releaseOf } from './provider-instances.ts';
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
  const statesByAddress = providedStatesByAddress(snapshot, aggregate);
  const instances: ApplicationInstance[] = [...aggregate.instances.values()]
    .sort((a, b) => (a.address < b.address ? -1 : 1))
    .map((i) => {
      const provided = statesByAddress.get(i.address);
      const states = provided?.states ?? [];
      return {
        address: i.address,
        host: i.host,
        port: i.port,
        roles: [...(i.provider ? ['provider' as const] : []), ...(i.consumer ? ['consumer' as const] : [])],
        release: i.release,
        providedServices: [...i.provided].sort(),
        consumedServices: [...i.consumed].sort(),
        discovery: i.interfaceLevel && i.applicationLevel ? 'both' : i.applicationLevel ? 'application' : 'interface',
        enabledServices: states.filter((s) => s.enabled).length,
        disabledServices: states.filter((s) => !s.enabled).length,
        serviceStates: [...states].sort((a, b) => (a.serviceKey < b.serviceKey ? -1 : 1)),
        applicationScope: applicationScopeOf(states.length > 0, provided?.legacy === true),
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

type ServiceState = ApplicationInstance['serviceStates'][number];
type ProvidedStates = { states: ServiceState[]; legacy: boolean };

/** Per provider address: each provided service's effective state, and whether any of its URLs is Dubbo 2.6. */
function providedStatesByAddress(snapshot: RegistrySnapshot, aggregate: ApplicationAggregate): Map<string, ProvidedStates> {
  const result = new Map<string, ProvidedStates>();
  const index = serviceIndex(snapshot);
  for (const key of aggregate.provides) {
    const entry = index.get(key);
    if (!entry) continue;
    for (const { group, url, state } of evaluateProviders(snapshot, entry)) {
      if ((url.params['application'] ?? group.appInstance?.application) !== aggregate.name) continue;
      const provided = result.get(group.address) ?? { states: [], legacy: false };
      provided.states.push({ serviceKey: key, weight: state.weight, enabled: state.enabled });
      provided.legacy ||= isLegacyRelease(releaseOf(url));
      result.set(group.address, provided);
    }
  }
  return result;
}

/** Mirrors the refusals of application-scope writes (governance-context.ts), so the page can say why up front. */
function applicationScopeOf(provides: boolean, legacy: boolean): ApplicationInstance['applicationScope'] {
  if (!provides) {
    return { supported: false, code: 'NOT_A_PROVIDER', reason: 'This instance provides no service, so there is nothing to weigh or disable.' };
  }
  if (legacy) {
    return {
      supported: false,
      code: 'NOT_SUPPORTED',
      reason: 'Dubbo 2.6 has no application-scope rules. Change it per service, on the service page, with the 2.6 copy.',
    };
  }
  return { supported: true };
}
