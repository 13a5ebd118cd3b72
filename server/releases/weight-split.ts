/**
 * Weighted-mode arithmetic: one integer weight for every canary and one for every stable instance so that
 * random (and round-robin) load balancing gives the canary set the step's share — P(canary) = c·wc / (c·wc +
 * s·ws), dubbo-format.md §6 — within TOLERANCE percentage points. Weights stay in the console's range
 * 1–MAX_WEIGHT; every provider gets one, because 3.x random load balancing ignores weights unless the first
 * invoker has one (§6, §9.13). 100% (promotion) is canary 100, stable 0: Dubbo sends no calls to weight 0
 * while another provider has weight > 0 (§6), and nothing is disabled, so the stable set can be drained.
 */
import { conflictError } from '../errors/domain-error.ts';
import { MAX_WEIGHT } from '../governance/governance-operation.ts';
import type { WeightSplit } from '../contract/releases.ts';

/** Percentage points the predicted share may differ from the asked one. */
export const TOLERANCE = 1;
/** Stable instances keep Dubbo's default weight when that already gives the share (readable rule files). */
const PREFERRED_STABLE = 100;
/** A split this close to the asked share is taken at once, without looking for a closer one. */
const GOOD_ENOUGH = 0.05;

export interface SplitInput {
  readonly canaryCount: number;
  readonly stableCount: number;
  /** Canary share in percent, 1–100. */
  readonly percent: number;
}

function describe(wc: number, c: number, ws: number, s: number): WeightSplit {
  const total = wc * c + ws * s;
  const canaryShare = total === 0 ? 0 : (wc * c) / total;
  const formula = `${wc} × ${c} / (${wc} × ${c} + ${ws} × ${s}) = ${(canaryShare * 100).toFixed(2)}%`;
  return { canaryWeight: wc, stableWeight: ws, canaryCount: c, stableCount: s, total, canaryShare, formula };
}

function errorOf(split: WeightSplit, percent: number): number {
  return Math.abs(split.canaryShare * 100 - percent);
}

/** The canary weight for a stable weight `ws`: the exact ratio p·s / ((100 − p)·c), rounded and kept in range. */
function candidate(input: SplitInput, ws: number): WeightSplit {
  const { canaryCount: c, stableCount: s, percent: p } = input;
  const exact = (p * s * ws) / ((100 - p) * c);
  const wc = Math.min(MAX_WEIGHT, Math.max(1, Math.round(exact)));
  return describe(wc, c, ws, s);
}

/**
 * The split for one step. Tries the stable weight 100 first, then every stable weight from 1 up, and keeps the
 * closest; refuses with SPLIT_UNREACHABLE when even the closest misses by more than TOLERANCE (a handful of
 * canaries facing thousands of stable instances at 99%, say).
 */
export function weightSplit(input: SplitInput): WeightSplit {
  const { canaryCount: c, stableCount: s, percent: p } = input;
  if (c < 1 || s < 0 || p <= 0 || p > 100) throw new RangeError(`bad split input ${JSON.stringify(input)}`);
  if (p === 100 || s === 0) return describe(100, c, 0, s);
  let best = candidate(input, PREFERRED_STABLE);
  if (errorOf(best, p) <= GOOD_ENOUGH) return best;
  for (let ws = 1; ws <= MAX_WEIGHT; ws++) {
    const next = candidate(input, ws);
    if (errorOf(next, p) < errorOf(best, p)) best = next;
    if (errorOf(best, p) <= GOOD_ENOUGH) break;
  }
  if (errorOf(best, p) > TOLERANCE) {
    throw conflictError(
      'SPLIT_UNREACHABLE',
      `${c} canary and ${s} stable instances cannot get ${p}% within ${TOLERANCE} point with weights 1–${MAX_WEIGHT} (closest: ${best.formula})`,
      { percent: p, canaryCount: c, stableCount: s, closest: best },
    );
  }
  return best;
}

/** The weight of every instance for a split, canaries first, each list in its given order. */
export function weightsFor(
  split: WeightSplit,
  canary: readonly string[],
  stable: readonly string[],
): Array<{ readonly address: string; readonly weight: number }> {
  return [
    ...canary.map((address) => ({ address, weight: split.canaryWeight })),
    ...stable.map((address) => ({ address, weight: split.stableWeight })),
  ];
}
