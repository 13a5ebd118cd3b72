import type { Release } from '@contract/releases.ts';

/**
 * The operator's moves on a release and when each is open: the release page offers every button and
 * disables the ones the state does not allow, saying why (the server refuses the same moves with 409s;
 * this only keeps the operator from asking). Pure.
 */
export const RELEASE_MOVES = ['start', 'advance', 'pause', 'resume', 'promote', 'rollback'] as const;
export type ReleaseMove = (typeof RELEASE_MOVES)[number];

export type MoveAvailability = { allowed: true } | { allowed: false; why: string };

const FINISHED_WHY = 'The release is finished.';

export function moveAvailability(release: Pick<Release, 'state' | 'steps' | 'mode'>, move: ReleaseMove): MoveAvailability {
  const { state } = release;
  const no = (why: string): MoveAvailability => ({ allowed: false, why });
  const finished = state.kind === 'promoted' || state.kind === 'rolled-back' || state.kind === 'failed';
  switch (move) {
    case 'start':
      return state.kind === 'draft' ? { allowed: true } : no('The release has already started.');
    case 'advance':
      if (state.kind === 'draft') return no('Start the release first.');
      if (state.kind === 'paused') return no('Resume the release before advancing it.');
      if (state.kind !== 'running') return no(FINISHED_WHY);
      if (state.step + 1 >= release.steps.length) return no(release.mode === 'tag' ? 'A tag release has one step: promote or roll back.' : 'This is the last step: promote or roll back.');
      return { allowed: true };
    case 'pause':
      if (state.kind === 'running') return { allowed: true };
      return no(state.kind === 'paused' ? 'The release is already paused.' : state.kind === 'draft' ? 'Start the release first.' : FINISHED_WHY);
    case 'resume':
      if (state.kind === 'paused') return { allowed: true };
      return no(state.kind === 'running' ? 'The release is running.' : state.kind === 'draft' ? 'Start the release first.' : FINISHED_WHY);
    case 'promote':
      if (state.kind === 'running' || state.kind === 'paused') return { allowed: true };
      return no(state.kind === 'draft' ? 'Start the release before promoting it.' : FINISHED_WHY);
    case 'rollback':
      return finished && state.kind !== 'failed' ? no(FINISHED_WHY) : { allowed: true };
  }
}

/** Whether the release document shows the move done: the state the move leads to (or a later one). */
export function moveReached(move: ReleaseMove, before: Pick<Release, 'state'>, now: Pick<Release, 'state'> | undefined): boolean {
  if (now === undefined) return false;
  const kind = now.state.kind;
  switch (move) {
    case 'start':
    case 'resume':
      return kind !== 'draft' && kind !== 'paused';
    case 'advance': {
      const from = before.state.kind === 'running' ? before.state.step : -1;
      return now.state.kind !== 'running' || now.state.step > from;
    }
    case 'pause':
      return kind !== 'running';
    case 'promote':
      return kind === 'promoted';
    case 'rollback':
      return kind === 'rolled-back';
  }
}
