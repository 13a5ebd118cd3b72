import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RuleRef } from '@contract/rule-ref.ts';
import { appPaths } from '../lib/app-paths.ts';
import { Badge } from './badge.tsx';
import { DataTable } from './data-table.tsx';
import type { DataColumn } from './data-table.tsx';
import { EmptyState } from './empty-state.tsx';
import { Panel } from './panel.tsx';
import { RuleLabel } from './rule-label.tsx';

function rulesColumns(t: TFunction<'common'>): DataColumn<RuleRef>[] {
  return [
  {
    id: 'rule',
    header: t('rules.columns.rule'),
    wrap: true,
    cell: (rule) => (
      <Link to={appPaths.rule(rule.node)} aria-label={t('rules.link', { label: rule.label })}>
        <RuleLabel rule={rule} />
      </Link>
    ),
  },
  { id: 'kind', header: t('rules.columns.kind'), cell: (rule) => <Badge tone="accent">{rule.kind}</Badge> },
  { id: 'scope', header: t('rules.columns.scope'), cell: (rule) => <Badge tone={rule.scope === 'legacy' ? 'warning' : 'neutral'}>{rule.scope}</Badge> },
  {
    id: 'version',
    header: t('rules.columns.version'),
    align: 'end',
    cell: (rule) => (rule.version === undefined ? <span className="muted">—</span> : rule.version),
  },
  { id: 'path', header: t('rules.columns.path'), truncate: true, width: '40%', cell: (rule) => <span className="mono muted" title={rule.path}>{rule.path}</span> },
  ];
}

/** Governance rules that target a service or an application, as stored; each links to its history. */
export function RulesPanel({ rules, subject = 'service' }: { rules: readonly RuleRef[]; subject?: 'service' | 'application' }) {
  const { t } = useTranslation('common');
  const columns = useMemo(() => rulesColumns(t), [t]);
  return (
    <Panel title={t('rules.title')} id="rules" count={rules.length}>
      <DataTable
        label={t('rules.title')}
        columns={columns}
        rows={rules}
        rowKey={(rule) => rule.path}
        empty={
          <EmptyState title={t('rules.empty')}>
            {subject === 'service' ? t('rules.emptyService') : t('rules.emptyApplication')}
          </EmptyState>
        }
      />
    </Panel>
  );
}
