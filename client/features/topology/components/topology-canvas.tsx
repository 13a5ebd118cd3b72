import { Background, Controls, MiniMap, ReactFlow, useReactFlow, useStore } from '@xyflow/react';
import type { EdgeTypes, NodeChange, NodeMouseHandler, NodeTypes, ReactFlowState } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import type { RefObject } from 'react';
import type { Topology } from '@contract/topology.ts';
import { toFlowEdges, toFlowNodes } from '../flow-elements.ts';
import type { CallFlowEdge, TopologyFlowNode } from '../flow-elements.ts';
import { highlightCss } from '../highlight-style.ts';
import type { Point } from '../layout/layout-graph.ts';
import { neighbourhoodOf } from '../neighbourhood.ts';
import { nodeSize } from '../node-size.ts';
import type { Freshness } from '../topology-freshness.ts';
import { usePositionedGraph } from '../use-positioned-graph.ts';
import { ApplicationNodeView } from './application-node.tsx';
import { CallEdge } from './call-edge.tsx';
import { ServiceNodeView } from './service-node.tsx';
import styles from './topology-canvas.module.css';
import { TopologyLegend } from './topology-legend.tsx';
import { Spinner } from '../../../components/spinner.tsx';

// Module scope: React Flow re-creates every node when these objects change identity.
const nodeTypes = { application: ApplicationNodeView, service: ServiceNodeView } satisfies NodeTypes;
const edgeTypes = { call: CallEdge } satisfies EdgeTypes;
const defaultEdgeOptions = { markerEnd: { type: 'arrowclosed', width: 14, height: 14, color: '#a3adba' } } as const;
const fitOptions = { padding: 0.14, maxZoom: 1 };
/** Below this zoom cards drop shadows, icons and detail lines (unreadable there, costly to paint). */
export const FAR_ZOOM = 0.4;
/** Below this zoom a card is a coloured box with its name only. */
export const TINY_ZOOM = 0.2;
/** Graphs this big skip the cards' appear animation (hundreds of animated layers on a CPU rasteriser). */
const LARGE_GRAPH = 150;

export type CentreRequest = { id: string; seq: number };

type TopologyCanvasProps = {
  topology: Topology;
  selectedId: string | undefined;
  onSelect: (id: string | undefined) => void;
  centre: CentreRequest | undefined;
  freshness: Freshness;
};

/**
 * The graph itself: positions from the layout hook, highlight of the selected/hovered neighbourhood.
 * Hover and selection reach the cards through a generated style sheet (highlight-style.ts), zoom
 * through a `data-zoom` attribute set outside React, so neither re-renders the 500 cards of a fleet.
 */
export function TopologyCanvas({ topology, selectedId, onSelect, centre, freshness }: TopologyCanvasProps) {
  const layout = usePositionedGraph(topology);
  const hover = useMemo(createHoverStore, []);
  const container = useRef<HTMLDivElement>(null);
  const scope = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const labels = useMemo(() => new Map(topology.nodes.map((node) => [node.id, node.label])), [topology.nodes]);

  const previousNodes = useRef(new Map<string, TopologyFlowNode>());
  const nodes = useMemo(() => {
    const next = toFlowNodes(topology.nodes, layout.positions, selectedId, previousNodes.current);
    previousNodes.current = new Map(next.map((node) => [node.id, node]));
    return next;
  }, [topology.nodes, layout.positions, selectedId]);
  const previousEdges = useRef(new Map<string, CallFlowEdge>());
  const edges = useMemo(() => {
    const next = toFlowEdges(topology.edges, labels, previousEdges.current);
    previousEdges.current = new Map(next.map((edge) => [edge.id, edge]));
    return next;
  }, [topology.edges, labels]);

  useFitOnRelayout(layout.generation, layout.provisional, selectedId, layout.positions, nodes.length);
  useCentreOn(centre, layout.positions, topology);
  usePaintedMark(nodes.length > 0, 'topology:nodes-painted');
  usePaintedMark(nodes.length > 0 && !layout.provisional && !layout.layingOut, 'topology:layout-painted');

  const { move } = layout;
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
  const onMoveEnd = useCallback(() => container.current?.removeAttribute('data-moving'), []);

  const stale = freshness.kind === 'stale';
  return (
    <div
      ref={container}
      className={`${styles.canvas} ${stale ? styles.stale : ''}`}
      data-testid="topology-canvas"
      data-lit-scope={scope}
      data-large={topology.nodes.length > LARGE_GRAPH ? '' : undefined}
      data-layout={layout.provisional ? 'provisional' : layout.fallback ? 'fallback' : 'elk'}
      data-layout-ms={layout.lastLayoutMs === undefined ? undefined : Math.round(layout.lastLayoutMs)}
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
        minZoom={0.05}
        maxZoom={2}
        fitViewOptions={fitOptions}
      >
        <ZoomLevel target={container} />
        <Background gap={22} size={1.2} color="#d5dae1" />
        <Controls position="bottom-left" showInteractive={false} fitViewOptions={{ ...fitOptions, duration: 400 }} />
        <MiniMap position="bottom-right" pannable zoomable nodeColor={minimapColour} nodeBorderRadius={8} maskColor="rgb(240 242 245 / 0.7)" ariaLabel="Topology overview" />
        <TopologyLegend level={topology.level} />
      </ReactFlow>
      {layout.layingOut && nodes.length === 0 ? (
        <div className={styles.overlay} role="status">
          <Spinner />
          Laying out {topology.nodes.length.toLocaleString('en-US')} nodes…
        </div>
      ) : null}
      {layout.provisional && layout.layingOut && nodes.length > 0 ? (
        <p className={styles.layoutNote} role="status">
          <Spinner />
          Arranging {topology.nodes.length.toLocaleString('en-US')} nodes…
        </p>
      ) : null}
      {layout.fallback ? (
        <p className={styles.layoutNote} role="status" title="The full layout took too long; this is a quicker column layout">
          Simplified layout ({topology.nodes.length.toLocaleString('en-US')} nodes)
        </p>
      ) : null}
      {layout.error ? (
        <div className={styles.overlay} role="alert">
          Could not lay out the graph: {layout.error.message}
        </div>
      ) : null}
      {stale ? (
        <p className={styles.staleNote} role="status">
          <span className={styles.staleDot} aria-hidden="true" />
          {freshness.reason}. The graph may be out of date.
        </p>
      ) : null}
    </div>
  );
}

/** The hovered node, outside React state: only the highlight subscribes to it. */
type HoverStore = { get: () => string | undefined; set: (id: string | undefined) => void; subscribe: (listener: () => void) => () => void };

function createHoverStore(): HoverStore {
  let hovered: string | undefined;
  const listeners = new Set<() => void>();
  return {
    get: () => hovered,
    set(id) {
      if (id === hovered) return;
      hovered = id;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

type HighlightProps = { scope: string; edges: Topology['edges']; selectedId: string | undefined; hover: HoverStore };

/** The lit neighbourhood (hovered, else selected) as one <style>; the only thing hover re-renders. */
function NeighbourhoodHighlight({ scope, edges, selectedId, hover }: HighlightProps) {
  const hoveredId = useSyncExternalStore(hover.subscribe, hover.get, hover.get);
  const litId = hoveredId ?? selectedId;
  const css = useMemo(() => highlightCss(scope, neighbourhoodOf(edges, litId)), [scope, edges, litId]);
  return css ? <style>{css}</style> : null;
}

const zoomBand = (state: ReactFlowState): 'near' | 'far' | 'tiny' => {
  const zoom = state.transform[2];
  return zoom < TINY_ZOOM ? 'tiny' : zoom < FAR_ZOOM ? 'far' : 'near';
};

/** Writes the zoom band onto the container (`data-zoom`); re-renders only when the band changes. */
function ZoomLevel({ target }: { target: RefObject<HTMLDivElement | null> }) {
  const band = useStore(zoomBand);
  useLayoutEffect(() => {
    target.current?.setAttribute('data-zoom', band);
  }, [band, target]);
  return null;
}

const minimapColours: Record<string, string> = { up: '#7cc48f', partial: '#e3c15f', down: '#e2737b', consumer: '#c3cad3', service: '#b9c7e6' };

function minimapColour(node: TopologyFlowNode): string {
  return minimapColours[minimapTone(node)] ?? '#c3cad3';
}

function minimapTone(node: TopologyFlowNode): string {
  if (node.type === 'service') return node.data.node.noProviders ? 'down' : 'service';
  const app = node.data.node;
  if (app.consumerOnly) return 'consumer';
  return app.instances.up === 0 ? 'down' : app.instances.up < app.instances.total ? 'partial' : 'up';
}

/**
 * After every full placement (the quick one, then ELK's): fit the whole graph, or centre the selected
 * node when there is one and the camera has not been placed yet. The first placement jumps; later
 * ones glide. Only a new generation moves the camera; positions/count are read, not watched.
 */
function useFitOnRelayout(generation: number, provisional: boolean, selectedId: string | undefined, positions: Readonly<Record<string, Point>> | undefined, count: number) {
  const flow = useReactFlow();
  const selected = useRef(selectedId);
  selected.current = selectedId;
  const placed = useRef(false);
  const centredOnProvisional = useRef(false);
  useEffect(() => {
    if (generation === 0 || count === 0) return;
    const duration = placed.current ? 450 : 0;
    const at = selected.current ? positions?.[selected.current] : undefined;
    const centre = at && (!placed.current || centredOnProvisional.current);
    centredOnProvisional.current = Boolean(centre && provisional);
    placed.current = true;
    if (at && centre) void flow.setCenter(at.x + 116, at.y + 38, { zoom: 1, duration });
    else void flow.fitView({ ...fitOptions, duration });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [generation, flow]);
}

/** Centres the camera on a node the operator searched for. */
function useCentreOn(centre: CentreRequest | undefined, positions: Readonly<Record<string, Point>> | undefined, topology: Topology) {
  const flow = useReactFlow();
  const done = useRef(0);
  useEffect(() => {
    if (!centre || centre.seq === done.current) return;
    const at = positions?.[centre.id];
    const node = topology.nodes.find((n) => n.id === centre.id);
    if (!at || !node) return;
    done.current = centre.seq;
    const size = nodeSize(node);
    void flow.setCenter(at.x + size.width / 2, at.y + size.height / 2, { zoom: Math.max(flow.getZoom(), 1), duration: 500 });
  }, [centre, positions, topology.nodes, flow]);
}

/**
 * A performance mark once `ready` first holds and the frame is painted (read by the benchmark):
 * `topology:nodes-painted` (first picture, possibly the quick placement), `topology:layout-painted`
 * (ELK's positions on screen).
 */
function usePaintedMark(ready: boolean, name: string) {
  const marked = useRef(false);
  useEffect(() => {
    if (!ready || marked.current) return;
    marked.current = true;
    requestAnimationFrame(() => requestAnimationFrame(() => performance.mark(name)));
  }, [ready, name]);
}
