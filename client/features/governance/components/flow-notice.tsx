import type { ServiceDetail } from '@contract/services.ts';
import type { FlowState } from '../governance-flow.ts';
import { configuratorNodeOf } from '../governance-intent.ts';
import type { GovernanceIntent } from '../governance-intent.ts';
import { forceQuestion, pendingWording } from '../refusal-wording.ts';
import { useRuleText } from '../api/get-rule-text.ts';
import styles from './governance-dialog.module.css';

type FlowNoticeProps = { state: FlowState; intent: GovernanceIntent; service: ServiceDetail };

/** The one message that matters now: a question to confirm, a refusal, or where the write stands. */
export function FlowNotice({ state, intent, service }: FlowNoticeProps) {
  switch (state.phase) {
    case 'confirm-force':
      return (
        <div className={`${styles.notice} ${styles.danger}`} role="alert">
          <p className={styles.noticeTitle}>{forceQuestion(state.refusal.code, intent)}</p>
          <p>{state.refusal.message}</p>
        </div>
      );
    case 'confirm-replace':
      return <ReplaceQuestion node={configuratorNodeOf(service)} message={state.refusal.message} />;
    case 'conflict':
      return (
        <div className={`${styles.notice} ${styles.warning}`} role="alert">
          <p className={styles.noticeTitle}>Someone changed this rule since you opened it: reload and re-apply.</p>
          <p>Nothing was written. Reloading fetches the current rule and previews your change against it again.</p>
        </div>
      );
    case 'reloading':
      return <p className={styles.loading} role="status">Reloading the service and its rule…</p>;
    case 'failed':
      return (
        <div className={`${styles.notice} ${styles.danger}`} role="alert">
          <p className={styles.noticeTitle}>{state.retry === 'apply' ? 'The change was not applied' : 'The preview failed'}</p>
          <p>
            {state.refusal.message} <code>{state.refusal.code}</code>
          </p>
        </div>
      );
    case 'pending':
    case 'waiting':
    case 'confirmed':
      return (
        <div className={`${styles.notice} ${state.phase === 'confirmed' ? styles.success : state.phase === 'waiting' ? styles.warning : styles.info}`} role="status">
          <p className={styles.noticeTitle}>{state.phase === 'confirmed' ? 'Confirmed' : state.phase === 'waiting' ? 'Written, waiting for the registry' : 'Applying…'}</p>
          <p>{pendingWording(state.phase, state.result.version)}</p>
        </div>
      );
    case 'noop':
      return (
        <div className={`${styles.notice} ${styles.info}`} role="status">
          <p className={styles.noticeTitle}>Already in effect</p>
          <p>The registry already had this state; nothing was written.</p>
        </div>
      );
    default:
      return null;
  }
}

function ReplaceQuestion({ node, message }: { node: string; message: string }) {
  const rule = useRuleText(node, true);
  return (
    <div className={`${styles.notice} ${styles.danger}`} role="alert">
      <p className={styles.noticeTitle}>Replace the invalid rule file?</p>
      <p>{message}. Replacing it discards everything below; Dubbo ignores the file today, so its content is not in effect.</p>
      {rule.data ? (
        <pre className={styles.raw} aria-label="Current rule file">{rule.data.text || '(empty)'}</pre>
      ) : rule.isError ? (
        <p>The current text could not be loaded; open <code>{node}</code> on the Rules page to read it first.</p>
      ) : (
        <p role="status">Loading the current text…</p>
      )}
    </div>
  );
}
