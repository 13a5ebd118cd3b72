import { Trans, useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('governance');
  const rule = useRuleDetail(node);
  return (
    <NoticeBox tone="danger" title={t('question.replaceTitle')}>
      <p>{t('question.replaceBody', { message })}</p>
      {rule.data ? (
        <pre className={styles.raw} aria-label={t('question.currentFile')}>{rule.data.text || t('question.emptyFile')}</pre>
      ) : rule.isError ? (
        <p>
          <Trans t={t} i18nKey="question.loadFailed" values={{ node }} components={{ code: <code /> }} />
        </p>
      ) : (
        <p role="status">{t('question.loading')}</p>
      )}
    </NoticeBox>
  );
}
