import { Link } from 'react-router';
import type { Release } from '@contract/releases.ts';
import { appPaths } from '../../../lib/app-paths.ts';
import { useActiveReleases } from '../../../lib/queries/release-queries.ts';
import { currentPercent, releaseBadgeLabel, releaseStateLabel } from '../../../lib/release-summary.ts';
import styles from './node-card.module.css';

/**
 * The running or paused gray releases of one application, as chips on its card linking to each release
 * page. The topology does not carry releases; the two active-release lists are shared by every card.
 */
export function ReleaseChips({ application }: { application: string }) {
  const releases = useActiveReleases((release) => release.application === application);
  if (releases.length === 0) return null;
  return (
    <div className={styles.chips}>
      {releases.map((release) => (
        <Link
          key={release.id}
          to={appPaths.release(release.id)}
          className={`nodrag nopan ${styles.chip} ${styles[release.state.kind === 'paused' ? 'chip-warning' : 'chip-gray']} ${styles.releaseChip}`}
          title={releaseBadgeLabel(release)}
          aria-label={releaseBadgeLabel(release)}
        >
          ◐ {chipText(release)}
        </Link>
      ))}
    </div>
  );
}

function chipText(release: Release): string {
  const percent = currentPercent(release);
  const where = release.mode === 'tag' ? `tag ${release.tag ?? 'gray'}` : percent === undefined ? '' : `${percent}%`;
  return `${releaseStateLabel(release.state.kind)} ${where}`.trim();
}
