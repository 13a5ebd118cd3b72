import type { RegistryWarning } from '@contract/warnings.ts';
import { Badge } from '../../../components/badge.tsx';
import { BreakableText } from '../../../components/breakable-text.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import type { DataColumn, TableView } from '../../../components/data-table.tsx';
import { RelativeTime } from '../../../components/relative-time.tsx';
import styles from './warnings-table.module.css';

const columns: DataColumn<RegistryWarning>[] = [
  { id: 'code', header: 'Code', sortable: true, cell: (w) => <Badge tone="warning" mono>{w.code}</Badge> },
  { id: 'path', header: 'Path', sortable: true, wrap: true, width: '38%', cell: (w) => <span className={styles.path}>
          <BreakableText text={w.path} />
        </span> },
  { id: 'message', header: 'Message', wrap: true, cell: (w) => w.message },
  { id: 'since', header: 'Since', sortable: true, cell: (w) => <RelativeTime iso={w.since} /> },
];

type WarningsTableProps = TableView & { warnings: readonly RegistryWarning[] | undefined };

export function WarningsTable({ warnings, ...view }: WarningsTableProps) {
  return <DataTable label="Registry warnings" columns={columns} rows={warnings} rowKey={(w) => w.id} {...view} />;
}
