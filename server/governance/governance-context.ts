/**
 * The part of the registry snapshot an operation acts on: the services it touches (one for service scope,
 * every service the application provides for application scope), their providers evaluated by the read
 * side's own code, and the Dubbo releases that actually consume them. Unknown services or instances and
 * targets Dubbo cannot reach are refused here, before anything is planned.
 */
import { isLegacyRelease } from '../dubbo/dubbo-release.ts';
import { effectiveProviderState, type EffectiveProviderState } from '../dubbo/effective-state.ts';
import { notFoundError, validationError } from '../errors/domain-error.ts';
import { configuratorsFor, evaluateProviders, type EvaluatedProvider } from '../registry/provider-evaluation.ts';
import { releaseOf } from '../registry/provider-instances.ts';
import type { RegistrySnapshot } from '../registry/registry-snapshot.ts';
import { ruleCatalog } from '../registry/rule-catalog.ts';
import { serviceIndex, type ServiceEntry } from '../registry/service-index.ts';
import type { RuleOperation } from './governance-operation.ts';

export interface AffectedService {
  readonly entry: ServiceEntry;
  readonly providers: readonly EvaluatedProvider[];
  /** Distinct releases of its consumers ('' = unknown, read as 3.3). */
  readonly consumerReleases: readonly string[];
}

function consumerReleases(entry: ServiceEntry): string[] {
  return [...new Set(entry.consumers.map((c) => releaseOf(c.url)))];
}

function providesFor(entry: ServiceEntry, application: string): boolean {
  return (
    entry.providers.some((p) => p.url.params['application'] === application) ||
    entry.appInstances.some((i) => i.application === application)
  );
}

export function affectedServices(snapshot: RegistrySnapshot, op: RuleOperation): AffectedService[] {
  const index = serviceIndex(snapshot);
  let entries: ServiceEntry[];
  if (op.target.scope === 'service') {
    const entry = index.get(op.target.serviceKey);
    if (!entry) throw notFoundError('UNKNOWN_SERVICE', `no service ${op.target.serviceKey} in the registry`);
    entries = [entry];
  } else {
    const app = op.target.application;
    entries = [...index.values()].filter((e) => providesFor(e, app));
    if (entries.length === 0) throw notFoundError('UNKNOWN_APPLICATION', `application ${app} provides no service`);
  }
  const services = entries.map((entry) => ({
    entry,
    providers: evaluateProviders(snapshot, entry),
    consumerReleases: consumerReleases(entry),
  }));
  const target = op.target;
  for (const address of op.addresses) {
    const found = services.flatMap((s) => s.providers).filter((p) => p.group.address === address);
    const ofApp = target.scope === 'service' ? found : found.filter((p) => p.url.params['application'] === target.application);
    if (ofApp.length === 0) {
      throw notFoundError('UNKNOWN_INSTANCE', `${address} is not a provider of ${targetLabel(op)}`, { address });
    }
    if (target.scope === 'application' && ofApp.some((p) => isLegacyRelease(releaseOf(p.url)))) {
      // 2.6 has no config center; Dubbo Admin refuses application scope for it too (§3b).
      throw validationError('NOT_SUPPORTED', `${address} runs Dubbo 2.6, which has no application-scope rules; use service scope with legacy mode`, { address });
    }
  }
  return services;
}

export function targetLabel(op: RuleOperation): string {
  return op.target.scope === 'service' ? `service ${op.target.serviceKey}` : `application ${op.target.application}`;
}

/** The releases whose behaviour an operation must hold for: the consumers', plus the provider's own. */
export function checkReleases(service: AffectedService, provider: EvaluatedProvider, legacy: boolean): string[] {
  const all = [...new Set([...service.consumerReleases, releaseOf(provider.url)])];
  return legacy ? all : all.filter((r) => !isLegacyRelease(r));
}

/** The provider as a consumer of `release` sees it under the snapshot's rules. */
export function stateAt(snapshot: RegistrySnapshot, entry: ServiceEntry, provider: EvaluatedProvider, release: string): EffectiveProviderState {
  const configurators = configuratorsFor(entry, provider.url, ruleCatalog(snapshot));
  return effectiveProviderState({ provider: provider.url, configurators, release });
}
