import { ReactFlowProvider } from '@xyflow/react';
import { useCallback, useEffect, useState } from 'react';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { ApiRequestError } from '../../../lib/api-client.ts';
import { useHealth } from '../../../lib/health-query.ts';
import { useLiveStreamStatus } from '../../../lib/live-stream-context.ts';
import { useUrlState } from '../../../lib/use-url-state.ts';
import { useTopology } from '../api/get-topology.ts';
import type { TopologyPanelSlots } from '../panel-slots.ts';
import { preloadLayoutWorker } from '../layout/layout-runner.ts';
import { topologyFreshness } from '../topology-freshness.ts';
import { topologyQueryOf, topologyUrlSchema } from '../topology-url-state.ts';
import type { TopologyUrlState } from '../topology-url-state.ts';
import { NodeSidePanel } from './node-side-panel.tsx';
import { TopologyCanvas } from './topology-canvas.tsx';
import type { CentreRequest } from '../use-topology-camera.ts';
import styles from './topology-page.module.css';
import { TopologyToolbar } from './topology-toolbar.tsx';
import { Spinner } from '../../../components/spinner.tsx';
import { useSlashFocus } from '../../../lib/use-slash-focus.ts';

// The front page: when the console opens on it, start the layout worker (1.4 MB of ELK to fetch,
// parse and start) right away, alongside the first GET /api/topology.
if (typeof window !== 'undefined' && /^\/(topology\/?)?$/.test(window.location.pathname)) preloadLayoutWorker();

/**
 * The console's front page: the live call graph. The URL holds the view (level, focus, depth, q) and
 * the selected node; live events invalidate the graph query and the canvas updates in place.
 */
export function TopologyPage({ panelSlots }: { panelSlots?: TopologyPanelSlots } = {}) {
  useSlashFocus('Find a node');
  const [view, update] = useUrlState(topologyUrlSchema);
  // Arriving from another page: warm the worker while the graph is fetched.
  useEffect(preloadLayoutWorker, []);
  const topology = useTopology(topologyQueryOf(view));
  const stream = useLiveStreamStatus();
  const health = useHealth({ streamOpen: stream === 'open' });
  const [centre, setCentre] = useState<CentreRequest>();
  const data = topology.data;
  const freshness = topologyFreshness({
    stream,
    health: health.data,
    healthFailed: health.isError,
    refetchFailed: topology.isRefetchError,
    revision: data?.revision,
  });

  const select = useCallback((id: string | undefined) => update({ node: id ?? '' }), [update]);
  const find = useCallback(
    (id: string) => {
      update({ node: id });
      setCentre((previous) => ({ id, seq: (previous?.seq ?? 0) + 1 }));
    },
    [update],
  );
  const focus = useCallback((id: string) => update({ focus: id, depth: view.depth, node: id }), [update, view.depth]);
  const selectedNode = data?.nodes.find((node) => node.id === view.node);

  return (
    <ReactFlowProvider>
      <title>Topology · Switchboard</title>
      <div className={styles.page}>
        <TopologyToolbar view={view} onChange={update} topology={data} onFound={find} />
        {data?.truncated ? (
          <p className={styles.truncated} role="status">
            Showing the {data.nodes.length.toLocaleString('en-US')} best-connected of {data.totals.nodes.toLocaleString('en-US')} nodes and{' '}
            {data.edges.length.toLocaleString('en-US')} of {data.totals.edges.toLocaleString('en-US')} edges. Focus on a node or filter by name to see the rest.
          </p>
        ) : null}
        <div className={styles.body}>
          <section className={styles.region} aria-label="Topology graph" aria-busy={topology.isFetching}>
            <GraphState view={view} topology={topology} onChange={update}>
              {data ? <TopologyCanvas topology={data} selectedId={view.node || undefined} onSelect={select} centre={centre} freshness={freshness} /> : null}
            </GraphState>
          </section>
          {view.node ? <NodeSidePanel nodeId={view.node} node={selectedNode} onClose={() => select(undefined)} onSelect={find} onFocus={focus} slots={panelSlots} /> : null}
        </div>
      </div>
    </ReactFlowProvider>
  );
}

type GraphStateProps = {
  view: TopologyUrlState;
  topology: ReturnType<typeof useTopology>;
  onChange: (patch: Partial<TopologyUrlState>) => void;
  children: React.ReactNode;
};

/** Loading, failed and empty graphs, each explained; the canvas otherwise. */
function GraphState({ view, topology, onChange, children }: GraphStateProps) {
  const { data, error } = topology;
  if (!data && topology.isPending) {
    return (
      <div className={styles.loading} role="status">
        <Spinner /> Loading the call graph…
      </div>
    );
  }
  if (!data || (error && !topology.isPlaceholderData && error instanceof ApiRequestError && error.code === 'FOCUS_NOT_FOUND')) {
    if (error instanceof ApiRequestError && error.code === 'FOCUS_NOT_FOUND') {
      return (
        <EmptyState title={`No application or service named “${view.focus}”`} action={<ClearButton onClick={() => onChange({ focus: '', depth: 1 })} label="Show the whole graph" />}>
          It may have left the registry, or the name is spelled differently.
        </EmptyState>
      );
    }
    return <ErrorState error={error} what="the topology" onRetry={() => void topology.refetch()} />;
  }
  if (data.nodes.length === 0) {
    if (view.q || view.focus) {
      return (
        <EmptyState title={`Nothing matches “${view.q || view.focus}”`} action={<ClearButton onClick={() => onChange({ q: '', focus: '', depth: 1 })} label="Clear filters" />}>
          The filter keeps applications and services whose name contains the text, with their neighbours.
        </EmptyState>
      );
    }
    return (
      <EmptyState title="No applications in the registry yet">
        As soon as a Dubbo application registers a provider or a consumer, it appears here — no reload needed.
      </EmptyState>
    );
  }
  return <>{children}</>;
}

function ClearButton({ onClick, label }: { onClick: () => void; label: string }) {
  return (
    <button type="button" className="button" onClick={onClick}>
      {label}
    </button>
  );
}
