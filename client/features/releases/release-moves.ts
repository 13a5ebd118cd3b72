import type { Release } from '@contract/releases.ts';
import { i18n } from '../../i18n/i18n.ts';

/**
 * The operator's moves on a release and when each is open: the release page offers every button and
 * disables the ones the state does not allow, saying why (the server refuses the same moves with 409s;
 * this only keeps the operator from asking). Pure; the reasons are in the operator's language.
 */
export const RELEASE_MOVES = ['start', 'advance', 'pause', 'resume', 'promote', 'rollback'] as const;
export type ReleaseMove = (typeof RELEASE_MOVES)[number];

export type MoveAvailability = { allowed: true } | { allowed: false; why: string };

export function moveAvailability(release: Pick<Release, 'state' | 'steps' | 'mode'>, move: ReleaseMove): MoveAvailability {
  const { state } = release;
  const no = (why: string): MoveAvailability => ({ allowed: false, why });
  const finishedWhy = () => i18n.t('releases:why.finished');
  const startFirst = () => i18n.t('releases:why.startFirst');
  const finished = state.kind === 'promoted' || state.kind === 'rolled-back' || state.kind === 'failed';
  switch (move) {
    case 'start':
      return state.kind === 'draft' ? { allowed: true } : no(i18n.t('releases:why.alreadyStarted'));
    case 'advance':
      if (state.kind === 'draft') return no(startFirst());
      if (state.kind === 'paused') return no(i18n.t('releases:why.resumeFirst'));
      if (state.kind !== 'running') return no(finishedWhy());
      if (state.step + 1 >= release.steps.length) return no(release.mode === 'tag' ? i18n.t('releases:why.tagOneStep') : i18n.t('releases:why.lastStep'));
      return { allowed: true };
    case 'pause':
      if (state.kind === 'running') return { allowed: true };
      return no(state.kind === 'paused' ? i18n.t('releases:why.alreadyPaused') : state.kind === 'draft' ? startFirst() : finishedWhy());
    case 'resume':
      if (state.kind === 'paused') return { allowed: true };
      return no(state.kind === 'running' ? i18n.t('releases:why.running') : state.kind === 'draft' ? startFirst() : finishedWhy());
    case 'promote':
      if (state.kind === 'running' || state.kind === 'paused') return { allowed: true };
      return no(state.kind === 'draft' ? i18n.t('releases:why.startBeforePromote') : finishedWhy());
    case 'rollback':
      return finished && state.kind !== 'failed' ? no(finishedWhy()) : { allowed: true };
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
