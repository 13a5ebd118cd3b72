import { useTranslation } from 'react-i18next';
import type { ConnectionNotice } from '../lib/connection-notices.ts';
import { RetryCountdown } from './retry-countdown.tsx';
import styles from './status-banner.module.css';

/** Connection problems, above every page. Renders nothing when all is well. */
export function StatusBanner({ notices }: { notices: readonly ConnectionNotice[] }) {
  const { t } = useTranslation('common');
  if (notices.length === 0) return null;
  const urgent = notices.some((notice) => notice.tone === 'danger');
  return (
    <div className={styles.banner} role={urgent ? 'alert' : 'status'} aria-label={t('connectionStatus')}>
      {notices.map((notice) => (
        <p key={notice.id} className={`${styles.notice} ${styles[notice.tone]}`}>
          <span className={styles.dot} aria-hidden="true" />
          <strong>{notice.title}</strong>
          {notice.detail ? <span className={styles.detail}>{notice.detail}</span> : null}
          {notice.retry ? (
            <span className={styles.detail}>
              <RetryCountdown at={notice.retry.at} />
            </span>
          ) : null}
        </p>
      ))}
    </div>
  );
}
