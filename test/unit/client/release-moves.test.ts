import { describe, expect, it } from 'vitest';
import type { Release, ReleaseState } from '@contract/releases.ts';
import { moveAvailability, moveReached, RELEASE_MOVES } from '../../../client/features/releases/release-moves.ts';
import type { ReleaseMove } from '../../../client/features/releases/release-moves.ts';

const AT = '2026-01-01T00:00:00.000Z';
const step = { percent: 5, holdSeconds: 0, split: null, services: [] };
const steps = [step, { ...step, percent: 50 }];
const release = (state: ReleaseState, mode: Release['mode'] = 'weighted') => ({ state, steps: mode === 'tag' ? [step] : steps, mode });
const allowed = (subject: ReturnType<typeof release>) => RELEASE_MOVES.filter((m) => moveAvailability(subject, m).allowed);

describe('moveAvailability', () => {
  it.each<[string, ReleaseState, ReleaseMove[]]>([
    ['draft', { kind: 'draft' }, ['start', 'rollback']],
    ['running, first step', { kind: 'running', step: 0, startedStepAt: AT, holdSeconds: 0 }, ['advance', 'pause', 'promote', 'rollback']],
    ['running, last step', { kind: 'running', step: 1, startedStepAt: AT, holdSeconds: 0 }, ['pause', 'promote', 'rollback']],
    ['paused', { kind: 'paused', step: 0, pausedAt: AT, remainingHoldSeconds: 0 }, ['resume', 'promote', 'rollback']],
    ['promoted', { kind: 'promoted', at: AT }, []],
    ['rolled back', { kind: 'rolled-back', at: AT }, []],
    ['failed (rollback restores the files)', { kind: 'failed', at: AT, code: 'CANARY_GONE' }, ['rollback']],
  ])('%s', (_name, state, moves) => {
    expect(allowed(release(state))).toEqual(moves);
  });

  it('says why a move is closed', () => {
    expect(moveAvailability(release({ kind: 'paused', step: 0, pausedAt: AT, remainingHoldSeconds: 0 }), 'advance')).toEqual({ allowed: false, why: 'Resume the release before advancing it.' });
    expect(moveAvailability(release({ kind: 'running', step: 0, startedStepAt: AT, holdSeconds: 0 }, 'tag'), 'advance')).toEqual({
      allowed: false,
      why: 'A tag release has one step: promote or roll back.',
    });
    expect(moveAvailability(release({ kind: 'promoted', at: AT }), 'rollback')).toEqual({ allowed: false, why: 'The release is finished.' });
  });
});

describe('moveReached', () => {
  const running = (s: number): Pick<Release, 'state'> => ({ state: { kind: 'running', step: s, startedStepAt: AT, holdSeconds: 0 } });
  const paused: Pick<Release, 'state'> = { state: { kind: 'paused', step: 0, pausedAt: AT, remainingHoldSeconds: 0 } };

  it('waits for the state the move leads to', () => {
    expect(moveReached('advance', running(0), running(0))).toBe(false);
    expect(moveReached('advance', running(0), running(1))).toBe(true);
    expect(moveReached('pause', running(0), running(0))).toBe(false);
    expect(moveReached('pause', running(0), paused)).toBe(true);
    expect(moveReached('resume', paused, paused)).toBe(false);
    expect(moveReached('resume', paused, running(0))).toBe(true);
    expect(moveReached('promote', running(1), { state: { kind: 'promoted', at: AT } })).toBe(true);
    expect(moveReached('rollback', running(1), running(1))).toBe(false);
    expect(moveReached('rollback', running(1), { state: { kind: 'rolled-back', at: AT } })).toBe(true);
    expect(moveReached('start', { state: { kind: 'draft' } }, undefined)).toBe(false);
  });
});
