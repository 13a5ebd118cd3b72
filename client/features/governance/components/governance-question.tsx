import type { Question } from '../../../lib/write-flow/write-flow.ts';
import type { GovernanceConfirmation } from '../governance-flow.ts';
import type { GovernanceIntent } from '../governance-intent.ts';
import type { GovernanceSubject } from '../governance-subject.ts';
import { forceQuestion } from '../governance-wording.ts';
import { useRuleDetail } from '../../../lib/queries/rule-detail-query.ts';
import { NoticeBox } from '../../../components/notice-box.tsx';
import styles from './governance-dialog.module.css';

type GovernanceQuestionProps = { question: Question<GovernanceConfirmation>; intent: GovernanceIntent; subject: GovernanceSubject };

/** The second question a refusal turned into: overrule a guardrail, or replace an unreadable rule file. */
export function GovernanceQuestion({ question, intent, subject }: GovernanceQuestionProps) {
  if (question.confirmation === 'replaceInvalid') return <ReplaceQuestion node={subject.ruleNode} message={question.message} />;
  return (
    <NoticeBox tone="danger" title={forceQuestion(question.code, intent)}>
      <p>{question.message}</p>
    </NoticeBox>
  );
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
