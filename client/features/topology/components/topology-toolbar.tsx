import { useReactFlow } from '@xyflow/react';
import type { Topology } from '@contract/topology.ts';
import { SearchBox } from '../../../components/search-box.tsx';
import { formatCount } from '../../../lib/display-format.ts';
import type { TopologyUrlState } from '../topology-url-state.ts';
import { FindBox } from './find-box.tsx';
import styles from './topology-toolbar.module.css';

type ToolbarProps = {
  view: TopologyUrlState;
  onChange: (patch: Partial<TopologyUrlState>, options?: { replace?: boolean }) => void;
  topology: Topology | undefined;
  onFound: (id: string) => void;
};

const levels = [
  { value: 'application', label: 'Applications' },
  { value: 'service', label: 'Services' },
] as const;

/** Level, find, filter and focus: every choice lands in the URL, so a view can be shared. */
export function TopologyToolbar({ view, onChange, topology, onFound }: ToolbarProps) {
  const flow = useReactFlow();
  return (
    <div className={styles.toolbar}>
      <div className={styles.titleBlock}>
        <h1 className={styles.title}>Topology</h1>
        <GraphSummary topology={topology} />
      </div>
      <div className={styles.segmented} role="radiogroup" aria-label="Level">
        {levels.map((level) => (
          <button
            key={level.value}
            type="button"
            role="radio"
            aria-checked={view.level === level.value}
            className={view.level === level.value ? styles.segmentOn : styles.segment}
            onClick={() => onChange({ level: level.value })}
          >
            {level.label}
          </button>
        ))}
      </div>
      <FindBox nodes={topology?.nodes ?? []} onFound={onFound} onNotShown={(text) => onChange({ focus: text, node: '' })} />
      <SearchBox label="Filter by name" placeholder="Filter by name" value={view.q} width="200px" onSearch={(q) => onChange({ q }, { replace: true })} />
      {view.focus ? (
        <div className={styles.focus} role="group" aria-label="Focus">
          <span className={styles.focusLabel}>
            Around <strong>{focusName(view.focus)}</strong>
          </span>
          <label className={styles.depth}>
            depth
            <select className="input" value={view.depth} onChange={(event) => onChange({ depth: Number(event.target.value) })}>
              {[1, 2, 3, 4, 5].map((depth) => (
                <option key={depth} value={depth}>
                  {depth}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="button button-small button-quiet" onClick={() => onChange({ focus: '', depth: 1 })} aria-label="Clear focus">
            ×
          </button>
        </div>
      ) : null}
      <button type="button" className={`button ${styles.fit}`} onClick={() => void flow.fitView({ padding: 0.14, maxZoom: 1, duration: 450 })}>
        Fit view
      </button>
    </div>
  );
}

function GraphSummary({ topology }: { topology: Topology | undefined }) {
  if (!topology) return <span className={styles.summary}>&nbsp;</span>;
  const apps = topology.nodes.filter((node) => node.kind === 'application').length;
  const services = topology.nodes.length - apps;
  const parts = [`${formatCount(apps)} ${apps === 1 ? 'application' : 'applications'}`];
  if (topology.level === 'service') parts.push(`${formatCount(services)} services`);
  parts.push(`${formatCount(topology.edges.length)} ${topology.edges.length === 1 ? 'edge' : 'edges'}`);
  return (
    <span className={styles.summary}>
      {parts.join(' · ')} · revision {topology.revision}
    </span>
  );
}

function focusName(focus: string): string {
  return focus.startsWith('app:') || focus.startsWith('svc:') ? focus.slice(4) : focus;
}
