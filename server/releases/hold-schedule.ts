/**
 * When the automatic advance is due: a running step with a hold (holdSeconds > 0) advances once the hold has
 * passed since the step started, and the last step's hold, once passed, completes the release (promote). A
 * hold of 0 means "advance by hand" and is never due. Pure: a function of the stored states and a time.
 */
import type { Release } from '../contract/releases.ts';
import { holdDeadline } from './release-state-machine.ts';

export interface DueMove {
  readonly id: string;
  readonly move: 'advance' | 'promote';
  /** The step whose hold ended (0-based). */
  readonly step: number;
  readonly deadline: Date;
}

/** The hold deadline of a release that advances by itself, else undefined. */
function automaticDeadline(release: Release): { step: number; deadline: Date } | undefined {
  const { state } = release;
  if (state.kind !== 'running' || state.holdSeconds <= 0) return undefined;
  const deadline = holdDeadline(state);
  return deadline === undefined ? undefined : { step: state.step, deadline };
}

/** Every release whose hold has ended at `now`, the earliest deadline first. */
export function dueMoves(releases: readonly Release[], now: Date): DueMove[] {
  return releases
    .flatMap((release) => {
      const due = automaticDeadline(release);
      if (!due || due.deadline > now) return [];
      const move = due.step + 1 >= release.steps.length ? 'promote' : 'advance';
      return [{ id: release.id, move, step: due.step, deadline: due.deadline } as const];
    })
    .sort((a, b) => a.deadline.getTime() - b.deadline.getTime() || a.id.localeCompare(b.id));
}

/** The earliest hold still to end after `now`, or undefined when no release waits on one. */
export function nextDeadline(releases: readonly Release[], now: Date): Date | undefined {
  let next: Date | undefined;
  for (const release of releases) {
    const due = automaticDeadline(release);
    if (due && due.deadline > now && (next === undefined || due.deadline < next)) next = due.deadline;
  }
  return next;
}

/** The reason recorded on the timeline for an automatic move. */
export function holdReason(move: DueMove, holdSeconds: number): string {
  const what = move.move === 'promote' ? 'the last step held' : `step ${move.step + 1} held`;
  return `${what} for ${holdSeconds} s`;
}
