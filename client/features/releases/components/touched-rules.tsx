import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TouchedRule } from '@contract/releases.ts';
import { DataTable } from '../../../components/data-table.tsx';
import type { DataColumn } from '../../../components/data-table.tsx';
import { appPaths } from '../../../lib/app-paths.ts';

function columnsOf(t: TFunction<'releases'>): DataColumn<TouchedRule>[] {
  return [
    { id: 'node', header: t('touched.columns.node'), wrap: true, cell: (rule) => <Link to={appPaths.rule(rule.node)} className="mono">{rule.node}</Link> },
    {
      id: 'before',
      header: t('touched.columns.before'),
      cell: (rule) => (rule.text === null ? <span className="muted">{t('touched.didNotExist')}</span> : t('touched.version', { version: rule.version ?? '?' })),
    },
    { id: 'written', header: t('touched.columns.written'), cell: (rule) => (rule.lastWritten === null ? <span className="muted">{t('touched.nothingYet')}</span> : t('touched.yes')) },
  ];
}

/** The rule files the release writes, with the snapshot rollback restores. */
export function TouchedRules({ rules }: { rules: readonly TouchedRule[] }) {
  const { t } = useTranslation('releases');
  return (
    <DataTable
      label={t('touched.label')}
      columns={columnsOf(t)}
      rows={rules}
      rowKey={(rule) => rule.node}
      empty={<p className="muted">{t('touched.empty')}</p>}
    />
  );
}
