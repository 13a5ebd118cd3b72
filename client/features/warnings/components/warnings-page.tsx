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
  useSlashFocus('Search warnings');
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
      title="No warnings match these filters"
      action={<button type="button" className="button" onClick={list.clearFilters}>Clear filters</button>}
    />
  ) : (
    <EmptyState title="No registry warnings">Every node the mirror read parsed cleanly.</EmptyState>
  );

  return (
    <>
      <title>Warnings · Switchboard</title>
      <PageHeader
        title="Registry warnings"
        subtitle="Registry data the mirror could not use and skipped — malformed node names, broken rules, unreadable nodes. Nothing else is affected by them."
      />
      <Panel
        title="Warnings"
        count={warnings.data ? formatCount(warnings.data.total) : undefined}
        toolbar={
          <>
            <SearchBox label="Search warnings" placeholder="Path or message…" {...list.search('q')} />
            <FilterSelect label="Filter by code" allLabel="All codes" options={warningCodes} value={state.code} onChange={(code) => list.filter({ code })} />
          </>
        }
      >
        <LoadedList query={warnings} what="warnings">
          <WarningsTable
            warnings={page?.rows}
            {...list.sorting}
            loading={warnings.isPending}
            empty={empty}
          />
          {page && page.total > PAGE_SIZE ? (
            <Pagination noun="warnings" page={page.page} pageSize={PAGE_SIZE} total={page.total} onPage={list.goToPage} />
          ) : null}
        </LoadedList>
      </Panel>
    </>
  );
}
