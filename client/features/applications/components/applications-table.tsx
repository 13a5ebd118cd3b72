import { Link } from 'react-router';
import type { ApplicationSummary } from '@contract/applications.ts';
import { Badge } from '../../../components/badge.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import type { DataColumn, TableView } from '../../../components/data-table.tsx';
import { appPaths } from '../../../lib/app-paths.ts';
import { formatCount } from '../../../lib/display-format.ts';
import styles from './applications-table.module.css';

const columns: DataColumn<ApplicationSummary>[] = [
  {
    id: 'name',
    header: 'Application',
    sortable: true,
    width: '26%',
    cell: (app) => (
      <Link to={appPaths.application(app.name)} className={styles.name}>
        {app.name}
      </Link>
    ),
  },
  { id: 'instances', header: 'Instances', sortable: true, align: 'end', cell: (app) => formatCount(app.instanceCount) },
  { id: 'providerInstances', header: 'Provider instances', align: 'end', cell: (app) => formatCount(app.providerInstanceCount) },
  { id: 'consumerInstances', header: 'Consumer instances', align: 'end', cell: (app) => formatCount(app.consumerInstanceCount) },
  {
    id: 'provided',
    header: 'Provides',
    sortable: true,
    align: 'end',
    cell: (app) => <ServiceCount count={app.providedServiceCount} />,
  },
  {
    id: 'consumed',
    header: 'Consumes',
    sortable: true,
    align: 'end',
    cell: (app) => <ServiceCount count={app.consumedServiceCount} />,
  },
  { id: 'releases', header: 'Releases', cell: (app) => <Releases releases={app.releases} /> },
];

type ApplicationsTableProps = TableView & { applications: readonly ApplicationSummary[] | undefined };

export function ApplicationsTable({ applications, ...view }: ApplicationsTableProps) {
  return <DataTable label="Applications" columns={columns} rows={applications} rowKey={(app) => app.name} {...view} />;
}

function ServiceCount({ count }: { count: number }) {
  if (count === 0) return <span className="muted">—</span>;
  return <>{count === 1 ? '1 service' : `${formatCount(count)} services`}</>;
}

function Releases({ releases }: { releases: readonly string[] }) {
  if (releases.length === 0) return <span className="muted">—</span>;
  return (
    <span className={styles.releases}>
      {releases.slice(0, 4).map((release) => (
        <Badge key={release} mono tone={releases.length > 1 ? 'info' : 'neutral'}>
          {release}
        </Badge>
      ))}
      {releases.length > 4 ? <span className="muted">+{releases.length - 4}</span> : null}
    </span>
  );
}
