/**
 * The effective state (enabled, weight) of every provider instance of every service, as "any
 * consumer" sees it (registry/provider-evaluation.ts). Rule evaluation is the expensive part of
 * the topology, so results are memoised per interface folder and rule set: a revision that only
 * touches one folder re-evaluates that folder's services, a rule change re-evaluates everything.
 */
import type { AppInstance } from '../dubbo/app-instance.ts';
import type { DubboUrl } from '../dubbo/dubbo-url.ts';
import { evaluateProviders } from '../registry/provider-evaluation.ts';
import type { InterfaceFolder, RegistrySnapshot } from '../registry/registry-snapshot.ts';
import { serviceIndex, type ServiceEntry } from '../registry/service-index.ts';

export interface ProviderFact {
  readonly serviceKey: string;
  /** `ip:port` */
  readonly address: string;
  readonly application: string;
  readonly enabled: boolean;
  readonly weight: number;
  readonly registeredWeight: number;
}

export interface ProviderFacts {
  readonly byService: ReadonlyMap<string, readonly ProviderFact[]>;
  readonly byApplication: ReadonlyMap<string, readonly ProviderFact[]>;
}

interface ServiceMemo {
  readonly appInstances: readonly AppInstance[];
  readonly facts: readonly ProviderFact[];
}

/** folder → rule set → service key → facts; valid while the service's app-level instances are the same objects. */
const folderMemo = new WeakMap<InterfaceFolder, WeakMap<RegistrySnapshot['rules'], Map<string, ServiceMemo>>>();
const snapshotMemo = new WeakMap<RegistrySnapshot, ProviderFacts>();

export function providerFacts(snapshot: RegistrySnapshot): ProviderFacts {
  const cached = snapshotMemo.get(snapshot);
  if (cached) return cached;
  const byService = new Map<string, readonly ProviderFact[]>();
  const byApplication = new Map<string, ProviderFact[]>();
  for (const entry of serviceIndex(snapshot).values()) {
    const facts = serviceFacts(snapshot, entry);
    byService.set(entry.key, facts);
    for (const fact of facts) {
      const list = byApplication.get(fact.application);
      if (list) list.push(fact);
      else byApplication.set(fact.application, [fact]);
    }
  }
  const result = { byService, byApplication };
  snapshotMemo.set(snapshot, result);
  return result;
}

function serviceFacts(snapshot: RegistrySnapshot, entry: ServiceEntry): readonly ProviderFact[] {
  if (!entry.folder) return evaluate(snapshot, entry);
  let byRules = folderMemo.get(entry.folder);
  if (!byRules) {
    byRules = new WeakMap();
    folderMemo.set(entry.folder, byRules);
  }
  let byKey = byRules.get(snapshot.rules);
  if (!byKey) {
    byKey = new Map();
    byRules.set(snapshot.rules, byKey);
  }
  const memo = byKey.get(entry.key);
  if (memo && sameInstances(memo.appInstances, entry.appInstances)) return memo.facts;
  const facts = evaluate(snapshot, entry);
  byKey.set(entry.key, { appInstances: entry.appInstances, facts });
  return facts;
}

function evaluate(snapshot: RegistrySnapshot, entry: ServiceEntry): readonly ProviderFact[] {
  return evaluateProviders(snapshot, entry).map(({ group, url, state }) => ({
    serviceKey: entry.key,
    address: group.address,
    application: url.params['application'] || group.appInstance?.application || '',
    enabled: state.enabled,
    weight: state.weight,
    registeredWeight: registeredWeight(url),
  }));
}

function sameInstances(a: readonly AppInstance[], b: readonly AppInstance[]): boolean {
  return a.length === b.length && a.every((instance, i) => instance === b[i]);
}

/** As the service detail reports it: `weight=` of the registered URL, Dubbo's 100 when absent. */
function registeredWeight(url: DubboUrl): number {
  const weight = Number.parseInt(url.params['weight'] ?? '100', 10);
  return Number.isFinite(weight) ? Math.max(0, weight) : 100;
}
