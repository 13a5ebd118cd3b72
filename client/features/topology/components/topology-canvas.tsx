import { Background, Controls, MiniMap, ReactFlow, useReactFlow } from '@xyflow/react';
import type { EdgeTypes, NodeChange, NodeTypes } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Topology } from '@contract/topology.ts';
import { toFlowEdges, toFlowNodes } from '../flow-elements.ts';
import type { CallFlowEdge, TopologyFlowNode } from '../flow-elements.ts';
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

// Module scope: React Flow re-creates every node when these objects change identity.
const nodeTypes = { application: ApplicationNodeView, service: ServiceNodeView } satisfies NodeTypes;
const edgeTypes = { call: CallEdge } satisfies EdgeTypes;
const defaultEdgeOptions = { markerEnd: { type: 'arrowclosed', width: 14, height: 14, color: '#a3adba' } } as const;
const fitOptions = { padding: 0.14, maxZoom: 1 };

export type CentreRequest = { id: string; seq: number };

type TopologyCanvasProps = {
  topology: Topology;
  selectedId: string | undefined;
  onSelect: (id: string | undefined) => void;
  centre: CentreRequest | undefined;
  freshness: Freshness;
};

/** The graph itself: positions from the layout hook, highlight of the selected/hovered neighbourhood. */
export function TopologyCanvas({ topology, selectedId, onSelect, centre, freshness }: TopologyCanvasProps) {
  const layout = usePositionedGraph(topology);
  const [hoveredId, setHoveredId] = useState<string>();
  const litId = hoveredId ?? selectedId;
  const lit = useMemo(() => neighbourhoodOf(topology.edges, litId), [topology.edges, litId]);
  const labels = useMemo(() => new Map(topology.nodes.map((node) => [node.id, node.label])), [topology.nodes]);

  const previousNodes = useRef(new Map<string, TopologyFlowNode>());
  const nodes = useMemo(() => {
    const next = toFlowNodes(topology.nodes, layout.positions, selectedId, lit, previousNodes.current);
    previousNodes.current = new Map(next.map((node) => [node.id, node]));
    return next;
  }, [topology.nodes, layout.positions, selectedId, lit]);
  const previousEdges = useRef(new Map<string, CallFlowEdge>());
  const edges = useMemo(() => {
    const next = toFlowEdges(topology.edges, labels, lit, previousEdges.current);
    previousEdges.current = new Map(next.map((edge) => [edge.id, edge]));
    return next;
  }, [topology.edges, labels, lit]);

  useFitOnRelayout(layout.generation, selectedId, layout.positions, nodes.length);
  useCentreOn(centre, layout.positions, topology);
  usePaintedMark(nodes.length > 0);

  const { move } = layout;
  const onNodesChange = useCallback(
    (changes: NodeChange<TopologyFlowNode>[]) => {
      const moves: Record<string, Point> = {};
      for (const change of changes) if (change.type === 'position' && change.position) moves[change.id] = change.position;
      if (Object.keys(moves).length > 0) move(moves);
    },
    [move],
  );

  const stale = freshness.kind === 'stale';
  return (
    <div
      className={`${styles.canvas} ${litId ? styles.hasLit : ''} ${stale ? styles.stale : ''}`}
      data-testid="topology-canvas"
      data-layout-ms={layout.lastLayoutMs === undefined ? undefined : Math.round(layout.lastLayoutMs)}
    >
      <ReactFlow<TopologyFlowNode, CallFlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        defaultEdgeOptions={defaultEdgeOptions}
        onNodesChange={onNodesChange}
        onNodeClick={(_, node) => onSelect(node.id)}
        onPaneClick={() => onSelect(undefined)}
        onNodeMouseEnter={(_, node) => setHoveredId(node.id)}
        onNodeMouseLeave={() => setHoveredId(undefined)}
        onlyRenderVisibleElements
        nodesConnectable={false}
        edgesReconnectable={false}
        deleteKeyCode={null}
        minZoom={0.05}
        maxZoom={2}
        fitViewOptions={fitOptions}
      >
        <Background gap={22} size={1.2} color="#d5dae1" />
        <Controls position="bottom-left" showInteractive={false} fitViewOptions={{ ...fitOptions, duration: 400 }} />
        <MiniMap position="bottom-right" pannable zoomable nodeColor={minimapColour} nodeBorderRadius={8} maskColor="rgb(240 242 245 / 0.7)" ariaLabel="Topology overview" />
        <TopologyLegend level={topology.level} />
      </ReactFlow>
      {layout.layingOut && nodes.length === 0 ? (
        <div className={styles.overlay} role="status">
          <span className={styles.spinner} aria-hidden="true" />
          Laying out {topology.nodes.length.toLocaleString('en-US')} nodes…
        </div>
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

/** After every full layout: fit the whole graph (or centre the selected node, when there is one). */
function useFitOnRelayout(generation: number, selectedId: string | undefined, positions: Readonly<Record<string, Point>> | undefined, count: number) {
  const flow = useReactFlow();
  const selected = useRef(selectedId);
  selected.current = selectedId;
  useEffect(() => {
    if (generation === 0 || count === 0) return;
    const duration = generation === 1 ? 0 : 450;
    const at = selected.current ? positions?.[selected.current] : undefined;
    if (at && generation === 1) void flow.setCenter(at.x + 116, at.y + 38, { zoom: 1, duration });
    else void flow.fitView({ ...fitOptions, duration });
    // Only a new layout generation moves the camera; positions/count are read, not watched.
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

/** `topology:nodes-painted` once nodes first reach the screen (read by the benchmark). */
function usePaintedMark(hasNodes: boolean) {
  const marked = useRef(false);
  useEffect(() => {
    if (!hasNodes || marked.current) return;
    marked.current = true;
    requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('topology:nodes-painted')));
  }, [hasNodes]);
}
