import { useMemo } from 'react';
import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ApplicationInstance } from '@contract/applications.ts';
import { Badge } from '../../../components/badge.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import type { DataColumn } from '../../../components/data-table.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { Pagination } from '../../../components/pagination.tsx';
import { Panel } from '../../../components/panel.tsx';
import { SearchBox } from '../../../components/search-box.tsx';
import { formatCount } from '../../../lib/display-format.ts';
import { localListPage } from '../../../lib/local-list.ts';
import type { ListUrlStateControls } from '../../../lib/use-list-url-state.ts';
import { instanceComparator } from '../instance-order.ts';
import type { applicationDetailUrlState } from '../applications-url-state.ts';
import styles from './instances-panel.module.css';

const PAGE_SIZE = 50;

const columnsIn = (t: TFunction<'applications'>): DataColumn<ApplicationInstance>[] => [
  { id: 'address', header: t('instances.columns.address'), sortable: true, cell: (i) => <span className="mono">{i.address}</span> },
  {
    id: 'roles',
    header: t('instances.columns.roles'),
    cell: (i) => (
      <span className={styles.roles}>
        {i.roles.map((role) => (
          <Badge key={role} tone={role === 'provider' ? 'info' : 'neutral'}>
            {t(`instances.roles.${role}`)}
          </Badge>
        ))}
      </span>
    ),
  },
  { id: 'release', header: t('instances.columns.release'), sortable: true, cell: (i) => i.release || <span className="muted">—</span> },
  { id: 'discovery', header: t('instances.columns.discovery'), sortable: true, cell: (i) => <Badge>{t(`instances.discovery.${i.discovery}`)}</Badge> },
  { id: 'provided', header: t('instances.columns.provided'), sortable: true, align: 'end', cell: (i) => formatCount(i.providedServices.length) },
  { id: 'consumed', header: t('instances.columns.consumed'), sortable: true, align: 'end', cell: (i) => formatCount(i.consumedServices.length) },
  { id: 'disabled', header: t('instances.columns.disabled'), sortable: true, align: 'end', cell: (i) => <DisabledServices instance={i} /> },
];

/** Governance controls for one instance, composed in by app/ (features never import each other). */
export type InstanceActions = (instance: ApplicationInstance) => ReactNode;

type InstancesPanelProps = {
  instances: readonly ApplicationInstance[];
  instanceActions?: InstanceActions | undefined;
  list: ListUrlStateControls<typeof applicationDetailUrlState.schema>;
};

export function InstancesPanel({ instances, instanceActions, list }: InstancesPanelProps) {
  const { t } = useTranslation('applications');
  const { state } = list;
  const shown = useMemo<DataColumn<ApplicationInstance>[]>(() => {
    const columns = columnsIn(t);
    return instanceActions ? [...columns, { id: 'actions', header: t('instances.columns.actions'), align: 'end', wrap: true, cell: instanceActions }] : columns;
  }, [instanceActions, t]);
  const page = localListPage(instances, {
    query: state.q,
    searchText: (i) => `${i.address} ${i.roles.join(' ')} ${i.release} ${i.discovery}`,
    compare: instanceComparator(state.sort),
    order: state.order,
    page: state.page,
    pageSize: PAGE_SIZE,
  });
  return (
    <Panel
      title={t('instances.title')}
      id="instances"
      count={formatCount(instances.length)}
      toolbar={<SearchBox label={t('instances.filter')} placeholder={t('instances.filterPlaceholder')} {...list.search('q')} />}
    >
      <DataTable
        label={t('instances.label')}
        columns={shown}
        rows={page.rows}
        rowKey={(i) => i.address}
        {...list.sorting}
        rowTone={(i) => (i.disabledServices > 0 ? 'warning' : undefined)}
        empty={<EmptyState title={state.q ? t('instances.noMatch', { q: state.q }) : t('instances.empty')} />}
      />
      {page.total > PAGE_SIZE ? (
        <Pagination noun={t('instances.noun')} page={page.page} pageSize={PAGE_SIZE} total={page.total} onPage={list.goToPage} />
      ) : null}
    </Panel>
  );
}

function DisabledServices({ instance }: { instance: ApplicationInstance }) {
  const { t } = useTranslation('applications');
  if (instance.disabledServices === 0) return <span className="muted">0</span>;
  const total = instance.enabledServices + instance.disabledServices;
  return (
    <Badge tone="warning" title={t('instances.disabledTitle', { disabled: instance.disabledServices, total })}>
      {t('instances.disabled', { disabled: formatCount(instance.disabledServices), total: formatCount(total) })}
    </Badge>
  );
}
