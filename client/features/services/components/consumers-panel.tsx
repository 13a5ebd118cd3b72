import { Link } from 'react-router';
import type { Consumer } from '@contract/instance.ts';
import { DataTable } from '../../../components/data-table.tsx';
import type { DataColumn } from '../../../components/data-table.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { Pagination } from '../../../components/pagination.tsx';
import { Panel } from '../../../components/panel.tsx';
import { SearchBox } from '../../../components/search-box.tsx';
import { appPaths } from '../../../lib/app-paths.ts';
import { formatCount } from '../../../lib/display-format.ts';
import { localListPage } from '../../../lib/local-list.ts';
import type { ListUrlStateControls } from '../../../lib/use-list-url-state.ts';
import { PROTOCOL_HINT, RELEASE_HINT } from '../release-hints.ts';
import { consumerComparator } from '../provider-order.ts';
import type { consumersUrlState } from '../service-detail-url-state.ts';

const PAGE_SIZE = 100;


const columns: DataColumn<Consumer>[] = [
  { id: 'address', header: 'Address', sortable: true, cell: (c) => <span className="mono">{c.address}</span> },
  {
    id: 'application',
    header: 'Application',
    sortable: true,
    cell: (c) => <Link to={appPaths.application(c.application)}>{c.application}</Link>,
  },
  { id: 'release', header: 'Dubbo release', hint: RELEASE_HINT, sortable: true, cell: (c) => c.release || <span className="muted">—</span> },
  {
    id: 'dubboVersion',
    header: 'Protocol version',
    hint: PROTOCOL_HINT,
    sortable: true,
    cell: (c) => (c.dubboVersion ? <span className="mono">dubbo={c.dubboVersion}</span> : <span className="muted">—</span>),
  },
];

type ConsumersPanelProps = {
  consumers: readonly Consumer[];
  list: ListUrlStateControls<typeof consumersUrlState.schema>;
};

export function ConsumersPanel({ consumers, list }: ConsumersPanelProps) {
  const { state } = list;
  const page = localListPage(consumers, {
    query: state.cq,
    searchText: (c) => `${c.address} ${c.application} ${c.release} ${c.dubboVersion}`,
    compare: consumerComparator(state.csort),
    order: state.corder,
    page: state.cpage,
    pageSize: PAGE_SIZE,
  });
  const empty = state.cq ? (
    <EmptyState title={`No consumers match “${state.cq}”`} />
  ) : (
    <EmptyState title="No consumers">No application subscribes to this service right now.</EmptyState>
  );
  return (
    <Panel
      title="Consumers"
      id="consumers"
      count={formatCount(consumers.length)}
      toolbar={<SearchBox label="Filter consumers" placeholder="Address, application, release…" {...list.search('cq')} />}
    >
      <DataTable
        label="Consumers"
        columns={columns}
        rows={page.rows}
        rowKey={(c) => `${c.application}@${c.address}`}
        {...list.sorting}
        empty={empty}
        skeletonRows={3}
      />
      {page.total > PAGE_SIZE ? (
        <Pagination noun="consumers" page={page.page} pageSize={PAGE_SIZE} total={page.total} onPage={list.goToPage} />
      ) : null}
    </Panel>
  );
}
