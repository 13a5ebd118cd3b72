import { describe, expect, it } from 'vitest';
import { predictShares } from '../../../server/dubbo/traffic-share.ts';
import {
  needsWeightedPick,
  randomPick,
  selectProvider,
  warmWeight,
  type Invoker,
  type SelectionRequest,
} from '../../../server/demo/provider-selection.ts';
import { seededRandom } from '../../../server/demo/seeded-random.ts';

const NOW = 1_800_000_000_000;

/** An invoker on 10.0.0.<n>:20880; `weight` undefined = no weight parameter (effective 100). */
function inv(n: number, weight: number | undefined, more: { enabled?: boolean; params?: Record<string, string> } = {}): Invoker {
  return {
    address: `10.0.0.${n}:20880`,
    host: `10.0.0.${n}`,
    port: 20880,
    params: { ...(weight === undefined ? {} : { weight: String(weight) }), ...more.params },
    weight: weight ?? 100,
    enabled: more.enabled ?? true,
  };
}

/** Fraction of `picks` seeded picks that went to each invoker, in invoker order. */
function shares(request: Omit<SelectionRequest, 'now'>, picks = 20_000, seed = 7): number[] {
  const rng = seededRandom(seed);
  const counts = new Map(request.invokers.map((i) => [i.address, 0]));
  for (let n = 0; n < picks; n += 1) {
    const s = selectProvider({ ...request, now: NOW }, rng);
    if (s.kind === 'picked') counts.set(s.invoker.address, (counts.get(s.invoker.address) ?? 0) + 1);
  }
  return request.invokers.map((i) => (counts.get(i.address) ?? 0) / picks);
}

describe('random load balancing as a Dubbo consumer does it (§6)', () => {
  it.each<[string, Invoker[], string, number[]]>([
    ['weights 100/300 → 25/75 (2.7)', [inv(1, 100), inv(2, 300)], '2.7.8', [0.25, 0.75]],
    ['weights 100/300 → 25/75 (3.3, explicit weights)', [inv(1, 100), inv(2, 300)], '3.3.1', [0.25, 0.75]],
    ['equal weights → uniform', [inv(1, 100), inv(2, 100), inv(3, 100), inv(4, 100)], '3.3.1', [0.25, 0.25, 0.25, 0.25]],
    ['weight 0 gets nothing', [inv(1, 0), inv(2, 100), inv(3, 100)], '3.3.1', [0, 0.5, 0.5]],
    ['all weights 0 → uniform', [inv(1, 0), inv(2, 0)], '3.3.1', [0.5, 0.5]],
    ['disabled providers are not invokers', [inv(1, 100), inv(2, 300, { enabled: false }), inv(3, 100)], '3.3.1', [0.5, 0, 0.5]],
    ['3.x quirk: first invoker without weight/timestamp → uniform', [inv(1, undefined), inv(2, 300), inv(3, 100)], '3.3.1', [1 / 3, 1 / 3, 1 / 3]],
    ['3.x quirk: first invoker with weight → weighted, others default 100', [inv(1, 300), inv(2, undefined)], '3.3.1', [0.75, 0.25]],
    ['3.x quirk: a timestamp on the first invoker is enough', [inv(1, undefined, { params: { timestamp: String(NOW - 3_600_000) } }), inv(2, 300)], '3.2.10', [0.25, 0.75]],
    ['3.x quirk: the first *enabled* invoker decides', [inv(1, undefined, { enabled: false }), inv(2, 100), inv(3, 300)], '3.3.1', [0, 0.25, 0.75]],
    ['3.0.0 predates the quirk', [inv(1, undefined), inv(2, 300)], '3.0.0', [0.25, 0.75]],
    ['2.7 has no quirk', [inv(1, undefined), inv(2, 300)], '2.7.23', [0.25, 0.75]],
  ])('%s', (_, invokers, release, expected) => {
    const measured = shares({ invokers, release });
    measured.forEach((share, i) => expect(share).toBeCloseTo(expected[i] ?? 0, 1));
    measured.forEach((share, i) => expect(Math.abs(share - (expected[i] ?? 0))).toBeLessThan(0.015));
  });

  it('agrees with the console prediction (predictShares) on every predictable case', () => {
    const cases: [Invoker[], string][] = [
      [[inv(1, 100), inv(2, 300), inv(3, 50)], '3.3.1'],
      [[inv(1, undefined), inv(2, 300)], '3.3.1'],
      [[inv(1, 0), inv(2, 200), inv(3, 200, { enabled: false })], '2.7.8'],
    ];
    for (const [invokers, release] of cases) {
      const predicted = predictShares(
        invokers.map((i) => ({ weight: i.weight, enabled: i.enabled, hasExplicitWeight: i.params['weight'] !== undefined, hasTimestamp: false })),
        { release },
      );
      const measured = shares({ invokers, release });
      measured.forEach((share, i) => expect(Math.abs(share - (predicted.shares[i] ?? 0))).toBeLessThan(0.015));
    }
  });

  it('is deterministic for a seed', () => {
    const invokers = [inv(1, 100), inv(2, 300), inv(3, 50)];
    const run = (seed: number): string[] => {
      const rng = seededRandom(seed);
      return Array.from({ length: 50 }, () => randomPick(invokers, '3.3.1', NOW, rng)?.address ?? '');
    };
    expect(run(42)).toEqual(run(42));
    expect(run(42)).not.toEqual(run(43));
  });

  it('takes a single invoker without consulting the rng', () => {
    let draws = 0;
    const rng = (): number => {
      draws += 1;
      return 0.5;
    };
    expect(randomPick([inv(1, 0)], '3.3.1', NOW, rng)?.address).toBe('10.0.0.1:20880');
    expect(draws).toBe(0);
  });

  it.each<[string, Invoker[], string, boolean]>([
    ['2.7 always weighs', [inv(1, undefined)], '2.7.8', true],
    ['3.0.1 looks at the first invoker: no weight', [inv(1, undefined), inv(2, 5)], '3.0.1', false],
    ['3.3.1 looks at the first invoker: weight', [inv(1, 5), inv(2, undefined)], '3.3.1', true],
    ['an empty weight parameter does not count', [inv(1, undefined, { params: { weight: '' } })], '3.3.1', false],
  ])('needWeightLoadBalance: %s', (_, invokers, release, expected) => {
    expect(needsWeightedPick(invokers, release)).toBe(expected);
  });

  it.each<[string, number, Record<string, string>, number]>([
    ['no timestamp: full weight', 100, {}, 100],
    ['1 minute into the default 10 minute warm-up', 100, { timestamp: String(NOW - 60_000) }, 10],
    ['custom warmup', 200, { timestamp: String(NOW - 30_000), warmup: '60000' }, 100],
    ['warmed up', 100, { timestamp: String(NOW - 700_000) }, 100],
    ['just started: at least 1', 100, { timestamp: String(NOW - 1) }, 1],
    ['clock skew (timestamp in the future): 1', 100, { timestamp: String(NOW + 5_000) }, 1],
    ['weight 0 stays 0', 0, { timestamp: String(NOW - 60_000) }, 0],
  ])('warm-up: %s', (_, weight, params, expected) => {
    expect(warmWeight({ ...inv(1, weight), params }, NOW)).toBe(expected);
  });

  it('a warming provider gets its ramped share (2.7 consumers keep timestamp)', () => {
    const fresh = inv(1, 100, { params: { timestamp: String(NOW - 60_000) } });
    const old = inv(2, 100, { params: { timestamp: String(NOW - 3_600_000) } });
    const [a, b] = shares({ invokers: [fresh, old], release: '2.7.8' });
    expect(a).toBeCloseTo(10 / 110, 1);
    expect(b).toBeCloseTo(100 / 110, 1);
  });

  it.each<[string, Invoker[], SelectionRequest['release'], string]>([
    ['no providers', [], '3.3.1', 'no-providers'],
    ['every provider disabled', [inv(1, 100, { enabled: false })], '3.3.1', 'all-disabled'],
    ['untagged request, every provider statically tagged', [inv(1, 100, { params: { 'dubbo.tag': 'gray' } })], '3.3.1', 'tag-routed-away'],
  ])('no provider: %s', (_, invokers, release, reason) => {
    expect(selectProvider({ invokers, release, now: NOW }, seededRandom(1))).toEqual({ kind: 'no-provider', reason });
  });
});
