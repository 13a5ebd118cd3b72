import { ApiRequestError } from '../lib/api-client.ts';
import { isRegistryUnreachableError } from '../lib/registry-outage.ts';
import { RetryAction } from './retry-action.tsx';
import { RegistryUnreachableState } from './registry-unreachable-state.tsx';
import styles from './state-message.module.css';

type ErrorStateProps = {
  error: unknown;
  /** What failed to load, e.g. "services". */
  what: string;
  onRetry?: () => void;
};

/** A failed load, explained: unreachable server or registry, not found, or the server's own error message. */
export function ErrorState({ error, what, onRetry }: ErrorStateProps) {
  if (isRegistryUnreachableError(error)) return <RegistryUnreachableState message={error.message} what={what} onRetry={onRetry} />;
  const { title, detail } = describe(error, what);
  return (
    <div className={`${styles.message} ${styles.error}`} role="alert">
      <p className={styles.title}>{title}</p>
      <p className={styles.detail}>{detail}</p>
      <RetryAction onRetry={onRetry} />
    </div>
  );
}

function describe(error: unknown, what: string): { title: string; detail: string } {
  if (error instanceof ApiRequestError) {
    if (error.status === 0 || error.code === 'NETWORK_ERROR') {
      return { title: `Could not load ${what}`, detail: 'The Switchboard server is not reachable. It will be retried automatically.' };
    }
    const reference = error.requestId ? ` (request ${error.requestId})` : '';
    return { title: `Could not load ${what}`, detail: `${error.message} — ${error.code}${reference}` };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { title: `Something went wrong showing ${what}`, detail: message };
}
