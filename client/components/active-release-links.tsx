import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Release } from '@contract/releases.ts';
import { appPaths } from '../lib/app-paths.ts';
import { useActiveReleases } from '../lib/queries/release-queries.ts';
import { releaseBadgeLabel } from '../lib/release-summary.ts';
import styles from './active-release-links.module.css';

type ActiveReleaseLinksProps = {
  application?: string;
  /** A service page: the releases of the service, and application-wide ones of its providers' applications. */
  service?: { key: string; applications: readonly string[] };
};

/** Whether a release moves the traffic of the subject shown. */
function concerns(props: ActiveReleaseLinksProps) {
  return (release: Release) => {
    if (props.application !== undefined) return release.application === props.application;
    if (props.service === undefined) return false;
    if (release.service !== null) return release.service === props.service.key;
    return props.service.applications.includes(release.application);
  };
}

/**
 * "Gray release r-0000000003 · running 25%" for every running or paused release of an application or a
 * service, each linking to its release page; nothing when there is none.
 */
export function ActiveReleaseLinks(props: ActiveReleaseLinksProps) {
  const { t } = useTranslation('common');
  const releases = useActiveReleases(concerns(props));
  if (releases.length === 0) return null;
  return (
    <ul className={styles.list} aria-label={t('activeReleases.label')}>
      {releases.map((release) => (
        <li key={release.id}>
          <Link to={appPaths.release(release.id)} className={`${styles.link} ${release.state.kind === 'paused' ? styles.paused : ''}`}>
            {releaseBadgeLabel(release)}
          </Link>
        </li>
      ))}
    </ul>
  );
}
