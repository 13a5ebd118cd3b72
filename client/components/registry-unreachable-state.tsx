import { Trans, useTranslation } from 'react-i18next';
import { formatCount } from '../lib/display-format.ts';
import { useHealth } from '../lib/health-query.ts';
import { registryOutage } from '../lib/registry-outage.ts';
import { RetryAction } from './retry-action.tsx';
import { RetryCountdown } from './retry-countdown.tsx';
import styles from './state-message.module.css';

type RegistryUnreachableStateProps = {
  /** The REGISTRY_UNAVAILABLE error in words, shown until health tells more. */
  message: string;
  what: string;
  onRetry?: (() => void) | undefined;
};

/**
 * A page region that could not load because the registry cannot be reached: which registry, why the
 * last attempt failed and when the next one starts (from health, so it matches the header).
 */
export function RegistryUnreachableState({ message, what, onRetry }: RegistryUnreachableStateProps) {
  const { t } = useTranslation('common');
  const outage = registryOutage(useHealth({ streamOpen: true }).data);
  const mono = { address: <span className="mono" /> };
  const values = { address: outage?.address ?? '', error: outage?.lastError?.message ?? '' };
  const reach = outage ? `registryUnreachable.${outage.neverRead ? 'neverRead' : 'cannotReach'}${outage.lastError ? 'Error' : ''}` : '';
  return (
    <div className={`${styles.message} ${styles.error}`} role="alert" aria-label={t('registryUnreachable.label')}>
      <p className={styles.title}>{t('registryUnreachable.title', { what })}</p>
      {outage ? (
        <>
          <p className={styles.detail}>
            <Trans t={t} i18nKey={reach} values={values} components={mono} />
          </p>
          <p className={styles.detail}>
            <Trans
              t={t}
              i18nKey="registryUnreachable.attempts"
              values={{ count: outage.failedAttempts, attempts: formatCount(outage.failedAttempts) }}
              components={{ countdown: <RetryCountdown at={outage.nextRetryAt} /> }}
            />
          </p>
        </>
      ) : (
        <p className={styles.detail}>{message}</p>
      )}
      <RetryAction onRetry={onRetry} />
    </div>
  );
}
