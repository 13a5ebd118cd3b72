import { Background, Controls, MiniMap, ReactFlow } from '@xyflow/react';
import type { EdgeTypes, NodeChange, NodeMouseHandler, NodeTypes } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Topology } from '@contract/topology.ts';
import type { CallFlowEdge, TopologyFlowNode } from '../flow-elements.ts';
import type { Point } from '../layout/layout-graph.ts';
import { minimapColour } from '../minimap-colour.ts';
import type { Freshness } from '../topology-freshness.ts';
import { useResolvedTheme } from '../../../lib/use-theme.ts';
import { useFlowElements } from '../use-flow-elements.ts';
import { usePaintedMark } from '../use-painted-mark.ts';
import { usePositionedGraph } from '../use-positioned-graph.ts';
import { useTopologyCamera } from '../use-topology-camera.ts';
import type { CentreRequest } from '../use-topology-camera.ts';
import { ApplicationNodeView } from './application-node.tsx';
import { CallEdge } from './call-edge.tsx';
import { layoutAttribute, LayoutNotes } from './layout-notes.tsx';
import { createHoverStore, NeighbourhoodHighlight } from './neighbourhood-highlight.tsx';
import { ServiceNodeView } from './service-node.tsx';
import styles from './topology-canvas.module.css';
import { TopologyLegend } from './topology-legend.tsx';
import { TINY_ZOOM, ZoomBand } from './zoom-band.tsx';

// Module scope: React Flow re-creates every node when these objects change identity.
const nodeTypes = { application: ApplicationNodeView, service: ServiceNodeView } satisfies NodeTypes;
const edgeTypes = { call: CallEdge } satisfies EdgeTypes;
const defaultEdgeOptions = { markerEnd: { type: 'arrowclosed', width: 14, height: 14, color: 'var(--color-edge)' } } as const;
const MIN_ZOOM = 0.05;
const MAX_ZOOM = 2;
const fitOptions = { padding: 0.14, maxZoom: 1 };
const cameraLimits = { padding: fitOptions.padding, minZoom: MIN_ZOOM, maxZoom: fitOptions.maxZoom };
/** Graphs this big skip the cards' appear animation (hundreds of animated layers on a CPU rasteriser). */
const LARGE_GRAPH = 150;

type TopologyCanvasProps = {
  topology: Topology;
  selectedId: string | undefined;
  onSelect: (id: string | undefined) => void;
  centre: CentreRequest | undefined;
  freshness: Freshness;
};

/**
 * The graph itself: positions from the layout hook, the camera from the camera hook, highlight of the
 * selected/hovered neighbourhood. Hover and selection reach the cards through a generated style sheet
 * (highlight-style.ts), zoom through a `data-zoom` attribute set outside React, so neither re-renders
 * the 500 cards of a fleet.
 */
export function TopologyCanvas({ topology, selectedId, onSelect, centre, freshness }: TopologyCanvasProps) {
  const { t } = useTranslation('topology');
  const { layout, move } = usePositionedGraph(topology);
  const positions = layout.kind === 'empty' ? undefined : layout.positions;
  const { nodes, edges } = useFlowElements(topology, positions, selectedId);
  const hover = useMemo(createHoverStore, []);
  const colorMode = useResolvedTheme();
  const container = useRef<HTMLDivElement>(null);
  const scope = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const onCameraMoved = useTopologyCamera({ container, layout, topology, selectedId, centre, limits: cameraLimits, readableZoom: TINY_ZOOM });

  usePaintedMark(nodes.length > 0, 'topology:nodes-painted');
  usePaintedMark(nodes.length > 0 && layout.kind !== 'arranging', 'topology:layout-painted');

  const onNodesChange = useCallback(
    (changes: NodeChange<TopologyFlowNode>[]) => {
      const moves: Record<string, Point> = {};
      for (const change of changes) if (change.type === 'position' && change.position) moves[change.id] = change.position;
      if (Object.keys(moves).length > 0) move(moves);
    },
    [move],
  );
  const onNodeClick = useCallback<NodeMouseHandler<TopologyFlowNode>>((_, node) => onSelect(node.id), [onSelect]);
  const onPaneClick = useCallback(() => onSelect(undefined), [onSelect]);
  const onNodeMouseEnter = useCallback<NodeMouseHandler<TopologyFlowNode>>((_, node) => hover.set(node.id), [hover]);
  const onNodeMouseLeave = useCallback(() => hover.set(undefined), [hover]);
  // While the camera moves, the viewport gets its own compositor layer: panning then moves pixels
  // instead of repainting every card and edge (without a GPU, each repaint is CPU rasterisation).
  const onMoveStart = useCallback(() => container.current?.setAttribute('data-moving', ''), []);
  const onMoveEnd = useCallback(
    (event: MouseEvent | TouchEvent | null) => {
      container.current?.removeAttribute('data-moving');
      onCameraMoved(event);
    },
    [onCameraMoved],
  );

  const stale = freshness.kind === 'stale';
  return (
    <div
      ref={container}
      className={`${styles.canvas} ${stale ? styles.stale : ''}`}
      data-testid="topology-canvas"
      data-lit-scope={scope}
      data-large={topology.nodes.length > LARGE_GRAPH ? '' : undefined}
      data-layout={layoutAttribute(layout)}
      data-layout-ms={layout.kind === 'settled' || layout.kind === 'fallback' ? msAttribute(layout.ms) : undefined}
    >
      <NeighbourhoodHighlight scope={scope} edges={topology.edges} selectedId={selectedId} hover={hover} />
      <ReactFlow<TopologyFlowNode, CallFlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        defaultEdgeOptions={defaultEdgeOptions}
        onNodesChange={onNodesChange}
        onNodeClick={onNodeClick}
        onPaneClick={onPaneClick}
        onNodeMouseEnter={onNodeMouseEnter}
        onNodeMouseLeave={onNodeMouseLeave}
        onMoveStart={onMoveStart}
        onMoveEnd={onMoveEnd}
        onlyRenderVisibleElements
        nodesConnectable={false}
        edgesReconnectable={false}
        deleteKeyCode={null}
        minZoom={MIN_ZOOM}
        maxZoom={MAX_ZOOM}
        fitViewOptions={fitOptions}
        colorMode={colorMode}
      >
        <ZoomBand target={container} />
        <Background gap={22} size={1.2} />
        <Controls position="bottom-left" showInteractive={false} fitViewOptions={{ ...fitOptions, duration: 400 }} />
        <MiniMap position="bottom-right" pannable zoomable nodeColor={minimapColour} nodeBorderRadius={8} ariaLabel={t('canvas.minimap')} />
        <TopologyLegend level={topology.level} />
      </ReactFlow>
      <LayoutNotes layout={layout} nodeCount={topology.nodes.length} shown={nodes.length} />
      {stale ? (
        <p className={styles.staleNote} role="status">
          <span className={styles.staleDot} aria-hidden="true" />
          {t('freshness.note', { reason: freshness.reason })}
        </p>
      ) : null}
    </div>
  );
}

function msAttribute(ms: number | undefined): number | undefined {
  return ms === undefined ? undefined : Math.round(ms);
}
