import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('rules');
  const isCurrent = (entry: RuleHistoryEntry): boolean => current !== undefined && entry.text === current;
  const { ruleRollback } = usePermissions();
  const refused = ruleRollback ? undefined : needsRole('admin');
  const columns: DataColumn<RuleHistoryEntry>[] = [
    { id: 'version', header: t('history.columns.version'), align: 'end', cell: (entry) => t('history.versionNumber', { version: entry.version }) },
    { id: 'at', header: t('history.columns.at'), cell: (entry) => <RelativeTime iso={entry.at} /> },
    { id: 'actor', header: t('history.columns.actor'), cell: (entry) => entry.actor },
    { id: 'action', header: t('history.columns.action'), cell: (entry) => <Badge tone="accent">{entry.action}</Badge> },
    { id: 'reason', header: t('history.columns.reason'), wrap: true, cell: (entry) => entry.reason || <span className="muted">—</span> },
    {
      id: 'result',
      header: t('history.columns.result'),
      cell: (entry) => <HistoryResult entry={entry} />,
    },
    {
      id: 'actions',
      header: t('history.columns.actions'),
      align: 'end',
      cell: (entry) => (
        <span style={{ display: 'inline-flex', gap: 8 }}>
          <button type="button" className="button button-small" aria-pressed={compare === entry.version} onClick={() => onCompare(compare === entry.version ? -1 : entry.version)}>
            {compare === entry.version ? t('history.hideDiff') : t('history.diffWithCurrent')}
          </button>
          {isCurrent(entry) ? (
            <Badge tone="success" title={t('history.currentHint')}>
              {t('history.current')}
            </Badge>
          ) : (
            <button type="button" className="button button-small" disabled={!ruleRollback} title={refused} onClick={() => onRollback(entry)}>
              {t('history.rollBack')}
            </button>
          )}
        </span>
      ),
    },
  ];
  return (
    <DataTable
      label={t('history.tableLabel')}
      columns={columns}
      rows={entries}
      rowKey={(entry) => String(entry.version)}
      loading={loading}
      empty={
        <EmptyState title={t('history.noneTitle')}>{t('history.none')}</EmptyState>
      }
    />
  );
}

/** What the file was after this change; a baseline without text is the file's absence before the console wrote it. */
function HistoryResult({ entry }: { entry: RuleHistoryEntry }) {
  const { t } = useTranslation('rules');
  if (entry.text === null && entry.action === 'baseline') {
    return <span className="muted">{t('history.baselineAbsent')}</span>;
  }
  if (entry.text === null) return <Badge tone="warning">{t('history.deleted')}</Badge>;
  return <>{entry.zkVersion === null ? '—' : t('history.zkVersion', { version: entry.zkVersion })}</>;
}
