import { formatCount } from '../lib/display-format.ts';
import { useHealth } from '../lib/health-query.ts';
import { registryOutage } from '../lib/registry-outage.ts';
import { RetryAction } from './retry-action.tsx';
import { RetryCountdown } from './retry-countdown.tsx';
import styles from './state-message.module.css';

type RegistryUnreachableStateProps = {
  /** The server's REGISTRY_UNAVAILABLE message, shown until health tells more. */
  message: string;
  what: string;
  onRetry?: (() => void) | undefined;
};

/**
 * A page region that could not load because the registry cannot be reached: which registry, why the
 * last attempt failed and when the next one starts (from health, so it matches the header).
 */
export function RegistryUnreachableState({ message, what, onRetry }: RegistryUnreachableStateProps) {
  const outage = registryOutage(useHealth({ streamOpen: true }).data);
  return (
    <div className={`${styles.message} ${styles.error}`} role="alert" aria-label="Registry unreachable">
      <p className={styles.title}>Registry unreachable — could not load {what}</p>
      {outage ? (
        <>
          <p className={styles.detail}>
            {outage.neverRead ? 'Nothing has been read from ' : 'Switchboard cannot reach '}
            <span className="mono">{outage.address}</span>
            {outage.neverRead ? ' yet' : ''}
            {outage.lastError ? `: ${outage.lastError.message}.` : '.'}
          </p>
          <p className={styles.detail}>
            {formatCount(outage.failedAttempts)} failed connection attempts · <RetryCountdown at={outage.nextRetryAt} />. This
            page fills in by itself once the registry answers.
          </p>
        </>
      ) : (
        <p className={styles.detail}>{message}</p>
      )}
      <RetryAction onRetry={onRetry} />
    </div>
  );
}
