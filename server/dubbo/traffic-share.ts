import { parseRelease, releaseAtLeast } from './dubbo-release.ts';

/**
 * The long-run split of calls among a service's providers that a console can promise (dubbo-format.md §6).
 * Weights are the effective ones (after configurators); routers are assumed to have run already.
 */
export interface ShareInput {
  readonly weight: number;
  readonly enabled: boolean;
  /** The consumer-side URL carries a `weight` (registered or overridden). */
  readonly hasExplicitWeight: boolean;
  /** The consumer-side URL still carries `timestamp` (3.x interface discovery strips it). */
  readonly hasTimestamp: boolean;
}

export interface SharePrediction {
  /** One fraction per input provider; sums to 1 over enabled providers, all 0 when none is enabled. */
  shares: number[];
  predictable: boolean;
  note?: string;
}

const WEIGHT_BLIND = new Set(['leastactive', 'shortestresponse', 'consistenthash', 'adaptive']);

function uniform(providers: readonly ShareInput[]): number[] {
  const n = providers.filter((p) => p.enabled).length;
  return providers.map((p) => (p.enabled && n > 0 ? 1 / n : 0));
}

function proportional(providers: readonly ShareInput[]): number[] | undefined {
  const weights = providers.map((p) => (p.enabled ? Math.max(0, Math.floor(p.weight)) : 0));
  const total = weights.reduce((a, b) => a + b, 0);
  return total === 0 ? undefined : weights.map((w) => w / total);
}

/**
 * 3.0.1+ `RandomLoadBalance.needWeightLoadBalance` looks at the first invoker only: without an explicit weight
 * and a timestamp there, every call is uniform (§6 "3.0.1+ quirk", §9.13). Disabled providers are not invokers,
 * so "first" is the first enabled one in the given order — which Dubbo does not fix, hence "mixed" is unpredictable.
 */
function randomShares(providers: readonly ShareInput[], release: string): SharePrediction {
  const live = providers.filter((p) => p.enabled);
  const weighs = (p: ShareInput): boolean => p.hasExplicitWeight || p.hasTimestamp;
  if (releaseAtLeast(parseRelease(release), 3, 0, 1) && live.length > 0 && !live.every(weighs)) {
    const first = live[0];
    const mixed = live.some(weighs);
    const note = 'Dubbo 3.0.1+ random load balancing ignores weights when the first provider has no explicit weight';
    if (first !== undefined && !weighs(first)) return { shares: uniform(providers), predictable: !mixed, note };
    return {
      shares: proportional(providers) ?? uniform(providers),
      predictable: false,
      note: `${note}; some providers lack one, so the split depends on the invoker order`,
    };
  }
  const shares = proportional(providers);
  return shares === undefined
    ? { shares: uniform(providers), predictable: true, note: 'all weights are 0: calls are spread uniformly' }
    : { shares, predictable: true };
}

export function predictShares(
  providers: readonly ShareInput[],
  options: { readonly release: string; readonly loadbalance?: string },
): SharePrediction {
  if (!providers.some((p) => p.enabled)) {
    return { shares: providers.map(() => 0), predictable: true, note: 'no enabled provider' };
  }
  const lb = options.loadbalance === undefined || options.loadbalance === '' ? 'random' : options.loadbalance;
  if (lb === 'random') return randomShares(providers, options.release);
  if (lb === 'roundrobin') {
    const shares = proportional(providers);
    // Smooth weighted round robin with every weight 0 always picks the first invoker, whose identity is not fixed.
    return shares === undefined
      ? {
          shares: uniform(providers),
          predictable: false,
          note: 'all weights are 0: round robin sends every call to one provider',
        }
      : { shares, predictable: true };
  }
  const why = WEIGHT_BLIND.has(lb)
    ? `${lb} load balancing depends on live load, not only on weights`
    : `unknown load balancer "${lb}"`;
  return { shares: uniform(providers), predictable: false, note: `${why}; uniform estimate` };
}
