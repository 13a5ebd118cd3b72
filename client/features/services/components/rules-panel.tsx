import type { RuleRef } from '@contract/rule-ref.ts';
import { Badge } from '../../../components/badge.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import type { DataColumn } from '../../../components/data-table.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { Panel } from '../../../components/panel.tsx';
import { RuleLabel } from './rule-label.tsx';

const columns: DataColumn<RuleRef>[] = [
  { id: 'rule', header: 'Rule', wrap: true, cell: (rule) => <RuleLabel rule={rule} /> },
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

/** Governance rules that target this service, as stored (read-only until the governance milestone). */
export function RulesPanel({ rules }: { rules: readonly RuleRef[] }) {
  return (
    <Panel title="Rules" id="rules" count={rules.length}>
      <DataTable
        label="Rules"
        columns={columns}
        rows={rules}
        rowKey={(rule) => rule.path}
        empty={
          <EmptyState title="No rules">
            No override, router or tag rule targets this service: providers run with what they registered.
          </EmptyState>
        }
      />
    </Panel>
  );
}
