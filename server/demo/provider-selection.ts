import { parseRelease, releaseAtLeast } from '../dubbo/dubbo-release.ts';
import { javaInt } from '../dubbo/java-values.ts';
import { randomInt, type Rng } from './seeded-random.ts';
import { routeByTag, type TagRequest } from '../dubbo/tag-routing.ts';

/**
 * How a Dubbo consumer picks the provider of one call (dubbo-format.md §6), pure and seeded:
 * drop disabled invokers (`RegistryDirectory.toInvokers`), run the tag router (§5), then `random` load
 * balancing with warm-up and, from 3.0.1, the first-invoker quirk (`needWeightLoadBalance`).
 * Invokers come in directory order: "first" is whatever the registry listed first, as in Dubbo.
 */
export interface Invoker {
  /** `ip:port`. */
  readonly address: string;
  readonly host: string;
  readonly port: number;
  /** The provider URL's parameters as this consumer sees them (configurators applied; 3.x: no timestamp). */
  readonly params: Readonly<Record<string, string>>;
  /** Effective weight after configurators, before warm-up. */
  readonly weight: number;
  /** Effective enabled state after configurators (`disabled`, `enabled`). */
  readonly enabled: boolean;
}

export interface SelectionRequest extends TagRequest {
  readonly invokers: readonly Invoker[];
  /** Epoch ms, for warm-up. */
  readonly now: number;
}

export type Selection =
  | { readonly kind: 'picked'; readonly invoker: Invoker }
  | { readonly kind: 'no-provider'; readonly reason: 'no-providers' | 'all-disabled' | 'tag-routed-away' };

const DEFAULT_WARMUP_MS = 10 * 60 * 1000;

/** `AbstractLoadBalance.getWeight`: while `uptime < warmup`, weight ramps up from 1 (§6 step 3). */
export function warmWeight(invoker: Invoker, now: number): number {
  const weight = invoker.weight;
  if (weight <= 0) return 0;
  const timestamp = Number(invoker.params['timestamp'] ?? 0);
  if (!Number.isFinite(timestamp) || timestamp <= 0) return weight;
  const uptime = now - timestamp;
  if (uptime < 0) return 1;
  const warmup = javaInt(invoker.params['warmup']) ?? DEFAULT_WARMUP_MS;
  if (uptime === 0 || uptime >= warmup) return weight;
  const ramped = Math.trunc(uptime / (warmup / weight));
  return ramped < 1 ? 1 : Math.min(ramped, weight);
}

/** 3.0.1+ `RandomLoadBalance.needWeightLoadBalance`: only the first invoker's URL is looked at (§6, §9.13). */
export function needsWeightedPick(invokers: readonly Invoker[], release: string): boolean {
  if (!releaseAtLeast(parseRelease(release), 3, 0, 1)) return true;
  const first = invokers[0];
  if (first === undefined) return false;
  return (first.params['weight'] ?? '') !== '' || (first.params['timestamp'] ?? '') !== '';
}

/** `RandomLoadBalance.doSelect` (behind `AbstractLoadBalance.select`'s single-invoker shortcut). */
export function randomPick(invokers: readonly Invoker[], release: string, now: number, rng: Rng): Invoker | undefined {
  if (invokers.length <= 1) return invokers[0];
  if (!needsWeightedPick(invokers, release)) return invokers[randomInt(rng, invokers.length)];
  const cumulative: number[] = [];
  let total = 0;
  let sameWeight = true;
  invokers.forEach((invoker, i) => {
    const weight = warmWeight(invoker, now);
    total += weight;
    cumulative.push(total);
    if (sameWeight && total !== weight * (i + 1)) sameWeight = false;
  });
  if (total > 0 && !sameWeight) {
    const offset = randomInt(rng, total);
    const index = cumulative.findIndex((c) => offset < c);
    return invokers[index];
  }
  return invokers[randomInt(rng, invokers.length)];
}

export function selectProvider(request: SelectionRequest, rng: Rng): Selection {
  if (request.invokers.length === 0) return { kind: 'no-provider', reason: 'no-providers' };
  const live = request.invokers.filter((i) => i.enabled);
  if (live.length === 0) return { kind: 'no-provider', reason: 'all-disabled' };
  const routed = routeByTag(live, request);
  const invoker = randomPick(routed, request.release, request.now, rng);
  return invoker === undefined ? { kind: 'no-provider', reason: 'tag-routed-away' } : { kind: 'picked', invoker };
}
