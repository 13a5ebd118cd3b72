import { Trans, useTranslation } from 'react-i18next';
import { NoticeBox } from '../../../components/notice-box.tsx';
import { RelativeTime } from '../../../components/relative-time.tsx';
import { ApiRequestError } from '../../../lib/api-client.ts';
import { apiErrorText } from '../../../lib/api-error-text.ts';
import { formatCount } from '../../../lib/display-format.ts';
import { useAuditVerification } from '../api/verify-audit.ts';
import styles from './audit-page.module.css';


/**
 * The tamper-evident chain's state, checked when the page opens and on demand. Only admins may verify:
 * for anyone else the server answers 403 and the panel stays out of the way; a failed check is one quiet
 * line (the trail's own state explains an outage).
 */
export function AuditVerificationPanel() {
  const { t } = useTranslation('audit');
  const verification = useAuditVerification();
  const entries = (n: number): string => t('verification.entries', { count: n, n: formatCount(n) });
  if (verification.error instanceof ApiRequestError && verification.error.status === 403) return null;
  const again = (
    <button type="button" className="button button-small" disabled={verification.isFetching} onClick={() => void verification.refetch()}>
      {verification.isFetching ? t('verification.verifying') : t('verification.again')}
    </button>
  );
  if (verification.isPending) return <p role="status" className={styles.loading}>{t('verification.checking')}</p>;
  // Quiet: the trail below explains a registry outage in full; this only says the check did not run.
  if (verification.isError) {
    return (
      <p className={`${styles.verification} ${styles.verificationActions}`} role="status">
        <span className="muted">{t('verification.failed', { message: apiErrorText(verification.error) })}</span>
        {again}
      </p>
    );
  }
  const result = verification.data;
  const when = (
    <span className="muted">
      <Trans t={t} i18nKey="verification.checked" components={{ time: <RelativeTime iso={result.verifiedAt} /> }} />
    </span>
  );
  if (result.firstBroken) {
    return (
      <div className={styles.verification} aria-label={t('verification.label')}>
        <NoticeBox tone="warning" title={t('verification.broken', { id: result.firstBroken.id, reason: t(`verification.reasons.${result.firstBroken.reason}`) })}>
          <p>{t('verification.message', { message: result.firstBroken.message })}</p>
          <p className={styles.verificationActions}>{when}{again}</p>
        </NoticeBox>
      </div>
    );
  }
  return (
    <div className={styles.verification} aria-label={t('verification.label')}>
      <NoticeBox tone="success" role="status" title={t('verification.verified', { entries: entries(result.checked) })}>
        {result.unchained > 0 ? <p className="muted">{t('verification.unchained', { entries: entries(result.unchained) })}</p> : null}
        <p className={styles.verificationActions}>{when}{again}</p>
      </NoticeBox>
    </div>
  );
}
