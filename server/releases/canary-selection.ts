/**
 * Splits one application's provider instances (optionally of one service) into the canary set and the
 * stable set, from the current registry snapshot: by explicit `ip:port` addresses, or by exact provider URL
 * parameters (`version`, `release`, `dubbo.tag`, any parameter; a canary must match all of them). Canaries
 * are always the application's; for a release of one service the stable set is every other provider of
 * that service, other applications' included, so the step's share is of all its calls. Instances
 * are `ip:port` (DESIGN.md §2), so an instance providing several services is one canary. Refusals carry
 * stable codes: UNKNOWN_APPLICATION, UNKNOWN_SERVICE, UNKNOWN_INSTANCE, BAD_ADDRESS, NO_CANARY, NO_STABLE.
 */
import type { CanarySelector } from '../contract/releases.ts';
import { parseServiceKey, serviceKeyOf } from '../dubbo/service-key.ts';
import { notFoundError, validationError, conflictError } from '../errors/domain-error.ts';
import { canonicalAddress } from '../governance/governance-operation.ts';
import { evaluateProviders, type EvaluatedProvider } from '../registry/provider-evaluation.ts';
import { releaseOf } from '../registry/provider-instances.ts';
import type { RegistrySnapshot } from '../registry/registry-snapshot.ts';
import { serviceIndex, type ServiceEntry } from '../registry/service-index.ts';

export interface ReleaseTargetInput {
  readonly application: string;
  readonly service?: string | undefined;
  readonly canary: CanarySelector;
  /**
   * Cleaning up (rollback): instances that left the registry are dropped instead of refused, and an empty
   * canary or stable set is no error.
   */
  readonly tolerateGone?: boolean;
}

export interface TargetService {
  readonly entry: ServiceEntry;
  /** This application's providers of the service, evaluated under the current rules. */
  readonly providers: readonly EvaluatedProvider[];
  /** Every provider of the service, other applications' included: they take calls too. */
  readonly allProviders: readonly EvaluatedProvider[];
}

export interface CanarySelection {
  readonly services: readonly TargetService[];
  /** Sorted `ip:port` lists; disjoint, together every instance of the target. */
  readonly canary: readonly string[];
  readonly stable: readonly string[];
  /** Dubbo releases of the target's providers and of their consumers ('' = unknown). */
  readonly providerReleases: readonly string[];
  readonly consumerReleases: readonly string[];
}

function targetServices(snapshot: RegistrySnapshot, input: ReleaseTargetInput): TargetService[] {
  const index = serviceIndex(snapshot);
  let entries: ServiceEntry[];
  if (input.service !== undefined) {
    let key: string;
    try {
      // Canonical `[group/]interface[:version]`, as governance targets are; a rule key (`iface:v:g`) is refused.
      const id = parseServiceKey(input.service);
      if (id.version.includes(':') || /[\s,*]/.test(input.service)) throw new Error('not a concrete service key');
      key = serviceKeyOf(id);
    } catch {
      throw validationError('BAD_TARGET', `"${input.service}" is not a service key ([group/]interface[:version])`);
    }
    const entry = index.get(key);
    if (!entry) throw notFoundError('UNKNOWN_SERVICE', `no service ${key} in the registry`);
    entries = [entry];
  } else {
    entries = [...index.values()];
  }
  const services = entries
    .map((entry) => {
      const allProviders = evaluateProviders(snapshot, entry);
      return { entry, allProviders, providers: allProviders.filter((p) => p.url.params['application'] === input.application) };
    })
    .filter((s) => s.providers.length > 0);
  if (services.length === 0 && input.tolerateGone !== true) {
    const where = input.service === undefined ? 'any service' : input.service;
    throw notFoundError('UNKNOWN_APPLICATION', `application ${input.application} provides no instance of ${where}`, { application: input.application });
  }
  return services;
}

function matchesAll(provider: EvaluatedProvider, match: Readonly<Record<string, string>>): boolean {
  return Object.entries(match).every(([key, value]) => provider.url.params[key] === value);
}

function explicitCanary(addresses: readonly string[], all: ReadonlySet<string>, input: ReleaseTargetInput): Set<string> {
  const canary = new Set<string>();
  const application = input.application;
  for (const raw of addresses) {
    const address = canonicalAddress(raw);
    if (address === undefined) throw validationError('BAD_ADDRESS', `"${raw}" is not a provider address (ip:port)`, { address: raw });
    if (!all.has(address) && input.tolerateGone === true) continue;
    if (!all.has(address)) throw notFoundError('UNKNOWN_INSTANCE', `${address} is not a provider of ${application}`, { address });
    canary.add(address);
  }
  return canary;
}

export function selectCanary(snapshot: RegistrySnapshot, input: ReleaseTargetInput): CanarySelection {
  const services = targetServices(snapshot, input);
  const providers = services.flatMap((s) => s.providers);
  const all = new Set(providers.map((p) => p.group.address));
  const serving = input.service === undefined ? all : new Set(services.flatMap((s) => s.allProviders).map((p) => p.group.address));
  const match = input.canary.match;
  const canary =
    input.canary.addresses !== undefined
      ? explicitCanary(input.canary.addresses, all, input)
      : new Set(providers.filter((p) => match !== undefined && matchesAll(p, match)).map((p) => p.group.address));
  const strict = input.tolerateGone !== true;
  if (canary.size === 0 && strict) {
    throw conflictError('NO_CANARY', `no provider of ${input.application} matches ${JSON.stringify(match ?? {})}`, { match });
  }
  const stable = [...serving].filter((a) => !canary.has(a));
  if (stable.length === 0 && strict) {
    throw conflictError('NO_STABLE', `every provider of ${input.application} would be a canary; nothing would keep serving the rest`, {
      canary: [...canary],
    });
  }
  const consumers = services.flatMap((s) => s.entry.consumers.map((c) => releaseOf(c.url)));
  return {
    services,
    canary: [...canary].sort(),
    stable: stable.sort(),
    providerReleases: [...new Set(providers.map((p) => releaseOf(p.url)))].sort(),
    consumerReleases: [...new Set(consumers)].sort(),
  };
}
