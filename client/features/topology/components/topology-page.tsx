import { ReactFlowProvider } from '@xyflow/react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { ApiRequestError } from '../../../lib/api-client.ts';
import { formatCount } from '../../../lib/display-format.ts';
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
  const { t } = useTranslation('topology');
  useSlashFocus(t('find.label'));
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
      <title>{t('documentTitle')}</title>
      <div className={styles.page}>
        <TopologyToolbar view={view} onChange={update} topology={data} onFound={find} />
        {data?.truncated ? (
          <p className={styles.truncated} role="status">
            {t('truncated', {
              shownNodes: formatCount(data.nodes.length),
              totalNodes: formatCount(data.totals.nodes),
              shownEdges: formatCount(data.edges.length),
              totalEdges: formatCount(data.totals.edges),
            })}
          </p>
        ) : null}
        <div className={styles.body}>
          <section className={styles.region} aria-label={t('graphRegion')} aria-busy={topology.isFetching}>
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
  const { t } = useTranslation('topology');
  const { data, error } = topology;
  if (!data && topology.isPending) {
    return (
      <div className={styles.loading} role="status">
        <Spinner /> {t('loading')}
      </div>
    );
  }
  if (!data || (error && !topology.isPlaceholderData && error instanceof ApiRequestError && error.code === 'FOCUS_NOT_FOUND')) {
    if (error instanceof ApiRequestError && error.code === 'FOCUS_NOT_FOUND') {
      return (
        <EmptyState title={t('focusNotFound.title', { name: view.focus })} action={<ClearButton onClick={() => onChange({ focus: '', depth: 1 })} label={t('focusNotFound.action')} />}>
          {t('focusNotFound.body')}
        </EmptyState>
      );
    }
    return <ErrorState error={error} what={t('what')} onRetry={() => void topology.refetch()} />;
  }
  if (data.nodes.length === 0) {
    if (view.q || view.focus) {
      return (
        <EmptyState title={t('noMatch.title', { text: view.q || view.focus })} action={<ClearButton onClick={() => onChange({ q: '', focus: '', depth: 1 })} label={t('noMatch.action')} />}>
          {t('noMatch.body')}
        </EmptyState>
      );
    }
    return (
      <EmptyState title={t('empty.title')}>
        {t('empty.body')}
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
