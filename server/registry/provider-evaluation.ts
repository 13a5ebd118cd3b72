/**
 * Evaluates every provider instance of a service against the rules that reach it, the way a
 * consumer of that service would: legacy → application → service configurators
 * (dubbo-format.md §3b), matched with the semantics of the Dubbo release most of the
 * service's consumers run (or the provider's own release when nobody consumes it).
 */
import type { AppInstance } from '../dubbo/app-instance.ts';
import type { Configurator } from '../dubbo/configurator.ts';
import type { DubboUrl } from '../dubbo/dubbo-url.ts';
import { effectiveProviderState } from '../dubbo/effective-state.ts';
import { legacyConfigurators } from './legacy-rules.ts';
import { groupByAddress, instanceUrl, releaseOf, type ProviderGroup } from './provider-instances.ts';
import type { InterfaceFolder, RegistrySnapshot } from './registry-snapshot.ts';
import { ruleCatalog, type RuleCatalog } from './rule-catalog.ts';
import type { ServiceEntry } from './service-index.ts';

export interface EvaluatedProvider {
  readonly group: ProviderGroup;
  readonly url: DubboUrl;
  readonly release: string;
  readonly state: ReturnType<typeof effectiveProviderState>;
}

/**
 * Every provider instance of the service, evaluated. Memoised per interface folder and rule set
 * (the only inputs besides the service's application-level instances, checked by identity), so a
 * revision re-evaluates only the folders it touched, and a rule change everything. The answer is
 * shared between callers: never mutate it.
 */
export function evaluateProviders(snapshot: RegistrySnapshot, entry: ServiceEntry): readonly EvaluatedProvider[] {
  if (!entry.folder) return evaluateNow(snapshot, entry);
  let byRules = memo.get(entry.folder);
  if (!byRules) {
    byRules = new WeakMap();
    memo.set(entry.folder, byRules);
  }
  let byKey = byRules.get(snapshot.rules);
  if (!byKey) {
    byKey = new Map();
    byRules.set(snapshot.rules, byKey);
  }
  const cached = byKey.get(entry.key);
  if (cached && sameInstances(cached.appInstances, entry.appInstances)) return cached.evaluated;
  const evaluated = evaluateNow(snapshot, entry);
  byKey.set(entry.key, { appInstances: entry.appInstances, evaluated });
  return evaluated;
}

interface Memoised {
  readonly appInstances: readonly AppInstance[];
  readonly evaluated: readonly EvaluatedProvider[];
}

/** folder → rule set → service key: both maps are replaced, never edited, when they change. */
const memo = new WeakMap<InterfaceFolder, WeakMap<RegistrySnapshot['rules'], Map<string, Memoised>>>();

function sameInstances(a: readonly AppInstance[], b: readonly AppInstance[]): boolean {
  return a.length === b.length && a.every((instance, i) => instance === b[i]);
}

function evaluateNow(snapshot: RegistrySnapshot, entry: ServiceEntry): readonly EvaluatedProvider[] {
  const catalog = ruleCatalog(snapshot);
  const consumerRelease = dominantConsumerRelease(entry);
  return groupByAddress(entry.providers, entry.appInstances, entry.id.interface).map((group) => {
    const url = instanceUrl(group);
    const release = consumerRelease ?? releaseOf(url);
    const configurators = configuratorsFor(entry, url, catalog);
    return { group, url, release, state: effectiveProviderState({ provider: url, configurators, release }) };
  });
}

export function configuratorsFor(entry: ServiceEntry, url: DubboUrl, catalog: RuleCatalog): Configurator[] {
  const legacy = entry.folder ? legacyConfigurators(entry.folder) : [];
  const app = url.params['application'] ?? '';
  const appRules = (catalog.byApplication.get(app) ?? []).flatMap((r) => r.configurators);
  const serviceRules = (catalog.byService.get(entry.key) ?? []).flatMap((r) => r.configurators);
  return [...legacy, ...appRules, ...serviceRules];
}

export function dominantConsumerRelease(entry: ServiceEntry): string | undefined {
  const counts = new Map<string, number>();
  for (const consumer of entry.consumers) {
    const release = releaseOf(consumer.url);
    if (release) counts.set(release, (counts.get(release) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [release, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = release;
  return best;
}

