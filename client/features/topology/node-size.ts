import type { TopologyNode } from '@contract/topology.ts';

/**
 * Fixed card sizes, shared by the layout and the node components (their CSS uses the same numbers),
 * so ELK lays out exactly the boxes the browser paints and nothing has to be measured first.
 */
export const APPLICATION_NODE_SIZE = { width: 232, height: 76 } as const;
export const SERVICE_NODE_SIZE = { width: 240, height: 56 } as const;

export function nodeSize(node: Pick<TopologyNode, 'kind'>): { width: number; height: number } {
  return node.kind === 'application' ? APPLICATION_NODE_SIZE : SERVICE_NODE_SIZE;
}
