/**
 * The life of a gray release as a pure state machine: draft → running(step i) ⇄ paused → promoted |
 * rolled-back | failed. `transition` answers the next state plus the timeline entry recording it, or a
 * refusal with a stable code; it never throws and never reads a clock (the time comes in with the event).
 * Invariants: promoted and rolled-back accept nothing, failed accepts only a rollback (which cleans up the
 * rules the release left in place); a conflict or a vanished canary pauses a running release (the cause is
 * recorded); a running state always carries the hold of its step, so a leader loop can compute the
 * deadline (startedStepAt + holdSeconds) from the stored state alone.
 */
import type { Release, ReleaseState, ReleaseStatePoint, ReleaseTransition, TransitionKind } from '../contract/releases.ts';

export type ReleaseEvent =
  | { readonly kind: 'start' }
  | { readonly kind: 'advance' }
  | { readonly kind: 'pause' }
  | { readonly kind: 'resume' }
  | { readonly kind: 'promote' }
  | { readonly kind: 'rollback' }
  /** The release cannot go on at all (its whole target left the registry): it stops where it is. */
  | { readonly kind: 'fail'; readonly code: string };

export type ReleaseEventName = ReleaseEvent['kind'];

export interface TransitionContext {
  readonly at: Date;
  readonly actor: string;
  /** Who or what asked: an operator, the leader after the hold elapsed, or a detected problem. */
  readonly cause: TransitionKind;
  readonly reason: string;
  /** Hold of each step in seconds (the release's plan); its length is the number of steps. */
  readonly holds: readonly number[];
}

export type TransitionOutcome =
  | { readonly kind: 'moved'; readonly state: ReleaseState; readonly entry: ReleaseTransition }
  | { readonly kind: 'refused'; readonly code: TransitionRefusal; readonly message: string };

export type TransitionRefusal =
  | 'RELEASE_FINISHED'
  | 'NOT_STARTED'
  | 'ALREADY_STARTED'
  | 'NOT_RUNNING'
  | 'NOT_PAUSED'
  | 'LAST_STEP'
  | 'NOT_LAST_STEP'
  | 'HOLD_NOT_ELAPSED'
  | 'NO_STEPS'
  | 'BAD_CAUSE';

const TERMINAL = new Set<ReleaseState['kind']>(['promoted', 'rolled-back', 'failed']);

/** No further step or promotion: promoted, rolled back or failed. */
export function isTerminal(state: ReleaseState): boolean {
  return TERMINAL.has(state.kind);
}

function accepts(state: ReleaseState, event: ReleaseEvent): boolean {
  return !isTerminal(state) || (state.kind === 'failed' && event.kind === 'rollback');
}

export function statePoint(state: ReleaseState): ReleaseStatePoint {
  return { state: state.kind, step: state.kind === 'running' || state.kind === 'paused' ? state.step : null };
}

/** When the running step's hold ends (undefined when not running). */
export function holdDeadline(state: ReleaseState): Date | undefined {
  if (state.kind !== 'running') return undefined;
  return new Date(Date.parse(state.startedStepAt) + state.holdSeconds * 1000);
}

type Refusal = Extract<TransitionOutcome, { kind: 'refused' }>;

function refuse(code: TransitionRefusal, message: string): Refusal {
  return { kind: 'refused', code, message };
}

function running(step: number, ctx: TransitionContext, holdSeconds = ctx.holds[step] ?? 0): ReleaseState {
  return { kind: 'running', step, startedStepAt: ctx.at.toISOString(), holdSeconds };
}

/** The state an event leads to, or why not — before the cause is checked. */
function next(state: ReleaseState, event: ReleaseEvent, ctx: TransitionContext): ReleaseState | Refusal {
  const at = ctx.at.toISOString();
  switch (event.kind) {
    case 'start':
      if (state.kind !== 'draft') return refuse('ALREADY_STARTED', 'the release has already started');
      if (ctx.holds.length === 0) return refuse('NO_STEPS', 'the release has no steps');
      return running(0, ctx);
    case 'advance': {
      if (state.kind === 'draft') return refuse('NOT_STARTED', 'start the release first');
      if (state.kind !== 'running') return refuse('NOT_RUNNING', 'only a running release advances; resume it first');
      if (state.step + 1 >= ctx.holds.length) return refuse('LAST_STEP', 'this is the last step; promote or roll back');
      const deadline = holdDeadline(state);
      if (ctx.cause === 'hold-elapsed' && deadline !== undefined && ctx.at < deadline) {
        return refuse('HOLD_NOT_ELAPSED', `the step holds until ${deadline.toISOString()}`);
      }
      return running(state.step + 1, ctx);
    }
    case 'pause': {
      if (state.kind !== 'running') return refuse(state.kind === 'draft' ? 'NOT_STARTED' : 'NOT_RUNNING', 'only a running release pauses');
      const left = Math.max(0, Math.ceil((Date.parse(state.startedStepAt) + state.holdSeconds * 1000 - ctx.at.getTime()) / 1000));
      return { kind: 'paused', step: state.step, pausedAt: at, remainingHoldSeconds: Math.min(left, state.holdSeconds) };
    }
    case 'resume':
      if (state.kind !== 'paused') return refuse('NOT_PAUSED', 'the release is not paused');
      return running(state.step, ctx, state.remainingHoldSeconds);
    case 'promote': {
      if (state.kind === 'draft') return refuse('NOT_STARTED', 'start the release before promoting it');
      if (ctx.cause !== 'hold-elapsed') return { kind: 'promoted', at };
      // Completing by itself: only a running last step whose hold has ended.
      if (state.kind !== 'running') return refuse('NOT_RUNNING', 'only a running release completes by itself');
      if (state.step + 1 < ctx.holds.length) return refuse('NOT_LAST_STEP', 'only the last step completes the release; advance instead');
      const deadline = holdDeadline(state);
      if (deadline !== undefined && ctx.at < deadline) return refuse('HOLD_NOT_ELAPSED', `the step holds until ${deadline.toISOString()}`);
      return { kind: 'promoted', at };
    }
    case 'rollback':
      return { kind: 'rolled-back', at };
    case 'fail':
      if (state.kind === 'draft') return refuse('NOT_STARTED', 'a draft has nothing to fail');
      return { kind: 'failed', at, code: event.code };
  }
}

const PROBLEMS = new Set<TransitionKind>(['conflict', 'canary-gone']);

/**
 * Operators start, pause, resume, promote and roll back; the leader only advances (or completes the last step) after a hold; a detected
 * problem (a manual edit of a touched file, the canary gone) pauses — it can be waited out or looked at —
 * and only fails a release that cannot go on at all (its whole target left the registry).
 */
function causeAllowed(event: ReleaseEvent, cause: TransitionKind): boolean {
  if (event.kind === 'fail') return PROBLEMS.has(cause);
  if (event.kind === 'pause') return cause === 'operator' || PROBLEMS.has(cause);
  if (event.kind === 'advance' || event.kind === 'promote') return cause === 'operator' || cause === 'hold-elapsed';
  if (event.kind === 'rollback') return cause !== 'hold-elapsed';
  return cause === 'operator';
}

export function transition(state: ReleaseState, event: ReleaseEvent, ctx: TransitionContext): TransitionOutcome {
  if (!accepts(state, event)) return refuse('RELEASE_FINISHED', `the release is already ${state.kind}`);
  if (!causeAllowed(event, ctx.cause)) return refuse('BAD_CAUSE', `${ctx.cause} cannot ${event.kind} a release`);
  const to = next(state, event, ctx);
  if (to.kind === 'refused') return to;
  return {
    kind: 'moved',
    state: to,
    entry: { at: ctx.at.toISOString(), from: statePoint(state), to: statePoint(to), kind: ctx.cause, actor: ctx.actor, reason: ctx.reason },
  };
}

/** The release document after a move: its new state, current step and the timeline entry appended. */
export function withTransition(release: Release, state: ReleaseState, entry: ReleaseTransition): Release {
  const currentStep = state.kind === 'running' || state.kind === 'paused' ? state.step : null;
  return { ...release, state, currentStep, timeline: [...release.timeline, entry] };
}
