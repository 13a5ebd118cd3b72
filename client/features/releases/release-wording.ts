import type { TransitionKind } from '@contract/releases.ts';

/** Small wording rules of the releases pages. Pure. */

/** "no hold (advance by hand)", "10 min", "90 s", "2 h 30 min". */
export function formatHold(seconds: number): string {
  if (seconds <= 0) return 'until advanced by hand';
  if (seconds < 120) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 120) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
}

const KINDS: Record<TransitionKind, string> = {
  operator: 'operator',
  'hold-elapsed': 'hold elapsed',
  conflict: 'conflict',
  'canary-gone': 'canary gone',
};

/** Why a transition happened, as the timeline names it. */
export function transitionKindLabel(kind: TransitionKind): string {
  return KINDS[kind];
}

/** "running, step 2" / "paused, step 3" / "promoted": one end of a transition. */
export function statePointLabel(point: { state: string; step: number | null }): string {
  const state = point.state === 'rolled-back' ? 'rolled back' : point.state;
  return point.step === null ? state : `${state}, step ${point.step + 1}`;
}
