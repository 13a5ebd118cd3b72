import { Link } from 'react-router';
import type { ServiceSummary } from '@contract/services.ts';
import { DataTable } from '../../../components/data-table.tsx';
import type { DataColumn, TableView } from '../../../components/data-table.tsx';
import { NameList } from '../../../components/name-list.tsx';
import { appPaths } from '../../../lib/app-paths.ts';
import { formatCount } from '../../../lib/display-format.ts';
import { ProviderCount, providerHealth } from './provider-count.tsx';

const columns: DataColumn<ServiceSummary>[] = [
  {
    id: 'key',
    header: 'Service key',
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
    header: 'Interface',
    truncate: true,
    width: '18%',
    cell: (service) => <span className="mono muted" title={service.interface}>{service.interface}</span>,
  },
  { id: 'group', header: 'Group', cell: (service) => service.group || <span className="muted">—</span> },
  { id: 'version', header: 'Version', cell: (service) => service.version || <span className="muted">—</span> },
  { id: 'providers', header: 'Providers', sortable: true, align: 'end', cell: (service) => <ProviderCount service={service} /> },
  { id: 'consumers', header: 'Consumers', sortable: true, align: 'end', cell: (service) => formatCount(service.consumerCount) },
  {
    id: 'providerApps',
    header: 'Provider apps',
    width: '13%',
    cell: (service) => <NameList names={service.providerApps} href={appPaths.application} limit={1} />,
  },
  {
    id: 'consumerApps',
    header: 'Consumer apps',
    width: '13%',
    cell: (service) => <NameList names={service.consumerApps} href={appPaths.application} limit={1} />,
  },
];

type ServicesTableProps = TableView & { services: readonly ServiceSummary[] | undefined };

export function ServicesTable({ services, ...view }: ServicesTableProps) {
  return <DataTable label="Services" columns={columns} rows={services} rowKey={(service) => service.key} rowTone={rowTone} {...view} />;
}

function rowTone(service: ServiceSummary) {
  const health = providerHealth(service);
  if (health === 'none' || health === 'all-disabled') return service.consumerCount > 0 ? 'danger' : 'warning';
  return health === 'some-disabled' ? 'warning' : undefined;
}
