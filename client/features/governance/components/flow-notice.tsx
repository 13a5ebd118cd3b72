import type { FlowState } from '../governance-flow.ts';
import type { GovernanceIntent } from '../governance-intent.ts';
import type { GovernanceSubject } from '../governance-subject.ts';
import { forceQuestion, pendingWording } from '../refusal-wording.ts';
import { useRuleDetail } from '../../../lib/queries/rule-detail-query.ts';
import { NoticeBox } from '../../../components/notice-box.tsx';
import styles from './governance-dialog.module.css';

type FlowNoticeProps = { state: FlowState; intent: GovernanceIntent; subject: GovernanceSubject };

/** The one message that matters now: a question to confirm, a refusal, or where the write stands. */
export function FlowNotice({ state, intent, subject }: FlowNoticeProps) {
  switch (state.phase) {
    case 'confirm-force':
      return (
        <NoticeBox tone="danger" title={forceQuestion(state.refusal.code, intent)}>
          <p>{state.refusal.message}</p>
        </NoticeBox>
      );
    case 'confirm-replace':
      return <ReplaceQuestion node={subject.ruleNode} message={state.refusal.message} />;
    case 'conflict':
      return (
        <NoticeBox tone="warning" title="Someone changed this rule since you opened it: reload and re-apply.">
          <p>Nothing was written. Reloading fetches the current rule and previews your change against it again.</p>
        </NoticeBox>
      );
    case 'reloading':
      return <p className={styles.loading} role="status">Reloading the current state and its rule…</p>;
    case 'failed':
      return (
        <NoticeBox tone="danger" title={state.retry === 'apply' ? 'The change was not applied' : 'The preview failed'}>
          <p>
            {state.refusal.message} <code>{state.refusal.code}</code>
          </p>
        </NoticeBox>
      );
    case 'pending':
    case 'waiting':
    case 'confirmed':
      return (
        <NoticeBox
          tone={state.phase === 'confirmed' ? 'success' : state.phase === 'waiting' ? 'warning' : 'info'}
          title={state.phase === 'confirmed' ? 'Confirmed' : state.phase === 'waiting' ? 'Written, waiting for the registry' : 'Applying…'}
          role="status"
        >
          <p>{pendingWording(state.phase, state.result.version)}</p>
        </NoticeBox>
      );
    case 'noop':
      return (
        <NoticeBox tone="info" title="Already in effect" role="status">
          <p>The registry already had this state; nothing was written.</p>
        </NoticeBox>
      );
    default:
      return null;
  }
}

function ReplaceQuestion({ node, message }: { node: string; message: string }) {
  const rule = useRuleDetail(node);
  return (
    <NoticeBox tone="danger" title="Replace the invalid rule file?">
      <p>{message}. Replacing it discards everything below; Dubbo ignores the file today, so its content is not in effect.</p>
      {rule.data ? (
        <pre className={styles.raw} aria-label="Current rule file">{rule.data.text || '(empty)'}</pre>
      ) : rule.isError ? (
        <p>The current text could not be loaded; open <code>{node}</code> on the Rules page to read it first.</p>
      ) : (
        <p role="status">Loading the current text…</p>
      )}
    </NoticeBox>
  );
}
