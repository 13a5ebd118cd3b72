import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ReleaseTransition } from '@contract/releases.ts';
import { Badge } from '../../../components/badge.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import type { DataColumn } from '../../../components/data-table.tsx';
import { RelativeTime } from '../../../components/relative-time.tsx';
import { formatTimestamp } from '../../../lib/display-format.ts';
import { statePointLabel, transitionKindLabel } from '../release-wording.ts';

type TimelineRow = ReleaseTransition & { index: number };

function columnsOf(t: TFunction<'releases'>): DataColumn<TimelineRow>[] {
  return [
    { id: 'at', header: t('timeline.columns.at'), cell: (row) => <span title={formatTimestamp(row.at)}><RelativeTime iso={row.at} /></span> },
    { id: 'move', header: t('timeline.columns.move'), cell: (row) => `${statePointLabel(row.from)} → ${statePointLabel(row.to)}` },
    {
      id: 'kind',
      header: t('timeline.columns.kind'),
      cell: (row) => <Badge tone={row.kind === 'operator' ? 'neutral' : row.kind === 'hold-elapsed' ? 'info' : 'warning'}>{transitionKindLabel(row.kind)}</Badge>,
    },
    { id: 'actor', header: t('timeline.columns.actor'), cell: (row) => row.actor },
    { id: 'reason', header: t('timeline.columns.reason'), wrap: true, cell: (row) => row.reason || <span className="muted">—</span> },
  ];
}

/** Every transition of the release, newest first. */
export function ReleaseTimeline({ timeline }: { timeline: readonly ReleaseTransition[] }) {
  const { t } = useTranslation('releases');
  const rows = timeline.map((transition, index) => ({ ...transition, index })).reverse();
  return (
    <DataTable
      label={t('timeline.label')}
      columns={columnsOf(t)}
      rows={rows}
      rowKey={(row) => String(row.index)}
      empty={<p className="muted">{t('timeline.empty')}</p>}
    />
  );
}
