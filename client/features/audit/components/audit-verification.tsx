import type { AuditVerification } from '@contract/audit.ts';
import { NoticeBox } from '../../../components/notice-box.tsx';
import { RelativeTime } from '../../../components/relative-time.tsx';
import { ApiRequestError } from '../../../lib/api-client.ts';
import { useAuditVerification } from '../api/verify-audit.ts';
import styles from './audit-page.module.css';

const REASONS: Record<NonNullable<AuditVerification['firstBroken']>['reason'], string> = {
  'hash-mismatch': 'the entry before it was changed',
  'missing-link': 'a link is missing',
  unreadable: 'the entry is unreadable',
  'head-mismatch': 'the newest entry differs from the chain head',
};

const entries = (n: number): string => (n === 1 ? '1 entry' : `${n} entries`);

/**
 * The tamper-evident chain's state, checked when the page opens and on demand. Only admins may verify:
 * for anyone else the server answers 403 and the panel stays out of the way; a failed check is one quiet
 * line (the trail's own state explains an outage).
 */
export function AuditVerificationPanel() {
  const verification = useAuditVerification();
  if (verification.error instanceof ApiRequestError && verification.error.status === 403) return null;
  const again = (
    <button type="button" className="button button-small" disabled={verification.isFetching} onClick={() => void verification.refetch()}>
      {verification.isFetching ? 'Verifying…' : 'Verify again'}
    </button>
  );
  if (verification.isPending) return <p role="status" className={styles.loading}>Verifying the audit chain…</p>;
  // Quiet: the trail below explains a registry outage in full; this only says the check did not run.
  if (verification.isError) {
    return (
      <p className={`${styles.verification} ${styles.verificationActions}`} role="status">
        <span className="muted">The audit chain could not be verified: {verification.error.message}</span>
        {again}
      </p>
    );
  }
  const result = verification.data;
  const when = <span className="muted">checked <RelativeTime iso={result.verifiedAt} /></span>;
  if (result.firstBroken) {
    return (
      <div className={styles.verification} aria-label="Audit chain verification">
        <NoticeBox tone="warning" title={`Chain broken at entry ${result.firstBroken.id}: ${REASONS[result.firstBroken.reason]}`}>
          <p>{result.firstBroken.message}.</p>
          <p className={styles.verificationActions}>{when}{again}</p>
        </NoticeBox>
      </div>
    );
  }
  return (
    <div className={styles.verification} aria-label="Audit chain verification">
      <NoticeBox tone="success" role="status" title={`Audit chain verified: ${entries(result.checked)}`}>
        {result.unchained > 0 ? <p className="muted">{entries(result.unchained)} from before the chain existed cannot be verified.</p> : null}
        <p className={styles.verificationActions}>{when}{again}</p>
      </NoticeBox>
    </div>
  );
}
