import { useState } from 'react';
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

const breadcrumbs = [{ label: 'Rules', to: appPaths.rules }];

/** One rule file: its text (raw and parsed), the console's history of it, diffs and rollback. */
export function RuleDetailPage() {
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
      <title>{`${node} · Rules · Switchboard`}</title>
      <PageHeader
        breadcrumbs={breadcrumbs}
        title={<span className="mono">{detail?.rule.label ?? node}</span>}
        actions={<CopyButton text={node} label="Copy node name" />}
        meta={
          detail ? (
            <>
              <Badge tone="accent">{detail.rule.kind}</Badge>
              <Badge tone={detail.rule.scope === 'legacy' ? 'warning' : 'neutral'}>{detail.rule.scope}</Badge>
              {detail.rule.valid ? <Badge tone="success">valid</Badge> : <Badge tone="danger" title={detail.rule.problem ?? "Dubbo cannot read this file"}>invalid</Badge>}
              {detail.rule.version !== undefined ? <Badge>ZooKeeper version {detail.rule.version}</Badge> : null}
            </>
          ) : null
        }
      />
      <div className={styles.layout}>
        <RegionBoundary what="the rule text">
          {rule.isPending ? (
            <p role="status" className={styles.loading}>Loading the rule…</p>
          ) : gone ? (
            <EmptyState title="The rule file does not exist (now)" action={<Link className="button" to={appPaths.rules}>Back to rules</Link>}>
              <code>{node}</code> is not in the registry. If Switchboard wrote it before, its history below can restore it.
            </EmptyState>
          ) : rule.isError && !detail ? (
            <ErrorState error={rule.error} what="this rule" onRetry={() => void rule.refetch()} />
          ) : detail ? (
            <RuleTextPanel detail={detail} view={state.view} onView={(view) => update({ view }, { replace: true })} />
          ) : null}
        </RegionBoundary>
        <RegionBoundary what="the rule history">
          <Panel title="History" id="history" count={history.data?.items.length}>
            {history.isError && !history.data ? (
              <ErrorState error={history.error} what="the history" onRetry={() => void history.refetch()} />
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
