import type { ReleaseMove } from './release-moves.ts';

/** What each move's button, dialog and confirmation say, in the operator's words. */
export type MoveWording = {
  button: string;
  title: (id: string) => string;
  /** What the move does, above the reason. */
  effect: string;
  busy: string;
  done: string;
  tone: 'primary' | 'danger';
};

export const MOVE_WORDING: Record<ReleaseMove, MoveWording> = {
  start: {
    button: 'Start',
    title: (id) => `Start release ${id}`,
    effect: 'Writes the first step: the canary instances start taking their share of the calls.',
    busy: 'Starting…',
    done: 'Started',
    tone: 'primary',
  },
  advance: {
    button: 'Advance',
    title: (id) => `Advance release ${id}`,
    effect: 'Writes the next step now, without waiting for the hold: the canary gets a larger share of the calls.',
    busy: 'Advancing…',
    done: 'Advanced',
    tone: 'primary',
  },
  pause: {
    button: 'Pause',
    title: (id) => `Pause release ${id}`,
    effect: 'Keeps the current split and stops the hold clock: nothing is written and nothing advances until you resume.',
    busy: 'Pausing…',
    done: 'Paused',
    tone: 'primary',
  },
  resume: {
    button: 'Resume',
    title: (id) => `Resume release ${id}`,
    effect: 'Runs the release again from the current step; the rest of its hold starts counting down.',
    busy: 'Resuming…',
    done: 'Resumed',
    tone: 'primary',
  },
  promote: {
    button: 'Promote',
    title: (id) => `Promote release ${id}`,
    effect: 'Sends every call to the canary instances and gives the stable instances weight 0 so they drain. The release completes.',
    busy: 'Promoting…',
    done: 'Promoted',
    tone: 'primary',
  },
  rollback: {
    button: 'Roll back',
    title: (id) => `Roll back release ${id}`,
    effect: 'Restores every rule file the release touched exactly as it found it: traffic goes back to how it was before the release.',
    busy: 'Rolling back…',
    done: 'Rolled back',
    tone: 'danger',
  },
};
