import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { ApplicationSummary } from '@contract/applications.ts';
import { Badge } from '../../../components/badge.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import type { DataColumn } from '../../../components/data-table.tsx';
import { appPaths } from '../../../lib/app-paths.ts';
import { formatCount } from '../../../lib/display-format.ts';
import type { SortState } from '../../../lib/table-sort.ts';
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

type ApplicationsTableProps = {
  applications: readonly ApplicationSummary[] | undefined;
  sort: SortState<string>;
  onSort: (column: string) => void;
  loading: boolean;
  stale: boolean;
  empty: ReactNode;
};

export function ApplicationsTable({ applications, sort, onSort, loading, stale, empty }: ApplicationsTableProps) {
  return (
    <DataTable
      label="Applications"
      columns={columns}
      rows={applications}
      rowKey={(app) => app.name}
      sort={sort}
      onSort={onSort}
      loading={loading}
      stale={stale}
      empty={empty}
    />
  );
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
