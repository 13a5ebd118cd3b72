import type { UseQueryResult } from '@tanstack/react-query';
import { Trans, useTranslation } from 'react-i18next';
import type { Release } from '@contract/releases.ts';
import { NoticeBox } from '../../../components/notice-box.tsx';
import { ReleaseInstances } from './release-instances.tsx';
import { ReleaseRefusal } from './release-refusal.tsx';
import styles from './release-wizard.module.css';

type ReleasePlanPreviewProps = {
  /** What to fix in the form before a plan can be asked for. */
  problem: string | undefined;
  plan: UseQueryResult<Release>;
};

/** The wizard's live answer: which instances the selector matches now, and any refusal of the plan. */
export function ReleasePlanPreview(props: ReleasePlanPreviewProps) {
  return <div className={styles.panelBody}><PreviewBody {...props} /></div>;
}

function PreviewBody({ problem, plan }: ReleasePlanPreviewProps) {
  const { t } = useTranslation('releaseWizard');
  if (problem) return <p className={styles.waiting}>{problem}</p>;
  if (plan.isError) return <ReleaseRefusal error={plan.error} title={t('preview.cannotRun')} />;
  if (!plan.data) return <p className={styles.waiting} role="status">{t('preview.planning')}</p>;
  const release = plan.data;
  return (
    <div className={`${styles.preview} ${plan.isFetching ? styles.refreshing : ''}`}>
      <ReleaseInstances release={release} />
      {release.warnings.map((warning) => (
        <NoticeBox key={warning.code} tone="warning" title={warning.message} />
      ))}
      {release.plannedRule ? (
        <figure className={styles.rule} aria-label={t('preview.ruleLabel')}>
          <figcaption>
            <Trans t={t} i18nKey="preview.startWrites" values={{ node: release.plannedRule.node }} components={{ code: <code /> }} />
          </figcaption>
          <pre>{release.plannedRule.after ?? t('preview.fileRemoved')}</pre>
        </figure>
      ) : null}
    </div>
  );
}
