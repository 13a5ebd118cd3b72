/**
 * Topology answer + positions → React Flow nodes and edges. Objects are reused from the previous
 * call whenever nothing about them changed (React Query keeps unchanged contract nodes identical
 * across refetches), so a live update re-renders only the cards whose counts moved. Highlighting
 * is not part of these objects (see highlight-style.ts): hovering or selecting re-renders no card
 * but the one whose `selected` flag flips.
 */
import type { Edge, Node } from '@xyflow/react';
import type { ApplicationNode, ServiceNode, TopologyEdge, TopologyNode } from '@contract/topology.ts';
import { i18n } from '../../i18n/i18n.ts';
import { formatCount } from '../../lib/display-format.ts';
import type { Positions } from './layout/layout-graph.ts';
import { nodeSize } from './node-size.ts';

export type ApplicationFlowNode = Node<{ node: ApplicationNode }, 'application'>;
export type ServiceFlowNode = Node<{ node: ServiceNode }, 'service'>;
export type TopologyFlowNode = ApplicationFlowNode | ServiceFlowNode;
/** `labelAt`: where along the curve the service-count label sits (edge-labels.ts), 0.5 = the middle. */
export type CallEdgeData = { edge: TopologyEdge; sourceLabel: string; targetLabel: string; labelAt: number };
export type CallFlowEdge = Edge<CallEdgeData, 'call'>;

export function toFlowNodes(
  nodes: readonly TopologyNode[],
  positions: Positions | undefined,
  selectedId: string | undefined,
  previous: ReadonlyMap<string, TopologyFlowNode>,
): TopologyFlowNode[] {
  const result: TopologyFlowNode[] = [];
  for (const node of nodes) {
    const position = positions?.[node.id];
    if (!position) continue; // not laid out yet: appears with the next layout
    const selected = node.id === selectedId;
    const old = previous.get(node.id);
    if (old && old.data.node === node && old.position === position && old.selected === selected) {
      result.push(old);
      continue;
    }
    const common = {
      id: node.id,
      position,
      selected,
      ...nodeSize(node),
      ariaLabel: i18n.t(`topology:node.${node.kind}`, { name: node.label }),
      connectable: false,
    };
    result.push(node.kind === 'application' ? { ...common, type: 'application', data: { node } } : { ...common, type: 'service', data: { node } });
  }
  return result;
}

export function toFlowEdges(
  edges: readonly TopologyEdge[],
  labels: ReadonlyMap<string, string>,
  previous: ReadonlyMap<string, CallFlowEdge>,
  labelSpots: ReadonlyMap<string, number> = new Map(),
): CallFlowEdge[] {
  return edges.map((edge) => {
    const old = previous.get(edge.id);
    const labelAt = labelSpots.get(edge.id) ?? 0.5;
    if (old && old.data?.edge === edge && old.data.sourceLabel === labels.get(edge.source) && old.data.targetLabel === labels.get(edge.target) && old.data.labelAt === labelAt) return old;
    const sourceLabel = labels.get(edge.source) ?? edge.source;
    const targetLabel = labels.get(edge.target) ?? edge.target;
    return {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: 'call',
      data: { edge, sourceLabel, targetLabel, labelAt },
      ariaLabel: i18n.t(`topology:edge.${edge.kind}`, { source: sourceLabel, target: targetLabel, services: serviceCountText(edge.serviceCount) }),
    };
  });
}

export function serviceCountText(count: number): string {
  return i18n.t('topology:edge.services', { count, n: formatCount(count) });
}

/** Stroke width in px: one service is a hairline, dozens are a cable (log scale, capped). */
export function edgeStrokeWidth(serviceCount: number): number {
  return Math.min(6, 1.25 + Math.log2(Math.max(1, serviceCount)) * 0.9);
}
