import type { RuleHistoryEntry } from '@contract/rules.ts';
import { Badge } from '../../../components/badge.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import type { DataColumn } from '../../../components/data-table.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { RelativeTime } from '../../../components/relative-time.tsx';
import { needsRole } from '../../../lib/permissions.ts';
import { usePermissions } from '../../../lib/session-query.ts';

type HistoryTableProps = {
  entries: readonly RuleHistoryEntry[] | undefined;
  loading: boolean;
  compare: number;
  onCompare: (version: number) => void;
  onRollback: (entry: RuleHistoryEntry) => void;
  /** The file's text now: null when it does not exist, undefined while not known yet. */
  current: string | null | undefined;
};

/** Who changed the rule, when, how and why; each version can be diffed against now or restored. */
export function HistoryTable({ entries, loading, compare, onCompare, onRollback, current }: HistoryTableProps) {
  // Rolling back to a version whose text is what the file holds now would change nothing.
  const isCurrent = (entry: RuleHistoryEntry): boolean => current !== undefined && entry.text === current;
  const { ruleRollback } = usePermissions();
  const refused = ruleRollback ? undefined : needsRole('admin');
  const columns: DataColumn<RuleHistoryEntry>[] = [
    { id: 'version', header: 'Version', align: 'end', cell: (entry) => `#${entry.version}` },
    { id: 'at', header: 'When', cell: (entry) => <RelativeTime iso={entry.at} /> },
    { id: 'actor', header: 'Who', cell: (entry) => entry.actor },
    { id: 'action', header: 'Action', cell: (entry) => <Badge tone="accent">{entry.action}</Badge> },
    { id: 'reason', header: 'Reason', wrap: true, cell: (entry) => entry.reason || <span className="muted">—</span> },
    {
      id: 'result',
      header: 'Result',
      cell: (entry) => <HistoryResult entry={entry} />,
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
          {isCurrent(entry) ? (
            <Badge tone="success" title="The file holds this state now: nothing to roll back to">current</Badge>
          ) : (
            <button type="button" className="button button-small" disabled={!ruleRollback} title={refused} onClick={() => onRollback(entry)}>
              Roll back to this…
            </button>
          )}
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

/** What the file was after this change; a baseline without text is the file's absence before the console wrote it. */
function HistoryResult({ entry }: { entry: RuleHistoryEntry }) {
  if (entry.text === null && entry.action === 'baseline') {
    return <span className="muted">did not exist before the console's first write</span>;
  }
  if (entry.text === null) return <Badge tone="warning">file deleted</Badge>;
  return <>{entry.zkVersion === null ? '—' : `ZooKeeper v${entry.zkVersion}`}</>;
}
