import { Link } from 'react-router';
import { EmptyState } from '../../../components/empty-state.tsx';
import { LoadedList, queryTableView } from '../../../components/loaded-list.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { Panel } from '../../../components/panel.tsx';
import { SearchBox } from '../../../components/search-box.tsx';
import { appPaths } from '../../../lib/app-paths.ts';
import { formatCount } from '../../../lib/display-format.ts';
import { useListUrlState, useServerPaging } from '../../../lib/use-list-url-state.ts';
import { useServices } from '../api/get-services.ts';
import { serviceListQuery, servicesUrlState } from '../services-url-state.ts';
import { ServicesTable } from './services-table.tsx';
import { useSlashFocus } from '../../../lib/use-slash-focus.ts';

export function ServicesPage() {
  useSlashFocus('Search services');
  const list = useListUrlState(servicesUrlState);
  const { state, filtered, clearFilters } = list;
  const services = useServices(serviceListQuery(state));
  const total = services.data?.total;
  const paging = useServerPaging(list, services.isPlaceholderData ? undefined : total);

  const empty = filtered ? (
    <EmptyState
      title="No services match these filters"
      action={<button type="button" className="button" onClick={clearFilters}>Clear filters</button>}
    >
      {filterSummary(state.q, state.app)}
    </EmptyState>
  ) : (
    <EmptyState title="The registry has no services yet">
      Services appear here as soon as a provider or consumer registers under the Dubbo root.
    </EmptyState>
  );

  return (
    <>
      <title>Services · Switchboard</title>
      <PageHeader title="Services" subtitle="Every Dubbo service in the registry, with its providers and consumers. Click a service key for its instances and rules." />
      <Panel
        title={filtered ? 'Matching services' : 'All services'}
        count={total !== undefined ? formatCount(total) : undefined}
        toolbar={
          <>
            <SearchBox label="Search services" placeholder="Interface, group or version…" {...list.search('q')} />
            <SearchBox label="Filter by application" placeholder="Application…" width="200px" {...list.search('app')} />
            {filtered && total !== 0 ? (
              <button type="button" className="button" onClick={clearFilters}>
                Clear filters
              </button>
            ) : null}
          </>
        }
        note={
          state.app ? (
            <>
              Showing services that application <Link to={appPaths.application(state.app)}>{state.app}</Link> provides or
              consumes.
            </>
          ) : undefined
        }
      >
        <LoadedList query={services} what="services" pagination={total ? { noun: 'services', total, ...paging } : undefined}>
          <ServicesTable services={services.data?.items} {...list.sorting} {...queryTableView(services)} empty={empty} />
        </LoadedList>
      </Panel>
    </>
  );
}

function filterSummary(q: string, app: string): string {
  if (q && app) return `Nothing matches “${q}” among the services of application “${app}”.`;
  if (app) return `Application “${app}” provides and consumes no services (check the exact name).`;
  return `Nothing matches “${q}”. Search looks at interface, group and version.`;
}
