import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { RuleHistoryEntry } from '@contract/rules.ts';
import { Badge } from '../../../components/badge.tsx';
import { CopyButton } from '../../../components/copy-button.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { Panel } from '../../../components/panel.tsx';
import { RegionBoundary } from '../../../components/region-boundary.tsx';
import { ApiRequestError } from '../../../lib/api-client.ts';
import { appPaths } from '../../../lib/app-paths.ts';
import { useUrlState } from '../../../lib/use-url-state.ts';
import { useRule } from '../api/get-rule.ts';
import { useRuleHistory } from '../api/get-rule-history.ts';
import { ruleDetailUrlStateSchema } from '../rules-url-state.ts';
import { HistoryCompare } from './history-compare.tsx';
import { HistoryTable } from './history-table.tsx';
import { RollbackDialog } from './rollback-dialog.tsx';
import { RuleTextPanel } from './rule-text-panel.tsx';
import styles from './rule-detail-page.module.css';

/** One rule file: its text (raw and parsed), the console's history of it, diffs and rollback. */
export function RuleDetailPage() {
  const { t } = useTranslation('rules');
  const node = useParams().node ?? '';
  const [state, update] = useUrlState(ruleDetailUrlStateSchema);
  const rule = useRule(node);
  const history = useRuleHistory(node);
  const [rollbackTo, setRollbackTo] = useState<RuleHistoryEntry>();
  const gone = rule.error instanceof ApiRequestError && rule.error.isNotFound;
  // React Query keeps the last data beside a later error: once the file is gone (a rollback deleted
  // it), its old badges and text must not stay on screen above "does not exist".
  const detail = gone ? undefined : rule.data;
  const current = gone ? null : (detail?.text ?? null);

  return (
    <>
      <title>{t('detail.documentTitle', { node })}</title>
      <PageHeader
        breadcrumbs={[{ label: t('detail.breadcrumb'), to: appPaths.rules }]}
        title={<span className="mono">{detail?.rule.label ?? node}</span>}
        actions={<CopyButton text={node} label={t('detail.copyNode')} />}
        meta={
          detail ? (
            <>
              <Badge tone="accent">{detail.rule.kind}</Badge>
              <Badge tone={detail.rule.scope === 'legacy' ? 'warning' : 'neutral'}>{detail.rule.scope}</Badge>
              {detail.rule.valid ? (
                <Badge tone="success">{t('validity.valid')}</Badge>
              ) : (
                <Badge tone="danger" title={detail.rule.problem ?? t('validity.unreadable')}>
                  {t('validity.invalid')}
                </Badge>
              )}
              {detail.rule.version !== undefined ? <Badge>{t('detail.zkVersion', { version: detail.rule.version })}</Badge> : null}
            </>
          ) : null
        }
      />
      <div className={styles.layout}>
        <RegionBoundary what={t('detail.regionText')}>
          {rule.isPending ? (
            <p role="status" className={styles.loading}>{t('detail.loading')}</p>
          ) : gone ? (
            <EmptyState title={t('detail.goneTitle')} action={<Link className="button" to={appPaths.rules}>{t('detail.backToRules')}</Link>}>
              <Trans t={t} i18nKey="detail.gone" values={{ node }} components={{ code: <code /> }} />
            </EmptyState>
          ) : rule.isError && !detail ? (
            <ErrorState error={rule.error} what={t('detail.thisRule')} onRetry={() => void rule.refetch()} />
          ) : detail ? (
            <RuleTextPanel detail={detail} view={state.view} onView={(view) => update({ view }, { replace: true })} />
          ) : null}
        </RegionBoundary>
        <RegionBoundary what={t('detail.regionHistory')}>
          <Panel title={t('detail.historyTitle')} id="history" count={history.data?.items.length}>
            {history.isError && !history.data ? (
              <ErrorState error={history.error} what={t('detail.theHistory')} onRetry={() => void history.refetch()} />
            ) : (
              <HistoryTable
                entries={history.data?.items}
                loading={history.isPending}
                compare={state.compare}
                onCompare={(version) => update({ compare: version })}
                onRollback={setRollbackTo}
                current={gone ? null : detail?.text}
              />
            )}
          </Panel>
        </RegionBoundary>
        {history.data && state.compare >= 0 ? (
          <HistoryCompare entries={history.data.items} version={state.compare} current={current} onClose={() => update({ compare: -1 })} />
        ) : null}
      </div>
      {rollbackTo ? (
        <RollbackDialog node={node} entry={rollbackTo} expectedVersion={detail?.rule.version ?? -1} current={current} onClose={() => setRollbackTo(undefined)} />
      ) : null}
    </>
  );
}
