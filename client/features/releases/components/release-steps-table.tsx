import type { Release, ReleaseStep } from '@contract/releases.ts';
import { DataTable } from '../../../components/data-table.tsx';
import type { DataColumn } from '../../../components/data-table.tsx';
import { ShareMeter } from '../../../components/share-meter.tsx';
import { formatHold } from '../release-wording.ts';

type StepRow = ReleaseStep & { index: number; current: boolean };

const columns: DataColumn<StepRow>[] = [
  { id: 'step', header: 'Step', cell: (row) => (row.current ? <strong>{row.index + 1} (now)</strong> : row.index + 1) },
  { id: 'target', header: 'Target', align: 'end', cell: (row) => `${row.percent}%` },
  { id: 'share', header: 'Predicted canary share', width: '26%', cell: (row) => (row.split ? <ShareMeter share={row.split.canaryShare} /> : <span className="muted">tagged calls only</span>) },
  {
    id: 'weights',
    header: 'Weights (canary · stable)',
    align: 'end',
    cell: (row) => (row.split ? <span className="numeric">{row.split.canaryWeight} · {row.split.stableWeight}</span> : <span className="muted">—</span>),
  },
  {
    id: 'formula',
    header: 'Arithmetic: canary weight × canaries / total',
    wrap: true,
    cell: (row) => (row.split ? <code>{row.split.formula}</code> : <span className="muted">—</span>),
  },
  { id: 'hold', header: 'Hold', cell: (row) => formatHold(row.holdSeconds) },
];

/** Every step of a release (planned or stored): its target, the predicted split and how it is computed. */
export function ReleaseStepsTable({ release }: { release: Pick<Release, 'steps' | 'currentStep'> }) {
  const rows = release.steps.map((step, index) => ({ ...step, index, current: index === release.currentStep }));
  return <DataTable label="Release steps" columns={columns} rows={rows} rowKey={(row) => String(row.index)} />;
}
