import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Release, ReleaseStep } from '@contract/releases.ts';
import { DataTable } from '../../../components/data-table.tsx';
import type { DataColumn } from '../../../components/data-table.tsx';
import { ShareMeter } from '../../../components/share-meter.tsx';
import { formatHold } from '../release-wording.ts';

type StepRow = ReleaseStep & { index: number; current: boolean };

function columnsOf(t: TFunction<'releases'>): DataColumn<StepRow>[] {
  return [
    { id: 'step', header: t('steps.columns.step'), cell: (row) => (row.current ? <strong>{t('steps.current', { step: row.index + 1 })}</strong> : row.index + 1) },
    { id: 'target', header: t('steps.columns.target'), align: 'end', cell: (row) => `${row.percent}%` },
    { id: 'share', header: t('steps.columns.share'), width: '26%', cell: (row) => (row.split ? <ShareMeter share={row.split.canaryShare} /> : <span className="muted">{t('steps.taggedOnly')}</span>) },
    {
      id: 'weights',
      header: t('steps.columns.weights'),
      align: 'end',
      cell: (row) => (row.split ? <span className="numeric">{row.split.canaryWeight} · {row.split.stableWeight}</span> : <span className="muted">—</span>),
    },
    {
      id: 'formula',
      header: t('steps.columns.formula'),
      wrap: true,
      cell: (row) => (row.split ? <code>{row.split.formula}</code> : <span className="muted">—</span>),
    },
    { id: 'hold', header: t('steps.columns.hold'), cell: (row) => formatHold(row.holdSeconds) },
  ];
}

/** Every step of a release (planned or stored): its target, the predicted split and how it is computed. */
export function ReleaseStepsTable({ release }: { release: Pick<Release, 'steps' | 'currentStep'> }) {
  const { t } = useTranslation('releases');
  const rows = release.steps.map((step, index) => ({ ...step, index, current: index === release.currentStep }));
  return <DataTable label={t('steps.label')} columns={columnsOf(t)} rows={rows} rowKey={(row) => String(row.index)} />;
}
