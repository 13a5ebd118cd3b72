import type { ReactNode } from 'react';
import type { Instance } from '@contract/instance.ts';
import type { ServiceDetail } from '@contract/services.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { Pagination } from '../../../components/pagination.tsx';
import { Panel } from '../../../components/panel.tsx';
import { SearchBox } from '../../../components/search-box.tsx';
import { formatCount } from '../../../lib/display-format.ts';
import { localListPage } from '../../../lib/local-list.ts';
import type { ListUrlStateControls } from '../../../lib/use-list-url-state.ts';
import { providerComparator } from '../provider-order.ts';
import { providerSearchText } from '../provider-state.ts';
import type { providersUrlState } from '../service-detail-url-state.ts';
import { ProvidersTable } from './providers-table.tsx';

const PAGE_SIZE = 100;

export type ProviderActions = (service: ServiceDetail, provider: Instance) => ReactNode;

type ProvidersPanelProps = {
  service: ServiceDetail;
  list: ListUrlStateControls<typeof providersUrlState.schema>;
  actions?: ProviderActions | undefined;
};

export function ProvidersPanel({ service, list, actions }: ProvidersPanelProps) {
  const { state } = list;
  const page = localListPage(service.providers, {
    query: state.q,
    searchText: providerSearchText,
    compare: providerComparator(state.sort),
    order: state.order,
    page: state.page,
    pageSize: PAGE_SIZE,
  });
  const enabled = service.providers.filter((provider) => provider.enabled).length;
  const empty = state.q ? (
    <EmptyState title={`No providers match “${state.q}”`} action={<button type="button" className="button" onClick={list.clearFilters}>Clear search</button>} />
  ) : (
    <EmptyState title="No providers registered">
      Consumers of this service have nowhere to send calls until a provider registers.
    </EmptyState>
  );

  return (
    <Panel
      title="Providers"
      id="providers"
      count={`${formatCount(enabled)} enabled of ${formatCount(service.providers.length)}`}
      note={<ShareNote service={service} />}
      toolbar={<SearchBox label="Filter providers" placeholder="Address, application, release, rule…" {...list.search('q')} />}
    >
      <ProvidersTable
        providers={page.rows}
        {...list.sorting}
        sharesPredictable={service.sharesPredictable}
        empty={empty}
        {...(actions ? { actions: (provider: Instance) => actions(service, provider) } : {})}
      />
      {page.total > PAGE_SIZE ? (
        <Pagination noun="providers" page={page.page} pageSize={PAGE_SIZE} total={page.total} onPage={list.goToPage} />
      ) : null}
    </Panel>
  );
}

function ShareNote({ service }: { service: ServiceDetail }) {
  const specific = service.providers.some((provider) => provider.consumerSpecificRules.length > 0);
  return (
    <>
      {service.sharesPredictable ? (
        <>
          Predicted share assumes <code>{service.loadbalance}</code> load balancing over enabled providers by effective
          weight.
        </>
      ) : (
        <>
          <strong>Shares are not predictable</strong> for <code>{service.loadbalance}</code> load balancing
          {service.shareNote ? `: ${sentence(service.shareNote)}` : '.'} Treat the bars as indicative only.
        </>
      )}
      {specific ? ' Some providers also have consumer-specific rules, which the effective weight and state leave out.' : null}
    </>
  );
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
