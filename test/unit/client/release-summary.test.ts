import { describe, expect, it } from 'vitest';
import type { Release } from '@contract/releases.ts';
import { formatHoldLeft, holdEndsAt, isActiveRelease, releaseBadgeLabel, releaseStepLabel, releaseTarget } from '../../../client/lib/release-summary.ts';
import { formatHold, statePointLabel, transitionKindLabel } from '../../../client/features/releases/release-wording.ts';

const AT = '2026-01-01T00:00:00.000Z';
const step = (percent: number) => ({ percent, holdSeconds: 0, split: null, services: [] });
const release = (patch: Partial<Release>): Release => ({
  id: 'r-0000000003',
  application: 'order-app',
  service: null,
  mode: 'weighted',
  tag: null,
  canarySelector: { addresses: ['10.0.1.1:50051'] },
  state: { kind: 'running', step: 1, startedStepAt: AT, holdSeconds: 0 },
  currentStep: 1,
  steps: [5, 25, 50, 100].map(step),
  canary: ['10.0.1.1:50051'],
  stable: ['10.0.1.2:50051'],
  timeline: [],
  touchedRules: [],
  createdAt: AT,
  createdBy: 'alice',
  reason: '',
  warnings: [],
  ...patch,
});

describe('release summary', () => {
  it('names the step and the badge of a weighted release', () => {
    expect(releaseStepLabel(release({}))).toBe('25% · step 2 of 4');
    expect(releaseBadgeLabel(release({}))).toBe('Gray release r-0000000003 · running 25%');
    const paused = release({ state: { kind: 'paused', step: 1, pausedAt: AT, remainingHoldSeconds: 0 } });
    expect(releaseBadgeLabel(paused)).toBe('Gray release r-0000000003 · paused 25%');
  });

  it('names a tag release by its tag, and a finished one without a step', () => {
    const tag = release({ mode: 'tag', tag: 'gray', steps: [step(100)], currentStep: 0 });
    expect(releaseStepLabel(tag)).toBe('tag gray');
    expect(releaseBadgeLabel(tag)).toBe('Gray release r-0000000003 · running, tag gray');
    const done = release({ state: { kind: 'rolled-back', at: AT }, currentStep: null });
    expect(releaseStepLabel(done)).toBe('—');
    expect(releaseBadgeLabel(done)).toBe('Gray release r-0000000003 · rolled back');
    expect(isActiveRelease(done)).toBe(false);
    expect(isActiveRelease(release({}))).toBe(true);
  });

  it('names the target', () => {
    expect(releaseTarget({ application: 'shop', service: null })).toBe('shop');
    expect(releaseTarget({ application: 'shop', service: 'a.Svc' })).toBe('shop / a.Svc');
  });

  it('finds when a running hold ends, and counts it down', () => {
    expect(holdEndsAt({ kind: 'running', step: 0, startedStepAt: AT, holdSeconds: 90 })).toBe(Date.parse(AT) + 90_000);
    expect(holdEndsAt({ kind: 'running', step: 0, startedStepAt: AT, holdSeconds: 0 })).toBeUndefined();
    expect(holdEndsAt({ kind: 'paused', step: 0, pausedAt: AT, remainingHoldSeconds: 30 })).toBeUndefined();
    expect([0, 1_200, 59_000, 65_000, 3_725_000].map(formatHoldLeft)).toEqual(['0 s', '2 s', '59 s', '1 min 05 s', '1 h 02 min']);
  });

  it('words holds and transitions', () => {
    expect([0, 90, 600, 7_200, 9_000].map(formatHold)).toEqual(['until advanced by hand', '90 s', '10 min', '2 h', '2 h 30 min']);
    expect(statePointLabel({ state: 'running', step: 1 })).toBe('running, step 2');
    expect(statePointLabel({ state: 'rolled-back', step: null })).toBe('rolled back');
    expect(transitionKindLabel('hold-elapsed')).toBe('hold elapsed');
  });
});
