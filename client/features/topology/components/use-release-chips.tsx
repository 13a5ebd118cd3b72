import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Release } from '@contract/releases.ts';
import { appPaths } from '../../../lib/app-paths.ts';
import { useActiveReleases } from '../../../lib/queries/release-queries.ts';
import { currentPercent, releaseBadgeLabel, releaseStateLabel } from '../../../lib/release-summary.ts';
import styles from './node-card.module.css';

/**
 * The running or paused gray releases of one application, as chips for its card (beside the governance
 * chips) linking to each release page. The topology does not carry releases: the two active-release
 * lists are fetched once and shared by every card.
 */
export function useReleaseChips(application: string | undefined) {
  const { t } = useTranslation('topology');
  const releases = useActiveReleases((release) => release.application === application);
  return releases.map((release) => (
    <Link
      key={release.id}
      to={appPaths.release(release.id)}
      className={`nodrag nopan ${styles.chip} ${styles[release.state.kind === 'paused' ? 'chip-warning' : 'chip-gray']} ${styles.releaseChip}`}
      title={releaseBadgeLabel(release)}
      aria-label={releaseBadgeLabel(release)}
    >
      ◐ {chipText(release, t)}
    </Link>
  ));
}

function chipText(release: Release, t: TFunction<'topology'>): string {
  const percent = currentPercent(release);
  const where = release.mode === 'tag' ? t('node.releaseTag', { tag: release.tag ?? 'gray' }) : percent === undefined ? '' : `${percent}%`;
  return `${releaseStateLabel(release.state.kind)} ${where}`.trim();
}
