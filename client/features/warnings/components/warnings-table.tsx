import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegistryWarning } from '@contract/warnings.ts';
import { Badge } from '../../../components/badge.tsx';
import { BreakableText } from '../../../components/breakable-text.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import type { DataColumn, TableView } from '../../../components/data-table.tsx';
import { RelativeTime } from '../../../components/relative-time.tsx';
import styles from './warnings-table.module.css';

function warningColumns(t: TFunction<'warnings'>): DataColumn<RegistryWarning>[] {
  return [
  { id: 'code', header: t('columns.code'), sortable: true, cell: (w) => <Badge tone="warning" mono>{w.code}</Badge> },
  { id: 'path', header: t('columns.path'), sortable: true, wrap: true, width: '38%', cell: (w) => <span className={styles.path}>
          <BreakableText text={w.path} />
        </span> },
  { id: 'message', header: t('columns.message'), wrap: true, cell: (w) => w.message },
  { id: 'since', header: t('columns.since'), sortable: true, cell: (w) => <RelativeTime iso={w.since} /> },
  ];
}

type WarningsTableProps = TableView & { warnings: readonly RegistryWarning[] | undefined };

export function WarningsTable({ warnings, ...view }: WarningsTableProps) {
  const { t } = useTranslation('warnings');
  const columns = useMemo(() => warningColumns(t), [t]);
  return <DataTable label={t('title')} columns={columns} rows={warnings} rowKey={(w) => w.id} {...view} />;
}
