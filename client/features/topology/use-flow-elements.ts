import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Topology } from '@contract/topology.ts';
import type { Box } from './camera.ts';
import { placeEdgeLabels } from './edge-labels.ts';
import { serviceCountText, toFlowEdges, toFlowNodes } from './flow-elements.ts';
import type { CallFlowEdge, TopologyFlowNode } from './flow-elements.ts';
import type { Positions } from './layout/layout-graph.ts';
import { nodeSize } from './node-size.ts';

/**
 * React Flow's nodes and edges for a topology, reusing every object whose inputs did not change; a
 * language switch renews them all (their accessible names and labels are in the language).
 */
export function useFlowElements(topology: Topology, positions: Positions | undefined, selectedId: string | undefined) {
  const { i18n } = useTranslation('topology');
  const language = i18n.language;
  const labels = useMemo(() => new Map(topology.nodes.map((node) => [node.id, node.label])), [topology.nodes]);
  const previousNodes = useRef(new Map<string, TopologyFlowNode>());
  const previousEdges = useRef(new Map<string, CallFlowEdge>());
  const spokenIn = useRef(language);
  if (spokenIn.current !== language) {
    spokenIn.current = language;
    previousNodes.current = new Map();
    previousEdges.current = new Map();
  }
  const nodes = useMemo(() => {
    const next = toFlowNodes(topology.nodes, positions, selectedId, previousNodes.current);
    previousNodes.current = new Map(next.map((node) => [node.id, node]));
    return next;
  }, [topology.nodes, positions, selectedId, language]);
  const labelSpots = useMemo(() => {
    const boxes = new Map<string, Box>();
    for (const node of topology.nodes) {
      const at = positions?.[node.id];
      if (at) boxes.set(node.id, { ...at, ...nodeSize(node) });
    }
    const labelled = topology.edges.map((edge) => ({ ...edge, label: edge.kind === 'calls' ? serviceCountText(edge.serviceCount) : undefined }));
    return placeEdgeLabels(labelled, boxes);
  }, [topology.nodes, topology.edges, positions, language]);
  const edges = useMemo(() => {
    const next = toFlowEdges(topology.edges, labels, previousEdges.current, labelSpots);
    previousEdges.current = new Map(next.map((edge) => [edge.id, edge]));
    return next;
  }, [topology.edges, labels, labelSpots, language]);
  return { nodes, edges };
}
