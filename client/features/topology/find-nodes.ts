import type { TopologyNode } from '@contract/topology.ts';

/**
 * The nodes a "find" text names, best first: exact label, then label prefix, then substring of the
 * label (or of a service's full key); shorter labels before longer, then by label. Case-insensitive.
 */
export function findNodes(nodes: readonly TopologyNode[], text: string, limit = 20): TopologyNode[] {
  const needle = text.trim().toLowerCase();
  if (!needle) return [];
  const ranked: { node: TopologyNode; rank: number }[] = [];
  for (const node of nodes) {
    const label = node.label.toLowerCase();
    const key = node.kind === 'service' ? node.key.toLowerCase() : label;
    const rank = label === needle || key === needle ? 0 : label.startsWith(needle) ? 1 : label.includes(needle) || key.includes(needle) ? 2 : -1;
    if (rank >= 0) ranked.push({ node, rank });
  }
  ranked.sort(
    (a, b) => a.rank - b.rank || a.node.label.length - b.node.label.length || a.node.label.localeCompare(b.node.label),
  );
  return ranked.slice(0, limit).map((entry) => entry.node);
}
