// Weighted-mode arithmetic, checked with the console's own traffic prediction (server/dubbo/traffic-share.ts):
// for every mix of canary and stable counts the canary set's predicted share is within 1 point of the step.
import { describe, expect, it } from 'vitest';
import { predictShares } from '../../../server/dubbo/traffic-share.ts';
import { DomainError } from '../../../server/errors/domain-error.ts';
import { MAX_WEIGHT } from '../../../server/governance/governance-operation.ts';
import { TOLERANCE, weightSplit, weightsFor } from '../../../server/releases/weight-split.ts';

/** The canary share Dubbo 3.3 random load balancing gives when every provider carries the split's weights. */
function predictedCanaryShare(canaryCount: number, stableCount: number, percent: number): { share: number; weights: number[] } {
  const canary = Array.from({ length: canaryCount }, (_, i) => `10.1.0.${i}:20880`);
  const stable = Array.from({ length: stableCount }, (_, i) => `10.2.0.${i}:20880`);
  const weights = weightsFor(weightSplit({ canaryCount, stableCount, percent }), canary, stable);
  // Stable first: the first invoker is a stable one, as the registry may well order them.
  const ordered = [...weights.slice(canaryCount), ...weights.slice(0, canaryCount)];
  const prediction = predictShares(
    ordered.map((w) => ({ weight: w.weight, enabled: true, hasExplicitWeight: true, hasTimestamp: false })),
    { release: '3.3.1' },
  );
  expect(prediction.predictable).toBe(true);
  const share = ordered.reduce((sum, w, i) => sum + (w.address.startsWith('10.1.') ? (prediction.shares[i] ?? 0) : 0), 0);
  return { share: share * 100, weights: weights.map((w) => w.weight) };
}

const COUNTS = [1, 2, 3, 5, 7, 10, 13, 20, 33, 50, 99];
const PERCENTS = [1, 2, 5, 10, 25, 33, 50, 67, 75, 90, 99];

describe('weightSplit', () => {
  describe.each(PERCENTS)('%i%', (percent) => {
    it.each(COUNTS.flatMap((c) => COUNTS.map((s) => [c, s] as const)))('%i canary / %i stable is within 1 point', (c, s) => {
      const { share, weights } = predictedCanaryShare(c, s, percent);
      expect(Math.abs(share - percent)).toBeLessThanOrEqual(TOLERANCE);
      for (const w of weights) {
        expect(Number.isInteger(w)).toBe(true);
        expect(w).toBeGreaterThanOrEqual(1);
        expect(w).toBeLessThanOrEqual(MAX_WEIGHT);
      }
    });
  });

  it('keeps the stable instances at Dubbo’s default 100 when that already gives the share', () => {
    const split = weightSplit({ canaryCount: 1, stableCount: 9, percent: 10 });
    expect(split).toMatchObject({ canaryWeight: 100, stableWeight: 100, total: 1000, canaryShare: 0.1 });
    expect(split.formula).toBe('100 × 1 / (100 × 1 + 100 × 9) = 10.00%');
  });

  it('gives one canary among many 1% and 99%', () => {
    expect(weightSplit({ canaryCount: 1, stableCount: 99, percent: 1 })).toMatchObject({ canaryWeight: 100, stableWeight: 100 });
    const high = weightSplit({ canaryCount: 1, stableCount: 99, percent: 99 });
    expect(high.canaryShare).toBeCloseTo(0.99, 4);
  });

  it('gives many canaries among few 1%', () => {
    const split = weightSplit({ canaryCount: 50, stableCount: 2, percent: 1 });
    expect(Math.abs(split.canaryShare * 100 - 1)).toBeLessThanOrEqual(TOLERANCE);
    expect(split.canaryWeight).toBeGreaterThanOrEqual(1);
  });

  it('promotes with canary 100 and stable 0, which Dubbo leaves without calls', () => {
    const split = weightSplit({ canaryCount: 2, stableCount: 5, percent: 100 });
    expect(split).toMatchObject({ canaryWeight: 100, stableWeight: 0, canaryShare: 1 });
    expect(predictedCanaryShare(2, 5, 100).share).toBeCloseTo(100, 6);
  });

  it('refuses a share the weight range cannot reach, with the closest split', () => {
    let error: unknown;
    try {
      weightSplit({ canaryCount: 1, stableCount: 1000, percent: 99 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('SPLIT_UNREACHABLE');
    expect((error as DomainError).details).toMatchObject({ closest: { canaryWeight: MAX_WEIGHT, stableWeight: 1 } });
  });
});
