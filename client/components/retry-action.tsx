import { useTranslation } from 'react-i18next';
import styles from './state-message.module.css';

/** The "Try again" button of a failed load, when the region can retry. */
export function RetryAction({ onRetry }: { onRetry: (() => void) | undefined }) {
  const { t } = useTranslation('common');
  return onRetry ? (
    <div className={styles.action}>
      <button type="button" className="button" onClick={onRetry}>
        {t('retry.tryAgain')}
      </button>
    </div>
  ) : null;
}
