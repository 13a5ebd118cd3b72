/**
 * Proves a planned tag-mode rule with the consumers' own router (server/dubbo/tag-routing.ts, §5) for every
 * Dubbo release that consumes the target, service by service: untagged calls must still reach a provider
 * (UNTAGGED_STRANDED, §9.12), and calls carrying the release's tag must reach exactly the canary instances
 * (TAG_STRANDED when none — also for a service no canary provides, under a `force: true` rule —, TAG_NOT_ISOLATED when a stable instance would get them). Consumers older than
 * 2.7 read no tag rule at all: they are a warning, since their calls keep reaching the canaries.
 */
import { isLegacyRelease, parseRelease, releaseAtLeast } from '../dubbo/dubbo-release.ts';
import { parseTagRule } from '../dubbo/tag-rule.ts';
import { routeByTag } from '../dubbo/tag-routing.ts';
import { conflictError, type DomainError } from '../errors/domain-error.ts';
import type { TargetService } from './canary-selection.ts';

export interface TagCheckInput {
  readonly services: readonly TargetService[];
  readonly canary: readonly string[];
  readonly tag: string;
  readonly ruleText: string;
  readonly consumerReleases: readonly string[];
}

export interface TagCheckResult {
  readonly refusal?: DomainError;
  readonly warnings: Array<{ readonly code: string; readonly message: string }>;
}

interface Routable {
  readonly host: string;
  readonly port: number;
  readonly params: Readonly<Record<string, string>>;
  readonly address: string;
}

function routable(service: TargetService): Routable[] {
  return service.providers
    .filter((p) => p.state.enabled)
    .map((p) => ({ host: p.url.host, port: p.url.port, params: p.url.params, address: p.group.address }));
}

/** '' (unknown consumer release) is checked as the current line, like the rest of the console. */
function releasesToCheck(consumerReleases: readonly string[]): string[] {
  const dynamic = consumerReleases.filter((r) => !isLegacyRelease(r));
  return dynamic.length > 0 ? [...new Set(dynamic)] : [''];
}

export function checkTagRelease(input: TagCheckInput): TagCheckResult {
  const rule = parseTagRule(input.ruleText);
  const canary = new Set(input.canary);
  const warnings: Array<{ code: string; message: string }> = [];
  const legacy = input.consumerReleases.filter(isLegacyRelease);
  if (legacy.length > 0) {
    warnings.push({
      code: 'LEGACY_CONSUMERS_IGNORE_TAGS',
      message: `consumers on Dubbo ${[...new Set(legacy)].join(', ')} read no tag rules: their calls keep reaching the canary instances`,
    });
  }
  for (const service of input.services) {
    const providers = routable(service);
    for (const release of releasesToCheck(input.consumerReleases)) {
      const label = `${service.entry.key} (Dubbo ${release === '' ? 'unknown, read as 3.3' : release} consumers)`;
      const untagged = routeByTag(providers, { release, rule });
      if (untagged.length === 0) {
        return { refusal: conflictError('UNTAGGED_STRANDED', `untagged calls to ${label} would find no provider`, { serviceKey: service.entry.key, release }), warnings };
      }
      const tagged = routeByTag(providers, { release, rule, tag: input.tag }).map((p) => p.address);
      const canaryHere = providers.filter((p) => canary.has(p.address));
      if (tagged.length === 0) {
        return { refusal: conflictError('TAG_STRANDED', `calls tagged ${input.tag} to ${label} would find no provider`, { serviceKey: service.entry.key, release }), warnings };
      }
      const leaked = tagged.filter((a) => !canary.has(a));
      if (canaryHere.length > 0 && leaked.length > 0) {
        return {
          refusal: conflictError('TAG_NOT_ISOLATED', `calls tagged ${input.tag} to ${label} would also reach ${leaked.join(', ')}`, { serviceKey: service.entry.key, release, leaked }),
          warnings,
        };
      }
      if (canaryHere.length === 0) {
        warnings.push({ code: 'NO_CANARY_FOR_SERVICE', message: `no canary provides ${service.entry.key}; its tagged calls go to stable providers` });
      }
    }
  }
  return { warnings: dedupe(warnings) };
}

function dedupe<T extends { code: string; message: string }>(list: readonly T[]): T[] {
  const seen = new Set<string>();
  return list.filter((w) => (seen.has(w.message) ? false : (seen.add(w.message), true)));
}

/** Whether `match` may be written: every provider and consumer runs 3.2+ (v3.0 `match` is ignored before, §9.3). */
export function everyoneReadsMatch(releases: readonly string[]): boolean {
  return releases.length > 0 && releases.every((r) => r === '' || releaseAtLeast(parseRelease(r), 3, 2));
}
