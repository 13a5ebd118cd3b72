/**
 * The effective state (enabled, weight) of every provider instance of every service, as "any
 * consumer" sees it (registry/provider-evaluation.ts, which memoises the evaluation per interface
 * folder and rule set), indexed by service and by application once per snapshot.
 */
import { registeredWeightOf } from '../dubbo/registry-entry.ts';
import { evaluateProviders } from '../registry/provider-evaluation.ts';
import type { RegistrySnapshot } from '../registry/registry-snapshot.ts';
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

const snapshotMemo = new WeakMap<RegistrySnapshot, ProviderFacts>();

export function providerFacts(snapshot: RegistrySnapshot): ProviderFacts {
  const cached = snapshotMemo.get(snapshot);
  if (cached) return cached;
  const byService = new Map<string, readonly ProviderFact[]>();
  const byApplication = new Map<string, ProviderFact[]>();
  for (const entry of serviceIndex(snapshot).values()) {
    const facts = evaluate(snapshot, entry);
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

function evaluate(snapshot: RegistrySnapshot, entry: ServiceEntry): readonly ProviderFact[] {
  return evaluateProviders(snapshot, entry).map(({ group, url, state }) => ({
    serviceKey: entry.key,
    address: group.address,
    application: url.params['application'] || group.appInstance?.application || '',
    enabled: state.enabled,
    weight: state.weight,
    registeredWeight: registeredWeightOf(url),
  }));
}
