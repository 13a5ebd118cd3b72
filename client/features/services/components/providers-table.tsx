import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Instance } from '@contract/instance.ts';
import { Badge } from '../../../components/badge.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import type { DataColumn, TableView } from '../../../components/data-table.tsx';
import { ShareMeter } from '../../../components/share-meter.tsx';
import { appPaths } from '../../../lib/app-paths.ts';
import { formatCount } from '../../../lib/display-format.ts';
import { AddressCell, EffectiveWeightCell, EnabledCell, RulesCell } from './provider-cells.tsx';
import { releaseHint } from '../release-hints.ts';

type ProvidersTableProps = TableView & {
  providers: readonly Instance[];
  sharesPredictable: boolean;
  /** Per-row controls (governance adds weight/enable actions here); adds an "Actions" column. */
  actions?: (provider: Instance) => ReactNode;
};

export function ProvidersTable({ providers, sharesPredictable, actions, ...view }: ProvidersTableProps) {
  const { t } = useTranslation('services');
  const columns = providerColumns(t, sharesPredictable);
  if (actions) columns.push({ id: 'actions', header: t('providers.columns.actions'), align: 'end', cell: actions });
  return <DataTable label={t('providers.tableLabel')} columns={columns} rows={providers} rowKey={(provider) => provider.address} rowTone={providerTone} {...view} />;
}

function providerTone(provider: Instance) {
  return provider.enabled ? undefined : 'muted';
}

function providerColumns(t: TFunction<'services'>, sharesPredictable: boolean): DataColumn<Instance>[] {
  return [
    { id: 'address', header: t('providers.columns.address'), sortable: true, wrap: true, cell: (p) => <AddressCell provider={p} /> },
    {
      id: 'application',
      header: t('providers.columns.application'),
      sortable: true,
      cell: (p) => <Link to={appPaths.application(p.application)}>{p.application}</Link>,
    },
    { id: 'protocol', header: t('providers.columns.protocol'), cell: (p) => p.protocol },
    { id: 'release', header: t('providers.columns.release'), hint: releaseHint(), sortable: true, cell: (p) => p.release || <span className="muted">—</span> },
    {
      id: 'registeredWeight',
      header: t('providers.columns.registeredWeight'),
      sortable: true,
      align: 'end',
      cell: (p) => formatCount(p.registeredWeight),
    },
    { id: 'weight', header: t('providers.columns.weight'), sortable: true, align: 'end', cell: (p) => <EffectiveWeightCell provider={p} /> },
    { id: 'enabled', header: t('providers.columns.enabled'), sortable: true, wrap: true, cell: (p) => <EnabledCell provider={p} /> },
    {
      id: 'share',
      header: t('providers.columns.share'),
      sortable: true,
      width: '140px',
      cell: (p) => <ShareMeter share={p.share} uncertain={!sharesPredictable} />,
    },
    { id: 'rules', header: t('providers.columns.rules'), wrap: true, cell: (p) => <RulesCell provider={p} /> },
    { id: 'discovery', header: t('providers.columns.discovery'), cell: (p) => <Badge>{p.discovery}</Badge> },
  ];
}
