import { useCallback } from 'react';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { Pagination } from '../../../components/pagination.tsx';
import { Panel } from '../../../components/panel.tsx';
import { SearchBox } from '../../../components/search-box.tsx';
import { formatCount } from '../../../lib/display-format.ts';
import { nextSort } from '../../../lib/table-sort.ts';
import { usePageClamp } from '../../../lib/use-page-clamp.ts';
import { useUrlState } from '../../../lib/use-url-state.ts';
import { useApplications } from '../api/get-applications.ts';
import { applicationListQuery, applicationsUrlStateSchema, isApplicationSortColumn } from '../applications-url-state.ts';
import { ApplicationsTable } from './applications-table.tsx';
import { useSlashFocus } from '../../../lib/use-slash-focus.ts';

export function ApplicationsPage() {
  useSlashFocus('Search applications');
  const [state, update] = useUrlState(applicationsUrlStateSchema);
  const applications = useApplications(applicationListQuery(state));
  const total = applications.data?.total;

  usePageClamp({
    page: state.page,
    pageSize: state.size,
    total: applications.isPlaceholderData ? undefined : total,
    onClamp: useCallback((page: number) => update({ page }, { replace: true }), [update]),
  });

  const empty = state.q ? (
    <EmptyState
      title={`No applications match “${state.q}”`}
      action={<button type="button" className="button" onClick={() => update({ q: '', page: 1 })}>Clear search</button>}
    />
  ) : (
    <EmptyState title="No applications registered">
      Applications appear when their providers or consumers register with the registry.
    </EmptyState>
  );

  return (
    <>
      <title>Applications · Switchboard</title>
      <PageHeader
        title="Applications"
        subtitle="Applications seen in the registry, with their instances and the services they provide and consume."
      />
      <Panel
        title={state.q ? 'Matching applications' : 'All applications'}
        count={total !== undefined ? formatCount(total) : undefined}
        toolbar={
          <SearchBox
            label="Search applications"
            placeholder="Application name…"
            value={state.q}
            onSearch={(q) => update({ q, page: 1 }, { replace: true })}
          />
        }
      >
        {applications.isError && !applications.data ? (
          <ErrorState error={applications.error} what="applications" onRetry={() => void applications.refetch()} />
        ) : (
          <>
            <ApplicationsTable
              applications={applications.data?.items}
              sort={state}
              onSort={(column) => {
                if (!isApplicationSortColumn(column)) return;
                update({ ...nextSort(state, column, column === 'name' ? 'asc' : 'desc'), page: 1 });
              }}
              loading={applications.isPending}
              stale={applications.isPlaceholderData}
              empty={empty}
            />
            {total ? (
              <Pagination
                noun="applications"
                page={state.page}
                pageSize={state.size}
                total={total}
                onPage={(page) => update({ page })}
                onPageSize={(size) => update({ size, page: 1 })}
              />
            ) : null}
          </>
        )}
      </Panel>
    </>
  );
}
