import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Instance } from '@contract/instance.ts';
import { Badge } from '../../../components/badge.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import type { DataColumn, TableView } from '../../../components/data-table.tsx';
import { ShareMeter } from '../../../components/share-meter.tsx';
import { appPaths } from '../../../lib/app-paths.ts';
import { formatCount } from '../../../lib/display-format.ts';
import { AddressCell, EffectiveWeightCell, EnabledCell, RulesCell } from './provider-cells.tsx';
import { RELEASE_HINT } from '../release-hints.ts';

type ProvidersTableProps = TableView & {
  providers: readonly Instance[];
  sharesPredictable: boolean;
  /** Per-row controls (governance adds weight/enable actions here); adds an "Actions" column. */
  actions?: (provider: Instance) => ReactNode;
};

export function ProvidersTable({ providers, sharesPredictable, actions, ...view }: ProvidersTableProps) {
  const columns = providerColumns(sharesPredictable);
  if (actions) columns.push({ id: 'actions', header: 'Actions', align: 'end', cell: actions });
  return <DataTable label="Providers" columns={columns} rows={providers} rowKey={(provider) => provider.address} rowTone={providerTone} {...view} />;
}

function providerTone(provider: Instance) {
  return provider.enabled ? undefined : 'muted';
}

function providerColumns(sharesPredictable: boolean): DataColumn<Instance>[] {
  return [
    { id: 'address', header: 'Address', sortable: true, wrap: true, cell: (p) => <AddressCell provider={p} /> },
    {
      id: 'application',
      header: 'Application',
      sortable: true,
      cell: (p) => <Link to={appPaths.application(p.application)}>{p.application}</Link>,
    },
    { id: 'protocol', header: 'Protocol', cell: (p) => p.protocol },
    { id: 'release', header: 'Dubbo release', hint: RELEASE_HINT, sortable: true, cell: (p) => p.release || <span className="muted">—</span> },
    {
      id: 'registeredWeight',
      header: 'Registered weight',
      sortable: true,
      align: 'end',
      cell: (p) => formatCount(p.registeredWeight),
    },
    { id: 'weight', header: 'Effective weight', sortable: true, align: 'end', cell: (p) => <EffectiveWeightCell provider={p} /> },
    { id: 'enabled', header: 'State', sortable: true, wrap: true, cell: (p) => <EnabledCell provider={p} /> },
    {
      id: 'share',
      header: 'Predicted share',
      sortable: true,
      width: '140px',
      cell: (p) => <ShareMeter share={p.share} uncertain={!sharesPredictable} />,
    },
    { id: 'rules', header: 'Applied rules', wrap: true, cell: (p) => <RulesCell provider={p} /> },
    { id: 'discovery', header: 'Discovery', cell: (p) => <Badge>{p.discovery}</Badge> },
  ];
}
