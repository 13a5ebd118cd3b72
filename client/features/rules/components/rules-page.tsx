import { Link } from 'react-router';
import type { RuleSummary } from '@contract/rules.ts';
import { Badge } from '../../../components/badge.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import type { DataColumn } from '../../../components/data-table.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { LoadedList } from '../../../components/loaded-list.tsx';
import { FilterSelect } from '../../../components/filter-select.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { Pagination } from '../../../components/pagination.tsx';
import { Panel } from '../../../components/panel.tsx';
import { RelativeTime } from '../../../components/relative-time.tsx';
import { SearchBox } from '../../../components/search-box.tsx';
import { appPaths } from '../../../lib/app-paths.ts';
import { formatCount } from '../../../lib/display-format.ts';
import { pageWindow } from '../../../lib/paging.ts';
import { useListUrlState } from '../../../lib/use-list-url-state.ts';
import { useRules } from '../api/get-rules.ts';
import { RULE_KINDS, rulesUrlState } from '../rules-url-state.ts';
import styles from './rules-page.module.css';
import { useSlashFocus } from '../../../lib/use-slash-focus.ts';

const PAGE_SIZE = 50;

const columns: DataColumn<RuleSummary>[] = [
  {
    id: 'node',
    header: 'Rule',
    wrap: true,
    cell: (rule) => (
      <span className={styles.node}>
        <Link to={appPaths.rule(rule.node)} className="mono">
          {rule.label}
        </Link>
        {rule.label !== rule.node ? <span className={styles.path}>{rule.path}</span> : null}
      </span>
    ),
  },
  { id: 'kind', header: 'Kind', cell: (rule) => <Badge tone="accent">{rule.kind}</Badge> },
  { id: 'scope', header: 'Scope', cell: (rule) => <Badge tone={rule.scope === 'legacy' ? 'warning' : 'neutral'}>{rule.scope}</Badge> },
  {
    id: 'valid',
    header: 'Valid',
    cell: (rule) =>
      rule.valid ? <Badge tone="success">valid</Badge> : <Badge tone="danger" title={rule.problem ?? 'Dubbo cannot read this file'}>invalid</Badge>,
  },
  {
    id: 'managed',
    header: 'Managed',
    cell: (rule) => (rule.managed ? <Badge tone="info" title="Switchboard has history for this rule">managed</Badge> : <span className="muted">external</span>),
  },
  { id: 'version', header: 'Version', align: 'end', cell: (rule) => (rule.version === undefined ? <span className="muted">—</span> : rule.version) },
  { id: 'mtime', header: 'Modified', cell: (rule) => (rule.mtime ? <RelativeTime iso={rule.mtime} /> : <span className="muted">—</span>) },
];

/** Every governance rule file in the registry, searchable and filterable by kind. */
export function RulesPage() {
  useSlashFocus('Search rules');
  const list = useListUrlState(rulesUrlState);
  const { state, filtered } = list;
  const rules = useRules({ q: state.q, kind: state.kind, ...pageWindow(state.page, PAGE_SIZE) });
  return (
    <>
      <title>Rules · Switchboard</title>
      <PageHeader title="Rules" subtitle="Override, router and tag rule files as stored in ZooKeeper, with their history when Switchboard wrote them." />
      <Panel
        title="Rule files"
        count={rules.data ? formatCount(rules.data.total) : undefined}
        toolbar={
          <>
            <FilterSelect label="Kind" allLabel="All kinds" options={RULE_KINDS} value={state.kind} onChange={(kind) => list.filter({ kind })} />
            <SearchBox label="Search rules" placeholder="Node, service, application…" {...list.search('q')} />
          </>
        }
      >
        <LoadedList query={rules} what="the rules">
          <DataTable
            label="Rules"
            columns={columns}
            rows={rules.data?.items}
            rowKey={(rule) => rule.path}
            loading={rules.isPending}
            stale={rules.isPlaceholderData}
            rowTone={(rule) => (rule.valid ? undefined : 'danger')}
            empty={
              filtered ? (
                <EmptyState title="No rules match" action={<button type="button" className="button" onClick={list.clearFilters}>Clear filters</button>} />
              ) : (
                <EmptyState title="No rule files">No configurator or router rule is stored in the registry: every provider runs as registered.</EmptyState>
              )
            }
          />
        </LoadedList>
        {rules.data && rules.data.total > PAGE_SIZE ? (
          <Pagination noun="rules" page={state.page} pageSize={PAGE_SIZE} total={rules.data.total} onPage={list.goToPage} />
        ) : null}
      </Panel>
    </>
  );
}
