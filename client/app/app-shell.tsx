import { useTranslation } from 'react-i18next';
import { Outlet, useMatch } from 'react-router';
import { ErrorBoundary } from '../components/error-boundary.tsx';
import { RegionBoundary } from '../components/region-boundary.tsx';
import { StatusBanner } from '../components/status-banner.tsx';
import { connectionNotices } from '../lib/connection-notices.ts';
import { appPaths } from '../lib/app-paths.ts';
import { useHealth } from '../lib/health-query.ts';
import { LiveStreamContext } from '../lib/live-stream-context.ts';
import { useLiveEvents } from '../lib/use-live-events.ts';
import { AppHeader } from './app-header.tsx';
import styles from './app-shell.module.css';
import { RegistryStatus } from './registry-status.tsx';

/** The frame around every page: header, connection banner, and the page in its own error boundary. */
export function AppShell() {
  const { t } = useTranslation('shell');
  const stream = useLiveEvents();
  const health = useHealth({ streamOpen: stream === 'open' });
  const notices = connectionNotices({ health: health.data, healthError: health.error, stream });
  // The topology canvas takes the whole window below the header and banner.
  const fullBleed = useMatch(appPaths.topology) !== null;

  return (
    <div className={fullBleed ? `${styles.shell} ${styles.shellFull}` : styles.shell}>
      <AppHeader
        warningCount={health.data?.mirror.warnings}
        status={
          <ErrorBoundary fallback={() => <span className={styles.statusFallback}>{t('statusUnavailable')}</span>}>
            <RegistryStatus health={health.data} unreachable={health.isError} stream={stream} />
          </ErrorBoundary>
        }
      />
      <ErrorBoundary fallback={() => null}>
        <StatusBanner notices={notices} />
      </ErrorBoundary>
      <main className={fullBleed ? styles.mainFull : styles.main}>
        <RegionBoundary what={t('thisPage')}>
          <LiveStreamContext value={stream}>
            <Outlet />
          </LiveStreamContext>
        </RegionBoundary>
      </main>
    </div>
  );
}
