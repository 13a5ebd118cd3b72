import { EmptyState } from '../../../components/empty-state.tsx';
import { LoadedList, queryTableView } from '../../../components/loaded-list.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { Panel } from '../../../components/panel.tsx';
import { SearchBox } from '../../../components/search-box.tsx';
import { formatCount } from '../../../lib/display-format.ts';
import { useListUrlState, useServerPaging } from '../../../lib/use-list-url-state.ts';
import { useApplications } from '../../../lib/queries/applications-query.ts';
import { applicationListQuery, applicationsUrlState } from '../applications-url-state.ts';
import { ApplicationsTable } from './applications-table.tsx';
import { useSlashFocus } from '../../../lib/use-slash-focus.ts';

export function ApplicationsPage() {
  useSlashFocus('Search applications');
  const list = useListUrlState(applicationsUrlState);
  const { state } = list;
  const applications = useApplications(applicationListQuery(state));
  const total = applications.data?.total;
  const paging = useServerPaging(list, applications.isPlaceholderData ? undefined : total);

  const empty = state.q ? (
    <EmptyState
      title={`No applications match “${state.q}”`}
      action={<button type="button" className="button" onClick={list.clearFilters}>Clear search</button>}
    />
  ) : (
    <EmptyState title="No applications registered">
      Applications appear when their providers or consumers register with the registry.
    </EmptyState>
  );

  return (
    <>
      <title>Applications · Switchboard</title>
      <PageHeader title="Applications" subtitle="Applications seen in the registry, with their instances and the services they provide and consume." />
      <Panel
        title={state.q ? 'Matching applications' : 'All applications'}
        count={total !== undefined ? formatCount(total) : undefined}
        toolbar={
          <SearchBox label="Search applications" placeholder="Application name…" {...list.search('q')} />
        }
      >
        <LoadedList query={applications} what="applications" pagination={total ? { noun: 'applications', total, ...paging } : undefined}>
          <ApplicationsTable applications={applications.data?.items} {...list.sorting} {...queryTableView(applications)} empty={empty} />
        </LoadedList>
      </Panel>
    </>
  );
}
