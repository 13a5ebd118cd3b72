import { Trans, useTranslation } from 'react-i18next';
import type { GovernanceResult } from '@contract/governance.ts';
import { DiffView } from '../../../components/diff-view.tsx';
import { noticeClassName } from '../../../components/notice-box.tsx';
import { parseUnifiedDiff } from '../../../lib/line-diff.ts';
import styles from './governance-dialog.module.css';
import { TrafficSplit } from '../../../components/traffic-split.tsx';

/** What the dry run predicts: the traffic split per service, the rule file diff, legacy nodes, warnings. */
export function PreviewDetails({ preview }: { preview: GovernanceResult }) {
  const { t } = useTranslation('governance');
  const legacyChanges = preview.legacy.created.length + preview.legacy.removed.length;
  return (
    <>
      {preview.warnings.length > 0 ? (
        <ul className={noticeClassName('warning')} aria-label={t('preview.warnings')}>
          {preview.warnings.map((warning) => (
            <li key={warning.code}>
              <strong>{warning.message}</strong> <code className={styles.code}>{warning.code}</code>
            </li>
          ))}
        </ul>
      ) : null}
      {preview.preview.map((service) => (
        <TrafficSplit key={service.serviceKey} service={service} />
      ))}
      <section className={styles.section} aria-labelledby="rule-diff-heading">
        <h3 id="rule-diff-heading" className={styles.sectionTitle}>
          <Trans t={t} i18nKey="preview.ruleFile" values={{ node: preview.rule.node }} components={{ code: <code /> }} />
        </h3>
        <DiffView label={t('preview.diffLabel')} lines={parseUnifiedDiff(preview.diff)} emptyText={t('preview.unchanged')} />
      </section>
      {legacyChanges > 0 ? (
        <section className={styles.section} aria-labelledby="legacy-heading">
          <h3 id="legacy-heading" className={styles.sectionTitle}>
            {t('preview.legacyNodes')}
          </h3>
          <ul className={styles.legacyList}>
            {preview.legacy.created.map((url) => (
              <li key={`+${url}`} className={styles.added}>+ {url}</li>
            ))}
            {preview.legacy.removed.map((url) => (
              <li key={`-${url}`} className={styles.removed}>− {url}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
