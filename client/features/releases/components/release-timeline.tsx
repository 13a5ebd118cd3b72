import type { ReleaseTransition } from '@contract/releases.ts';
import { Badge } from '../../../components/badge.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import type { DataColumn } from '../../../components/data-table.tsx';
import { RelativeTime } from '../../../components/relative-time.tsx';
import { formatTimestamp } from '../../../lib/display-format.ts';
import { statePointLabel, transitionKindLabel } from '../release-wording.ts';

type TimelineRow = ReleaseTransition & { index: number };

const columns: DataColumn<TimelineRow>[] = [
  { id: 'at', header: 'When', cell: (row) => <span title={formatTimestamp(row.at)}><RelativeTime iso={row.at} /></span> },
  { id: 'move', header: 'From → to', cell: (row) => `${statePointLabel(row.from)} → ${statePointLabel(row.to)}` },
  {
    id: 'kind',
    header: 'Why',
    cell: (row) => <Badge tone={row.kind === 'operator' ? 'neutral' : row.kind === 'hold-elapsed' ? 'info' : 'warning'}>{transitionKindLabel(row.kind)}</Badge>,
  },
  { id: 'actor', header: 'By', cell: (row) => row.actor },
  { id: 'reason', header: 'Reason', wrap: true, cell: (row) => row.reason || <span className="muted">—</span> },
];

/** Every transition of the release, newest first. */
export function ReleaseTimeline({ timeline }: { timeline: readonly ReleaseTransition[] }) {
  const rows = timeline.map((transition, index) => ({ ...transition, index })).reverse();
  return <DataTable label="Release timeline" columns={columns} rows={rows} rowKey={(row) => String(row.index)} empty={<p className="muted">Nothing happened yet: the release is a draft.</p>} />;
}
