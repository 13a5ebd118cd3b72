import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ServiceSummary } from '@contract/services.ts';
import { DataTable } from '../../../components/data-table.tsx';
import type { DataColumn, TableView } from '../../../components/data-table.tsx';
import { NameList } from '../../../components/name-list.tsx';
import { appPaths } from '../../../lib/app-paths.ts';
import { formatCount } from '../../../lib/display-format.ts';
import { ProviderCount, providerHealth } from './provider-count.tsx';

function serviceColumns(t: TFunction<'services'>): DataColumn<ServiceSummary>[] {
  return [
    {
      id: 'key',
      header: t('list.columns.key'),
      sortable: true,
      truncate: true,
      width: '28%',
      cell: (service) => (
        <Link to={appPaths.service(service.key)} className="mono" title={service.key}>
          {service.key}
        </Link>
      ),
    },
    {
      id: 'interface',
      header: t('list.columns.interface'),
      truncate: true,
      width: '18%',
      cell: (service) => <span className="mono muted" title={service.interface}>{service.interface}</span>,
    },
    { id: 'group', header: t('list.columns.group'), cell: (service) => service.group || <span className="muted">—</span> },
    { id: 'version', header: t('list.columns.version'), cell: (service) => service.version || <span className="muted">—</span> },
    { id: 'providers', header: t('list.columns.providers'), sortable: true, align: 'end', cell: (service) => <ProviderCount service={service} /> },
    { id: 'consumers', header: t('list.columns.consumers'), sortable: true, align: 'end', cell: (service) => formatCount(service.consumerCount) },
    {
      id: 'providerApps',
      header: t('list.columns.providerApps'),
      width: '13%',
      cell: (service) => <NameList names={service.providerApps} href={appPaths.application} limit={1} />,
    },
    {
      id: 'consumerApps',
      header: t('list.columns.consumerApps'),
      width: '13%',
      cell: (service) => <NameList names={service.consumerApps} href={appPaths.application} limit={1} />,
    },
  ];
}

type ServicesTableProps = TableView & { services: readonly ServiceSummary[] | undefined };

export function ServicesTable({ services, ...view }: ServicesTableProps) {
  const { t } = useTranslation('services');
  return <DataTable label={t('list.tableLabel')} columns={serviceColumns(t)} rows={services} rowKey={(service) => service.key} rowTone={rowTone} {...view} />;
}

function rowTone(service: ServiceSummary) {
  const health = providerHealth(service);
  if (health === 'none' || health === 'all-disabled') return service.consumerCount > 0 ? 'danger' : 'warning';
  return health === 'some-disabled' ? 'warning' : undefined;
}
