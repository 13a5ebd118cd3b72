import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ApiRequestError } from '../lib/api-client.ts';
import { apiErrorText } from '../lib/api-error-text.ts';
import { isRegistryUnreachableError } from '../lib/registry-outage.ts';
import { RetryAction } from './retry-action.tsx';
import { RegistryUnreachableState } from './registry-unreachable-state.tsx';
import styles from './state-message.module.css';

type ErrorStateProps = {
  error: unknown;
  /** What failed to load, already in the console's language, e.g. "services". */
  what: string;
  onRetry?: () => void;
};

/**
 * A failed load, explained: unreachable server or registry, not found, or the API error's code in the
 * console's language (the code and request id stay visible as the reference to quote).
 */
export function ErrorState({ error, what, onRetry }: ErrorStateProps) {
  const { t } = useTranslation('common');
  if (isRegistryUnreachableError(error)) return <RegistryUnreachableState message={apiErrorText(error)} what={what} onRetry={onRetry} />;
  const { title, detail } = describe(t, error, what);
  return (
    <div className={`${styles.message} ${styles.error}`} role="alert">
      <p className={styles.title}>{title}</p>
      <p className={styles.detail}>{detail}</p>
      <RetryAction onRetry={onRetry} />
    </div>
  );
}

function describe(t: TFunction<'common'>, error: unknown, what: string): { title: string; detail: string } {
  if (error instanceof ApiRequestError) {
    const title = t('errorState.couldNotLoad', { what });
    if (error.status === 0 || error.code === 'NETWORK_ERROR') return { title, detail: t('errorState.serverUnreachable') };
    const text = apiErrorText(error);
    const detail = error.requestId
      ? t('errorState.detailWithRequest', { text, code: error.code, requestId: error.requestId })
      : t('errorState.detail', { text, code: error.code });
    return { title, detail };
  }
  return { title: t('errorState.renderFailed', { what }), detail: apiErrorText(error) };
}
