import type { RuleHistoryEntry } from '@contract/rules.ts';
import { Badge } from '../../../components/badge.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import type { DataColumn } from '../../../components/data-table.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { RelativeTime } from '../../../components/relative-time.tsx';

type HistoryTableProps = {
  entries: readonly RuleHistoryEntry[] | undefined;
  loading: boolean;
  compare: number;
  onCompare: (version: number) => void;
  onRollback: (entry: RuleHistoryEntry) => void;
};

/** Who changed the rule, when, how and why; each version can be diffed against now or restored. */
export function HistoryTable({ entries, loading, compare, onCompare, onRollback }: HistoryTableProps) {
  const latest = entries?.reduce((max, entry) => Math.max(max, entry.version), -1);
  const columns: DataColumn<RuleHistoryEntry>[] = [
    { id: 'version', header: 'Version', align: 'end', cell: (entry) => `#${entry.version}` },
    { id: 'at', header: 'When', cell: (entry) => <RelativeTime iso={entry.at} /> },
    { id: 'actor', header: 'Who', cell: (entry) => entry.actor },
    { id: 'action', header: 'Action', cell: (entry) => <Badge tone="accent">{entry.action}</Badge> },
    { id: 'reason', header: 'Reason', wrap: true, cell: (entry) => entry.reason || <span className="muted">—</span> },
    {
      id: 'result',
      header: 'Result',
      cell: (entry) => (entry.text === null ? <Badge tone="danger">file deleted</Badge> : entry.zkVersion === null ? '—' : `ZooKeeper v${entry.zkVersion}`),
    },
    {
      id: 'actions',
      header: 'Actions',
      align: 'end',
      cell: (entry) => (
        <span style={{ display: 'inline-flex', gap: 8 }}>
          <button type="button" className="button button-small" aria-pressed={compare === entry.version} onClick={() => onCompare(compare === entry.version ? -1 : entry.version)}>
            {compare === entry.version ? 'Hide diff' : 'Diff with current'}
          </button>
          <button type="button" className="button button-small" disabled={entry.version === latest} title={entry.version === latest ? 'This is the current state' : undefined} onClick={() => onRollback(entry)}>
            Roll back to this…
          </button>
        </span>
      ),
    },
  ];
  return (
    <DataTable
      label="Rule history"
      columns={columns}
      rows={entries}
      rowKey={(entry) => String(entry.version)}
      loading={loading}
      empty={
        <EmptyState title="No history">
          Switchboard has not changed this rule. Changes made by other tools are not recorded here; the audit trail lists only console writes.
        </EmptyState>
      }
    />
  );
}
