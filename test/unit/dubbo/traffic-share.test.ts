import { describe, expect, it } from 'vitest';
import { predictShares, type ShareInput } from '../../../server/dubbo/traffic-share.ts';

const p = (weight: number, more: Partial<ShareInput> = {}): ShareInput => ({
  weight,
  enabled: true,
  hasExplicitWeight: true,
  hasTimestamp: false,
  ...more,
});

const round = (xs: readonly number[]): number[] => xs.map((x) => Math.round(x * 1e6) / 1e6);

describe('predictShares (§6)', () => {
  it.each<[string, ShareInput[], string, string | undefined, number[], boolean]>([
    ['weights 100/300', [p(100), p(300)], '3.3.1', undefined, [0.25, 0.75], true],
    ['weights 100/300 on 2.6', [p(100), p(300)], '2.6.5', 'random', [0.25, 0.75], true],
    ['equal weights', [p(100), p(100), p(100), p(100)], '3.3.1', undefined, [0.25, 0.25, 0.25, 0.25], true],
    ['a zero weight gets nothing', [p(0), p(100)], '3.3.1', undefined, [0, 1], true],
    ['all zero → uniform', [p(0), p(0)], '3.3.1', undefined, [0.5, 0.5], true],
    ['disabled → 0', [p(100), p(300, { enabled: false }), p(100)], '3.3.1', undefined, [0.5, 0, 0.5], true],
    ['none enabled → all 0', [p(100, { enabled: false })], '3.3.1', undefined, [0], true],
    ['3.x: first invoker without weight or timestamp → uniform', [p(100, { hasExplicitWeight: false }), p(300), p(100)], '3.3.1', undefined, [1 / 3, 1 / 3, 1 / 3], false],
    ['3.x: no provider weighs → uniform (weights are defaults anyway)', [p(100, { hasExplicitWeight: false }), p(100, { hasExplicitWeight: false })], '3.0.1', undefined, [0.5, 0.5], true],
    ['3.x: a timestamp is enough to keep weights', [p(100, { hasExplicitWeight: false, hasTimestamp: true }), p(300)], '3.3.1', undefined, [0.25, 0.75], true],
    ['3.0.0 has no quirk', [p(100, { hasExplicitWeight: false }), p(300)], '3.0.0', undefined, [0.25, 0.75], true],
    ['2.7 has no quirk', [p(100, { hasExplicitWeight: false }), p(300)], '2.7.8', undefined, [0.25, 0.75], true],
    ['3.x: first disabled, next one decides', [p(100, { enabled: false, hasExplicitWeight: false }), p(100), p(300)], '3.3.1', undefined, [0, 0.25, 0.75], true],
    ['3.x: first weighs but another does not → order-dependent', [p(100), p(300, { hasExplicitWeight: false })], '3.3.1', undefined, [0.25, 0.75], false],
    ['roundrobin keeps the proportions', [p(100), p(300)], '3.3.1', 'roundrobin', [0.25, 0.75], true],
    ['roundrobin with all zero weights', [p(0), p(0)], '3.3.1', 'roundrobin', [0.5, 0.5], false],
    ['leastactive is not predictable', [p(100), p(300)], '3.3.1', 'leastactive', [0.5, 0.5], false],
    ['shortestresponse is not predictable', [p(100), p(300)], '3.3.1', 'shortestresponse', [0.5, 0.5], false],
    ['consistenthash is not predictable', [p(100), p(300)], '3.3.1', 'consistenthash', [0.5, 0.5], false],
    ['adaptive is not predictable', [p(100), p(300)], '3.3.1', 'adaptive', [0.5, 0.5], false],
  ])('%s', (_, providers, release, loadbalance, shares, predictable) => {
    const result = predictShares(providers, loadbalance === undefined ? { release } : { release, loadbalance });
    expect(round(result.shares)).toEqual(round(shares));
    expect(result.predictable).toBe(predictable);
    const total = result.shares.reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(providers.some((x) => x.enabled) ? 1 : 0, 9);
  });

  it('explains the 3.x quirk', () => {
    expect(predictShares([p(100, { hasExplicitWeight: false }), p(300)], { release: '' }).note).toContain('first provider');
  });
});
