import { Link } from 'react-router';
import type { TouchedRule } from '@contract/releases.ts';
import { DataTable } from '../../../components/data-table.tsx';
import type { DataColumn } from '../../../components/data-table.tsx';
import { appPaths } from '../../../lib/app-paths.ts';

const columns: DataColumn<TouchedRule>[] = [
  { id: 'node', header: 'Rule file', wrap: true, cell: (rule) => <Link to={appPaths.rule(rule.node)} className="mono">{rule.node}</Link> },
  {
    id: 'before',
    header: 'Before the release',
    cell: (rule) => (rule.text === null ? <span className="muted">did not exist</span> : `version ${rule.version ?? '?'}`),
  },
  { id: 'written', header: 'Release wrote', cell: (rule) => (rule.lastWritten === null ? <span className="muted">nothing yet</span> : 'yes') },
];

/** The rule files the release writes, with the snapshot rollback restores. */
export function TouchedRules({ rules }: { rules: readonly TouchedRule[] }) {
  return (
    <DataTable
      label="Touched rule files"
      columns={columns}
      rows={rules}
      rowKey={(rule) => rule.node}
      empty={<p className="muted">No rule file yet: the snapshot is taken when the release starts.</p>}
    />
  );
}
