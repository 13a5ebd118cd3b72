/**
 * The steps of a release: validated percentages and holds, and for weighted mode the weights of each step
 * with the split they predict per service of the target (server/dubbo/traffic-share.ts, the same prediction
 * the services page shows). Refusals: BAD_STEPS, BAD_HOLD, SPLIT_UNREACHABLE (weight-split.ts).
 */
import type { ReleaseMode, ReleaseStep } from '../contract/releases.ts';
import { predictShares } from '../dubbo/traffic-share.ts';
import { validationError } from '../errors/domain-error.ts';
import type { CanarySelection, TargetService } from './canary-selection.ts';
import { TOLERANCE, weightSplit, weightsFor } from './weight-split.ts';

export interface StepWarning {
  readonly code: string;
  readonly message: string;
}

/** Weighted: 1–100, strictly increasing. Tag mode isolates in one step: none or `[100]` given → `[100]`. */
export function validateSteps(mode: ReleaseMode, steps: readonly number[]): number[] {
  if (mode === 'tag') {
    if (steps.length === 0 || (steps.length === 1 && steps[0] === 100)) return [100];
    throw validationError('BAD_STEPS', 'a tag-mode release has one step: give steps [] or [100]', { steps });
  }
  if (steps.length === 0) throw validationError('BAD_STEPS', 'a weighted release needs at least one step', { steps });
  steps.forEach((p, i) => {
    if (!Number.isInteger(p) || p < 1 || p > 100) throw validationError('BAD_STEPS', `step ${i + 1} must be a whole percentage 1–100`, { steps });
    const before = steps[i - 1];
    if (before !== undefined && p <= before) throw validationError('BAD_STEPS', 'steps must be strictly increasing', { steps });
  });
  return [...steps];
}

/** One hold for every step, or one per step (the lengths must agree); default 0 (advance by hand). */
export function holdsFor(steps: readonly number[], hold: number | readonly number[] | undefined): number[] {
  if (hold === undefined) return steps.map(() => 0);
  if (typeof hold === 'number') return steps.map(() => hold);
  if (hold.length !== steps.length) {
    throw validationError('BAD_HOLD', `holdSeconds has ${hold.length} values for ${steps.length} steps`, { holdSeconds: hold, steps });
  }
  return [...hold];
}

export interface ServiceShare {
  readonly serviceKey: string;
  readonly canaryShare: number;
  readonly predictable: boolean;
}

/**
 * The canary set's predicted share of each service's calls when the release's instances carry `weights`;
 * providers outside the release (other applications, application-wide releases) keep their current effective
 * weight and take their part.
 */
export function predictServiceShares(services: readonly TargetService[], weights: ReadonlyMap<string, number>, canary: ReadonlySet<string>): ServiceShare[] {
  return services.map((s) => {
    const inputs = s.allProviders.map((p) => {
      const weight = weights.get(p.group.address);
      return {
        weight: weight ?? p.state.weight,
        enabled: p.state.enabled,
        hasExplicitWeight: weight !== undefined || p.state.params['weight'] !== undefined,
        hasTimestamp: p.state.params['timestamp'] !== undefined,
      };
    });
    const first = s.allProviders[0];
    const prediction = predictShares(inputs, { release: first?.release ?? '', loadbalance: first?.state.params['loadbalance'] ?? '' });
    const canaryShare = s.allProviders.reduce((sum, p, i) => sum + (canary.has(p.group.address) ? (prediction.shares[i] ?? 0) : 0), 0);
    return { serviceKey: s.entry.key, canaryShare, predictable: prediction.predictable };
  });
}

export interface PlannedSteps {
  readonly steps: ReleaseStep[];
  readonly warnings: StepWarning[];
}

export function planSteps(mode: ReleaseMode, percents: readonly number[], holds: readonly number[], selection: CanarySelection): PlannedSteps {
  const warnings: StepWarning[] = [];
  if (mode === 'tag') return { steps: [{ percent: 100, holdSeconds: holds[0] ?? 0, split: null, services: [] }], warnings };
  const canary = new Set(selection.canary);
  const steps = percents.map((percent, i): ReleaseStep => {
    const split = weightSplit({ canaryCount: selection.canary.length, stableCount: selection.stable.length, percent });
    const weights = new Map(weightsFor(split, selection.canary, selection.stable).map((w) => [w.address, w.weight]));
    const services = predictServiceShares(selection.services, weights, canary);
    for (const s of services) {
      if (Math.abs(s.canaryShare * 100 - percent) > TOLERANCE) {
        warnings.push({
          code: 'SPLIT_UNEVEN',
          message: `at ${percent}% the canary would get ${(s.canaryShare * 100).toFixed(1)}% of ${s.serviceKey} (not every instance provides it, or some are disabled)`,
        });
      }
    }
    return { percent, holdSeconds: holds[i] ?? 0, split, services };
  });
  return { steps, warnings };
}
