import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApplicationSummary } from '@contract/applications.ts';
import { Badge } from '../../../components/badge.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import type { DataColumn, TableView } from '../../../components/data-table.tsx';
import { appPaths } from '../../../lib/app-paths.ts';
import { formatCount } from '../../../lib/display-format.ts';
import styles from './applications-table.module.css';

const columnsIn = (t: TFunction<'applications'>): DataColumn<ApplicationSummary>[] => [
  {
    id: 'name',
    header: t('table.columns.name'),
    sortable: true,
    width: '26%',
    cell: (app) => (
      <Link to={appPaths.application(app.name)} className={styles.name}>
        {app.name}
      </Link>
    ),
  },
  { id: 'instances', header: t('table.columns.instances'), sortable: true, align: 'end', cell: (app) => formatCount(app.instanceCount) },
  { id: 'providerInstances', header: t('table.columns.providerInstances'), align: 'end', cell: (app) => formatCount(app.providerInstanceCount) },
  { id: 'consumerInstances', header: t('table.columns.consumerInstances'), align: 'end', cell: (app) => formatCount(app.consumerInstanceCount) },
  {
    id: 'provided',
    header: t('table.columns.provided'),
    sortable: true,
    align: 'end',
    cell: (app) => <ServiceCount count={app.providedServiceCount} />,
  },
  {
    id: 'consumed',
    header: t('table.columns.consumed'),
    sortable: true,
    align: 'end',
    cell: (app) => <ServiceCount count={app.consumedServiceCount} />,
  },
  { id: 'releases', header: t('table.columns.releases'), cell: (app) => <Releases releases={app.releases} /> },
];

type ApplicationsTableProps = TableView & { applications: readonly ApplicationSummary[] | undefined };

export function ApplicationsTable({ applications, ...view }: ApplicationsTableProps) {
  const { t } = useTranslation('applications');
  const columns = useMemo(() => columnsIn(t), [t]);
  return <DataTable label={t('table.label')} columns={columns} rows={applications} rowKey={(app) => app.name} {...view} />;
}

function ServiceCount({ count }: { count: number }) {
  const { t } = useTranslation('applications');
  if (count === 0) return <span className="muted">—</span>;
  return <>{t('table.services', { count, n: formatCount(count) })}</>;
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
