import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
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

const ruleColumns = (t: TFunction<'rules'>): DataColumn<RuleSummary>[] => [
  {
    id: 'node',
    header: t('list.columns.node'),
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
  { id: 'kind', header: t('list.columns.kind'), cell: (rule) => <Badge tone="accent">{rule.kind}</Badge> },
  { id: 'scope', header: t('list.columns.scope'), cell: (rule) => <Badge tone={rule.scope === 'legacy' ? 'warning' : 'neutral'}>{rule.scope}</Badge> },
  {
    id: 'valid',
    header: t('list.columns.valid'),
    cell: (rule) =>
      rule.valid ? (
        <Badge tone="success">{t('validity.valid')}</Badge>
      ) : (
        <Badge tone="danger" title={rule.problem ?? t('validity.unreadable')}>
          {t('validity.invalid')}
        </Badge>
      ),
  },
  {
    id: 'managed',
    header: t('list.columns.managed'),
    cell: (rule) => rule.managed ? (
        <Badge tone="info" title={t('list.managedHint')}>
          {t('list.managed')}
        </Badge>
      ) : (
        <span className="muted">{t('list.external')}</span>
      ),
  },
  { id: 'version', header: t('list.columns.version'), align: 'end', cell: (rule) => (rule.version === undefined ? <span className="muted">—</span> : rule.version) },
  { id: 'mtime', header: t('list.columns.mtime'), cell: (rule) => (rule.mtime ? <RelativeTime iso={rule.mtime} /> : <span className="muted">—</span>) },
];

/** Every governance rule file in the registry, searchable and filterable by kind. */
export function RulesPage() {
  const { t } = useTranslation('rules');
  useSlashFocus(t('list.searchLabel'));
  const list = useListUrlState(rulesUrlState);
  const { state, filtered } = list;
  const rules = useRules({ q: state.q, kind: state.kind, ...pageWindow(state.page, PAGE_SIZE) });
  return (
    <>
      <title>{t('list.documentTitle')}</title>
      <PageHeader title={t('list.title')} subtitle={t('list.subtitle')} />
      <Panel
        title={t('list.panelTitle')}
        count={rules.data ? formatCount(rules.data.total) : undefined}
        toolbar={
          <>
            <FilterSelect label={t('list.kindLabel')} allLabel={t('list.allKinds')} options={RULE_KINDS} value={state.kind} onChange={(kind) => list.filter({ kind })} />
            <SearchBox label={t('list.searchLabel')} placeholder={t('list.searchPlaceholder')} {...list.search('q')} />
          </>
        }
      >
        <LoadedList query={rules} what={t('list.what')}>
          <DataTable
            label={t('list.tableLabel')}
            columns={ruleColumns(t)}
            rows={rules.data?.items}
            rowKey={(rule) => rule.path}
            loading={rules.isPending}
            stale={rules.isPlaceholderData}
            rowTone={(rule) => (rule.valid ? undefined : 'danger')}
            empty={
              filtered ? (
                <EmptyState
                  title={t('list.noMatch')}
                  action={<button type="button" className="button" onClick={list.clearFilters}>{t('list.clearFilters')}</button>}
                />
              ) : (
                <EmptyState title={t('list.noneTitle')}>{t('list.none')}</EmptyState>
              )
            }
          />
        </LoadedList>
        {rules.data && rules.data.total > PAGE_SIZE ? (
          <Pagination noun={t('list.noun')} page={state.page} pageSize={PAGE_SIZE} total={rules.data.total} onPage={list.goToPage} />
        ) : null}
      </Panel>
    </>
  );
}
