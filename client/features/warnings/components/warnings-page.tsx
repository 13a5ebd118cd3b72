import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state.tsx';
import { LoadedList } from '../../../components/loaded-list.tsx';
import { FilterSelect } from '../../../components/filter-select.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { Pagination } from '../../../components/pagination.tsx';
import { Panel } from '../../../components/panel.tsx';
import { SearchBox } from '../../../components/search-box.tsx';
import { formatCount } from '../../../lib/display-format.ts';
import { localListPage } from '../../../lib/local-list.ts';
import { useListUrlState } from '../../../lib/use-list-url-state.ts';
import { useWarnings } from '../api/get-warnings.ts';
import { warningCodes, warningComparator, warningsUrlState } from '../warnings-url-state.ts';
import { WarningsTable } from './warnings-table.tsx';
import { useSlashFocus } from '../../../lib/use-slash-focus.ts';

const PAGE_SIZE = 50;

export function WarningsPage() {
  const { t } = useTranslation('warnings');
  useSlashFocus(t('search.label'));
  const list = useListUrlState(warningsUrlState);
  const { state, filtered } = list;
  const warnings = useWarnings();
  const items = warnings.data?.items.filter((w) => !state.code || w.code === state.code);
  const page = items
    ? localListPage(items, {
        query: state.q,
        searchText: (w) => `${w.code} ${w.path} ${w.message}`,
        compare: warningComparator(state.sort),
        order: state.order,
        page: state.page,
        pageSize: PAGE_SIZE,
      })
    : undefined;
  const empty = filtered ? (
    <EmptyState
      title={t('empty.filtered')}
      action={<button type="button" className="button" onClick={list.clearFilters}>{t('empty.clearFilters')}</button>}
    />
  ) : (
    <EmptyState title={t('empty.none')}>{t('empty.noneDetail')}</EmptyState>
  );

  return (
    <>
      <title>{t('documentTitle')}</title>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
      />
      <Panel
        title={t('panel')}
        count={warnings.data ? formatCount(warnings.data.total) : undefined}
        toolbar={
          <>
            <SearchBox label={t('search.label')} placeholder={t('search.placeholder')} {...list.search('q')} />
            <FilterSelect label={t('filter.label')} allLabel={t('filter.all')} options={warningCodes} value={state.code} onChange={(code) => list.filter({ code })} />
          </>
        }
      >
        <LoadedList query={warnings} what={t('what')}>
          <WarningsTable
            warnings={page?.rows}
            {...list.sorting}
            loading={warnings.isPending}
            empty={empty}
          />
          {page && page.total > PAGE_SIZE ? (
            <Pagination noun={t('what')} page={page.page} pageSize={PAGE_SIZE} total={page.total} onPage={list.goToPage} />
          ) : null}
        </LoadedList>
      </Panel>
    </>
  );
}
