import { useQuery } from '@tanstack/react-query';
import { topologySchema } from '@contract/topology.ts';
import type { TopologyQuery } from '@contract/topology.ts';
import { apiPath } from '../../../lib/api-path.ts';
import { resourceQuery } from '../../../lib/queries/resource-query.ts';
import { topologyKeys } from '../../../lib/query-keys.ts';

/**
 * The call graph at one level, optionally narrowed to a neighbourhood (focus, depth) or by name (q).
 * While a new level/focus/filter loads, the old picture stays on screen instead of a blank canvas.
 */
export function topologyQuery(query: TopologyQuery) {
  const { level, focus, q } = query;
  return resourceQuery({
    queryKey: topologyKeys.graph(query),
    path: apiPath('/api/topology', { level, focus, depth: focus ? query.depth : undefined, q }),
    schema: topologySchema,
    keepPrevious: true,
  });
}

export function useTopology(query: TopologyQuery) {
  return useQuery(topologyQuery(query));
}
