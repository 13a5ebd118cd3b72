import { Link } from 'react-router';
import type { RuleRef } from '@contract/rule-ref.ts';
import { appPaths } from '../lib/app-paths.ts';
import { Badge } from './badge.tsx';
import { DataTable } from './data-table.tsx';
import type { DataColumn } from './data-table.tsx';
import { EmptyState } from './empty-state.tsx';
import { Panel } from './panel.tsx';
import { RuleLabel } from './rule-label.tsx';

const columns: DataColumn<RuleRef>[] = [
  {
    id: 'rule',
    header: 'Rule',
    wrap: true,
    cell: (rule) => (
      <Link to={appPaths.rule(rule.node)} aria-label={`Rule ${rule.label}: history and rollback`}>
        <RuleLabel rule={rule} />
      </Link>
    ),
  },
  { id: 'kind', header: 'Kind', cell: (rule) => <Badge tone="accent">{rule.kind}</Badge> },
  { id: 'scope', header: 'Scope', cell: (rule) => <Badge tone={rule.scope === 'legacy' ? 'warning' : 'neutral'}>{rule.scope}</Badge> },
  {
    id: 'version',
    header: 'ZooKeeper version',
    align: 'end',
    cell: (rule) => (rule.version === undefined ? <span className="muted">—</span> : rule.version),
  },
  { id: 'path', header: 'Path', truncate: true, width: '40%', cell: (rule) => <span className="mono muted" title={rule.path}>{rule.path}</span> },
];

/** Governance rules that target a service or an application, as stored; each links to its history. */
export function RulesPanel({ rules, subject = 'service' }: { rules: readonly RuleRef[]; subject?: 'service' | 'application' }) {
  return (
    <Panel title="Rules" id="rules" count={rules.length}>
      <DataTable
        label="Rules"
        columns={columns}
        rows={rules}
        rowKey={(rule) => rule.path}
        empty={
          <EmptyState title="No rules">
            {subject === 'service'
              ? 'No override, router or tag rule targets this service: providers run with what they registered.'
              : 'No application-scope rule is keyed by this application.'}
          </EmptyState>
        }
      />
    </Panel>
  );
}
