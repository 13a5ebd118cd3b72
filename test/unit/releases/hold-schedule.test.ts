import { describe, expect, it } from 'vitest';
import type { Release, ReleaseState } from '../../../server/contract/releases.ts';
import { dueMoves, holdReason, nextDeadline } from '../../../server/releases/hold-schedule.ts';

const T0 = Date.parse('2026-12-03T10:00:00.000Z');
const at = (seconds: number): Date => new Date(T0 + seconds * 1000);

/** Only what the schedule reads: the id, the state and how many steps there are. */
function release(id: string, state: ReleaseState, steps = 4): Release {
  return { id, state, steps: Array.from({ length: steps }, () => ({ percent: 0, holdSeconds: 0, split: null, services: [] })) } as unknown as Release;
}
const running = (step: number, holdSeconds: number, startedAt = 0): ReleaseState => ({ kind: 'running', step, startedStepAt: at(startedAt).toISOString(), holdSeconds });

describe('the hold schedule', () => {
  it('advances a running step once its hold has passed, not a moment before', () => {
    const releases = [release('r-0000000001', running(0, 60))];
    expect(dueMoves(releases, at(59.999))).toEqual([]);
    expect(dueMoves(releases, at(60))).toEqual([{ id: 'r-0000000001', move: 'advance', step: 0, deadline: at(60) }]);
    expect(nextDeadline(releases, at(10))).toEqual(at(60));
    expect(nextDeadline(releases, at(60))).toBeUndefined();
  });

  it('promotes after the last step’s hold, and never moves a hold of 0 (by hand) or a paused release', () => {
    const releases = [
      release('r-0000000002', running(3, 30)),
      release('r-0000000003', running(1, 0)),
      release('r-0000000004', { kind: 'paused', step: 1, pausedAt: at(0).toISOString(), remainingHoldSeconds: 5 }),
      release('r-0000000005', { kind: 'promoted', at: at(0).toISOString() }),
      release('r-0000000006', { kind: 'draft' }),
    ];
    expect(dueMoves(releases, at(3600))).toEqual([{ id: 'r-0000000002', move: 'promote', step: 3, deadline: at(30) }]);
    expect(nextDeadline(releases.slice(1), at(0))).toBeUndefined();
  });

  it('answers several due releases earliest deadline first, and the next deadline among those still waiting', () => {
    const releases = [release('r-0000000010', running(0, 100)), release('r-0000000011', running(1, 10)), release('r-0000000012', running(0, 500))];
    expect(dueMoves(releases, at(200)).map((m) => m.id)).toEqual(['r-0000000011', 'r-0000000010']);
    expect(nextDeadline(releases, at(200))).toEqual(at(500));
  });

  it('words the timeline reason by what held', () => {
    expect(holdReason({ id: 'r-1', move: 'advance', step: 1, deadline: at(0) }, 300)).toBe('step 2 held for 300 s');
    expect(holdReason({ id: 'r-1', move: 'promote', step: 3, deadline: at(0) }, 60)).toBe('the last step held for 60 s');
  });
});
