import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
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
import { protocolHint, releaseHint } from '../release-hints.ts';
import { consumerComparator } from '../provider-order.ts';
import type { consumersUrlState } from '../service-detail-url-state.ts';

const PAGE_SIZE = 100;

const consumerColumns = (t: TFunction<'services'>): DataColumn<Consumer>[] => [
  { id: 'address', header: t('consumers.columns.address'), sortable: true, cell: (c) => <span className="mono">{c.address}</span> },
  {
    id: 'application',
    header: t('consumers.columns.application'),
    sortable: true,
    cell: (c) => <Link to={appPaths.application(c.application)}>{c.application}</Link>,
  },
  { id: 'release', header: t('consumers.columns.release'), hint: releaseHint(), sortable: true, cell: (c) => c.release || <span className="muted">—</span> },
  {
    id: 'dubboVersion',
    header: t('consumers.columns.dubboVersion'),
    hint: protocolHint(),
    sortable: true,
    cell: (c) => (c.dubboVersion ? <span className="mono">{`dubbo=${c.dubboVersion}`}</span> : <span className="muted">—</span>),
  },
];

type ConsumersPanelProps = {
  consumers: readonly Consumer[];
  list: ListUrlStateControls<typeof consumersUrlState.schema>;
};

export function ConsumersPanel({ consumers, list }: ConsumersPanelProps) {
  const { t } = useTranslation('services');
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
    <EmptyState title={t('consumers.noMatch', { q: state.cq })} />
  ) : (
    <EmptyState title={t('consumers.noneTitle')}>{t('consumers.none')}</EmptyState>
  );
  return (
    <Panel
      title={t('consumers.title')}
      id="consumers"
      count={formatCount(consumers.length)}
      toolbar={<SearchBox label={t('consumers.filterLabel')} placeholder={t('consumers.filterPlaceholder')} {...list.search('cq')} />}
    >
      <DataTable
        label={t('consumers.tableLabel')}
        columns={consumerColumns(t)}
        rows={page.rows}
        rowKey={(c) => `${c.application}@${c.address}`}
        {...list.sorting}
        empty={empty}
        skeletonRows={3}
      />
      {page.total > PAGE_SIZE ? (
        <Pagination noun={t('consumers.noun')} page={page.page} pageSize={PAGE_SIZE} total={page.total} onPage={list.goToPage} />
      ) : null}
    </Panel>
  );
}
