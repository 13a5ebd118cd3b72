import type { ReleaseStateName, TransitionKind } from '@contract/releases.ts';
import { i18n } from '../../i18n/i18n.ts';
import { releaseStateLabel } from '../../lib/release-summary.ts';

/** Small wording rules of the releases pages, in the operator's language (the `releases` catalogue). Pure. */

/** "until advanced by hand", "10 min", "90 s", "2 h 30 min". */
export function formatHold(seconds: number): string {
  if (seconds <= 0) return i18n.t('releases:hold.byHand');
  if (seconds < 120) return i18n.t('releases:hold.seconds', { seconds });
  const minutes = Math.round(seconds / 60);
  if (minutes < 120) return i18n.t('releases:hold.minutes', { minutes });
  const hours = Math.floor(minutes / 60);
  return minutes % 60 === 0 ? i18n.t('releases:hold.hours', { hours }) : i18n.t('releases:hold.hoursMinutes', { hours, minutes: minutes % 60 });
}

/** Why a transition happened, as the timeline names it. */
export function transitionKindLabel(kind: TransitionKind): string {
  switch (kind) {
    case 'operator':
      return i18n.t('releases:timeline.kind.operator');
    case 'hold-elapsed':
      return i18n.t('releases:timeline.kind.holdElapsed');
    case 'conflict':
      return i18n.t('releases:timeline.kind.conflict');
    case 'canary-gone':
      return i18n.t('releases:timeline.kind.canaryGone');
  }
}

/** "running, step 2" / "paused, step 3" / "promoted": one end of a transition (state names as the badges say them). */
export function statePointLabel(point: { state: ReleaseStateName; step: number | null }): string {
  const state = releaseStateLabel(point.state);
  return point.step === null ? state : i18n.t('releases:timeline.point', { state, step: point.step + 1 });
}
