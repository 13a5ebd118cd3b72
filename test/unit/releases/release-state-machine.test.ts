// The release state machine, table-driven: every event from every state, with the refusal codes operators
// and the later leader loop rely on, and the timeline entry each move records.
import { describe, expect, it } from 'vitest';
import type { ReleaseState, TransitionKind } from '../../../server/contract/releases.ts';
import { holdDeadline, transition, type ReleaseEvent } from '../../../server/releases/release-state-machine.ts';

const T0 = new Date('2026-01-01T10:00:00.000Z');
const at = (seconds: number): Date => new Date(T0.getTime() + seconds * 1000);
const HOLDS = [60, 300, 0];

const draft: ReleaseState = { kind: 'draft' };
const running = (step: number, started = T0, holdSeconds = HOLDS[step] ?? 0): ReleaseState => ({
  kind: 'running',
  step,
  startedStepAt: started.toISOString(),
  holdSeconds,
});
const paused = (step: number, remaining: number): ReleaseState => ({ kind: 'paused', step, pausedAt: T0.toISOString(), remainingHoldSeconds: remaining });
const finished: ReleaseState[] = [
  { kind: 'promoted', at: T0.toISOString() },
  { kind: 'rolled-back', at: T0.toISOString() },
  { kind: 'failed', at: T0.toISOString(), code: 'CANARY_GONE' },
];

function run(state: ReleaseState, event: ReleaseEvent, when = at(10), cause: TransitionKind = 'operator') {
  return transition(state, event, { at: when, actor: 'alice', cause, reason: 'why', holds: HOLDS });
}

interface MoveCase {
  readonly name: string;
  readonly from: ReleaseState;
  readonly event: ReleaseEvent;
  readonly when?: Date;
  readonly cause?: TransitionKind;
  readonly to: ReleaseState;
}

const MOVES: MoveCase[] = [
  { name: 'start runs step 0 with its hold', from: draft, event: { kind: 'start' }, to: running(0, at(10)) },
  { name: 'operator advances before the hold ends', from: running(0), event: { kind: 'advance' }, to: running(1, at(10)) },
  { name: 'the leader advances once the hold elapsed', from: running(0), event: { kind: 'advance' }, when: at(60), cause: 'hold-elapsed', to: running(1, at(60)) },
  { name: 'pause keeps what is left of the hold', from: running(1), event: { kind: 'pause' }, when: at(100), to: { kind: 'paused', step: 1, pausedAt: at(100).toISOString(), remainingHoldSeconds: 200 } },
  { name: 'pause after the hold leaves none', from: running(0), event: { kind: 'pause' }, when: at(500), to: { kind: 'paused', step: 0, pausedAt: at(500).toISOString(), remainingHoldSeconds: 0 } },
  { name: 'resume restarts the remaining hold', from: paused(1, 200), event: { kind: 'resume' }, when: at(900), to: running(1, at(900), 200) },
  { name: 'promote from running', from: running(1), event: { kind: 'promote' }, to: { kind: 'promoted', at: at(10).toISOString() } },
  { name: 'promote from paused', from: paused(0, 5), event: { kind: 'promote' }, to: { kind: 'promoted', at: at(10).toISOString() } },
  { name: 'the leader completes the last step once its hold ended', from: running(2, T0, 60), event: { kind: 'promote' }, when: at(60), cause: 'hold-elapsed', to: { kind: 'promoted', at: at(60).toISOString() } },
  { name: 'rollback from running', from: running(2), event: { kind: 'rollback' }, to: { kind: 'rolled-back', at: at(10).toISOString() } },
  { name: 'rollback cancels a draft', from: draft, event: { kind: 'rollback' }, to: { kind: 'rolled-back', at: at(10).toISOString() } },
  { name: 'rollback cleans up after a failure', from: { kind: 'failed', at: T0.toISOString(), code: 'CANARY_GONE' }, event: { kind: 'rollback' }, to: { kind: 'rolled-back', at: at(10).toISOString() } },
  { name: 'a manual edit (conflict) pauses a running release', from: running(1), event: { kind: 'pause' }, when: at(100), cause: 'conflict', to: { kind: 'paused', step: 1, pausedAt: at(100).toISOString(), remainingHoldSeconds: 200 } },
  { name: 'a vanished canary pauses a running release', from: running(0), event: { kind: 'pause' }, cause: 'canary-gone', to: { kind: 'paused', step: 0, pausedAt: at(10).toISOString(), remainingHoldSeconds: 50 } },
  { name: 'a conflict fails a running release', from: running(1), event: { kind: 'fail', code: 'RULE_CONFLICT' }, cause: 'conflict', to: { kind: 'failed', at: at(10).toISOString(), code: 'RULE_CONFLICT' } },
  { name: 'a vanished canary fails a paused release', from: paused(1, 3), event: { kind: 'fail', code: 'CANARY_GONE' }, cause: 'canary-gone', to: { kind: 'failed', at: at(10).toISOString(), code: 'CANARY_GONE' } },
];

describe('moves', () => {
  it.each(MOVES)('$name', (c) => {
    const outcome = run(c.from, c.event, c.when, c.cause);
    expect(outcome.kind).toBe('moved');
    if (outcome.kind !== 'moved') return;
    expect(outcome.state).toEqual(c.to);
    expect(outcome.entry).toMatchObject({ at: (c.when ?? at(10)).toISOString(), kind: c.cause ?? 'operator', actor: 'alice', reason: 'why' });
    expect(outcome.entry.from.state).toBe(c.from.kind);
    expect(outcome.entry.to.state).toBe(c.to.kind);
  });

  it('records the steps it moves between', () => {
    const outcome = run(running(0), { kind: 'advance' });
    expect(outcome.kind === 'moved' && outcome.entry).toMatchObject({ from: { state: 'running', step: 0 }, to: { state: 'running', step: 1 } });
  });
});

interface RefusalCase {
  readonly name: string;
  readonly from: ReleaseState;
  readonly event: ReleaseEvent;
  readonly when?: Date;
  readonly cause?: TransitionKind;
  readonly code: string;
}

const REFUSALS: RefusalCase[] = [
  ...finished.flatMap((from) =>
    (['start', 'advance', 'pause', 'resume', 'promote', 'rollback'] as const)
      .filter((kind) => !(from.kind === 'failed' && kind === 'rollback'))
      .map((kind) => ({ name: `${kind} after ${from.kind}`, from, event: { kind } as ReleaseEvent, code: 'RELEASE_FINISHED' })),
  ),
  { name: 'start twice', from: running(0), event: { kind: 'start' }, code: 'ALREADY_STARTED' },
  { name: 'advance a draft', from: draft, event: { kind: 'advance' }, code: 'NOT_STARTED' },
  { name: 'advance while paused', from: paused(0, 10), event: { kind: 'advance' }, code: 'NOT_RUNNING' },
  { name: 'advance past the last step', from: running(2), event: { kind: 'advance' }, code: 'LAST_STEP' },
  { name: 'the leader advances too early', from: running(0), event: { kind: 'advance' }, when: at(59), cause: 'hold-elapsed', code: 'HOLD_NOT_ELAPSED' },
  { name: 'pause a draft', from: draft, event: { kind: 'pause' }, code: 'NOT_STARTED' },
  { name: 'pause twice', from: paused(0, 10), event: { kind: 'pause' }, code: 'NOT_RUNNING' },
  { name: 'resume a running release', from: running(0), event: { kind: 'resume' }, code: 'NOT_PAUSED' },
  { name: 'promote a draft', from: draft, event: { kind: 'promote' }, code: 'NOT_STARTED' },
  { name: 'fail a draft', from: draft, event: { kind: 'fail', code: 'X' }, cause: 'conflict', code: 'NOT_STARTED' },
  { name: 'the leader completes a step that is not the last', from: running(1), event: { kind: 'promote' }, when: at(400), cause: 'hold-elapsed', code: 'NOT_LAST_STEP' },
  { name: 'the leader completes the last step too early', from: running(2, T0, 60), event: { kind: 'promote' }, when: at(59), cause: 'hold-elapsed', code: 'HOLD_NOT_ELAPSED' },
  { name: 'the leader completes a paused release', from: paused(2, 30), event: { kind: 'promote' }, cause: 'hold-elapsed', code: 'NOT_RUNNING' },
  { name: 'the leader pauses on a hold', from: running(0), event: { kind: 'pause' }, cause: 'hold-elapsed', code: 'BAD_CAUSE' },
  { name: 'a problem pauses a paused release again', from: paused(0, 10), event: { kind: 'pause' }, cause: 'canary-gone', code: 'NOT_RUNNING' },
  { name: 'a problem resumes a release', from: paused(0, 10), event: { kind: 'resume' }, cause: 'conflict', code: 'BAD_CAUSE' },
  { name: 'an operator "fails" a release', from: running(0), event: { kind: 'fail', code: 'X' }, code: 'BAD_CAUSE' },
];

describe('refusals', () => {
  it.each(REFUSALS)('$name → $code', (c) => {
    const outcome = run(c.from, c.event, c.when, c.cause);
    expect(outcome).toMatchObject({ kind: 'refused', code: c.code });
  });

  it('refuses to start a release without steps', () => {
    expect(transition(draft, { kind: 'start' }, { at: T0, actor: 'a', cause: 'operator', reason: '', holds: [] })).toMatchObject({ code: 'NO_STEPS' });
  });
});

describe('holdDeadline', () => {
  it('is the step start plus its hold, and only while running', () => {
    expect(holdDeadline(running(1))?.toISOString()).toBe(at(300).toISOString());
    expect(holdDeadline(paused(1, 30))).toBeUndefined();
  });
});
