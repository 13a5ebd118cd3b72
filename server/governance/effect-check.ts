/**
 * Proves a plan against Dubbo's matching rules before it is written: every targeted provider must end up
 * with the wanted weight / enabled flag for each Dubbo release that consumes it (and its own release), and
 * no other provider may change. Failures are warnings naming the release — the write may still be useful
 * (e.g. for the releases it does reach), but the operator sees exactly where it does not hold.
 */
import type { EffectiveProviderState } from '../dubbo/effective-state.ts';
import { releaseOf } from '../registry/provider-instances.ts';
import type { RegistrySnapshot } from '../registry/registry-snapshot.ts';
import { serviceIndex } from '../registry/service-index.ts';
import { isLegacyRelease } from '../dubbo/dubbo-release.ts';
import { checkReleases, stateAt, type AffectedService } from './governance-context.ts';
import type { GovernanceAction } from './governance-operation.ts';
import type { PlanWarning } from './guardrails.ts';

export function holds(action: GovernanceAction, state: EffectiveProviderState): boolean {
  if (action.kind === 'disable') return !state.enabled;
  if (action.kind === 'enable') return state.enabled;
  return state.weight === action.weight && state.params['weight'] !== undefined;
}

export function checkEffect(
  before: RegistrySnapshot,
  after: RegistrySnapshot,
  services: readonly AffectedService[],
  action: GovernanceAction,
  targets: ReadonlySet<string>,
  legacy: boolean,
): PlanWarning[] {
  const warnings: PlanWarning[] = [];
  for (const service of services) {
    const afterEntry = serviceIndex(after).get(service.entry.key) ?? service.entry;
    for (const provider of service.providers) {
      const address = provider.group.address;
      for (const release of checkReleases(service, provider, legacy)) {
        const now = stateAt(after, afterEntry, provider, release);
        const label = release === '' ? 'unknown release (read as 3.3)' : release;
        if (targets.has(address)) {
          if (!holds(action, now)) {
            warnings.push({
              code: 'EFFECT_NOT_REACHED',
              message: `${address} of ${service.entry.key}: ${describe(action)} does not hold for Dubbo ${label} consumers`,
              details: { serviceKey: service.entry.key, address, release, weight: now.weight, enabled: now.enabled },
            });
          }
          continue;
        }
        const was = stateAt(before, service.entry, provider, release);
        if (was.weight !== now.weight || was.enabled !== now.enabled) {
          warnings.push({
            code: 'COLLATERAL_CHANGE',
            message: `${address} of ${service.entry.key} also changes for Dubbo ${label} consumers`,
            details: { serviceKey: service.entry.key, address, release, before: pick(was), after: pick(now) },
          });
        }
      }
    }
    const legacyApps = [...service.consumerReleases, ...service.providers.map((p) => releaseOf(p.url))].filter(isLegacyRelease);
    if (!legacy && legacyApps.length > 0) {
      warnings.push({
        code: 'LEGACY_APPS_NOT_REACHED',
        message: `${service.entry.key} has Dubbo 2.6 applications, which read only legacy override:// rules; use legacy mode`,
        details: { serviceKey: service.entry.key, releases: [...new Set(legacyApps)] },
      });
    }
  }
  return warnings;
}

function describe(action: GovernanceAction): string {
  return action.kind === 'set-weight' ? `weight ${action.weight}` : action.kind === 'disable' ? 'disabled' : 'enabled';
}

function pick(s: EffectiveProviderState): { weight: number; enabled: boolean } {
  return { weight: s.weight, enabled: s.enabled };
}
