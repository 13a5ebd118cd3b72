import type { Release, ReleaseState, ReleaseStateName } from '@contract/releases.ts';
import { i18n } from '../i18n/i18n.ts';
import { formatCount } from './display-format.ts';

/**
 * How a gray release reads in one line wherever it is shown (list, badges, release page header): its
 * state in plain words, where it stands in its steps, and when the current step's hold ends. Pure: the
 * clock is passed in. Words from the `common` catalogue (`release.*`).
 */
const STATE_KEYS: Record<ReleaseStateName, string> = {
  draft: 'common:release.state.draft',
  running: 'common:release.state.running',
  paused: 'common:release.state.paused',
  promoted: 'common:release.state.promoted',
  'rolled-back': 'common:release.state.rolledBack',
  failed: 'common:release.state.failed',
};

export function releaseStateLabel(state: ReleaseStateName): string {
  return i18n.t(STATE_KEYS[state]);
}

/** The current step's percentage, if the release is running or paused. */
export function currentPercent(release: Release): number | undefined {
  return release.currentStep === null ? undefined : release.steps[release.currentStep]?.percent;
}

/** "25% · step 2 of 4" (weighted), "tag gray" (tag mode), "—" before start and after the end. */
export function releaseStepLabel(release: Release): string {
  if (release.mode === 'tag') return release.tag ? i18n.t('common:release.tag', { tag: release.tag }) : i18n.t('common:release.tagMode');
  const percent = currentPercent(release);
  if (release.currentStep === null || percent === undefined) return '—';
  return i18n.t('common:release.step', { percent, step: formatCount(release.currentStep + 1), steps: formatCount(release.steps.length) });
}

/** "Gray release r-0000000003 · running 25%" (weighted) or "… · paused, tag gray" (tag mode). */
export function releaseBadgeLabel(release: Release): string {
  const state = releaseStateLabel(release.state.kind);
  const percent = currentPercent(release);
  if (release.mode === 'tag') return i18n.t('common:release.badgeTag', { id: release.id, state, tag: release.tag ?? 'gray' });
  return percent === undefined
    ? i18n.t('common:release.badge', { id: release.id, state })
    : i18n.t('common:release.badgePercent', { id: release.id, state, percent });
}

/** "order-app" or "order-app / org.shop.OrderService". */
export function releaseTarget(release: Pick<Release, 'application' | 'service'>): string {
  return release.service ? `${release.application} / ${release.service}` : release.application;
}

/** When a running step with a hold advances by itself (epoch ms), else undefined. */
export function holdEndsAt(state: ReleaseState): number | undefined {
  if (state.kind !== 'running' || state.holdSeconds <= 0) return undefined;
  const started = Date.parse(state.startedStepAt);
  return Number.isNaN(started) ? undefined : started + state.holdSeconds * 1000;
}

/** "4 min 05 s", "12 s", "1 h 02 min": what is left of a hold, counted down. */
export function formatHoldLeft(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  if (seconds < 60) return i18n.t('common:release.holdSeconds', { seconds });
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return i18n.t('common:release.holdMinutes', { minutes, seconds: String(seconds % 60).padStart(2, '0') });
  return i18n.t('common:release.holdHours', { hours: Math.floor(minutes / 60), minutes: String(minutes % 60).padStart(2, '0') });
}

/** Whether the release still moves traffic (running or paused): the one the badges point at. */
export function isActiveRelease(release: Pick<Release, 'state'>): boolean {
  return release.state.kind === 'running' || release.state.kind === 'paused';
}
