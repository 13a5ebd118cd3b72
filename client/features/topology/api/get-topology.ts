import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { topologySchema } from '@contract/topology.ts';
import type { Topology, TopologyQuery } from '@contract/topology.ts';
import { apiGet } from '../../../lib/api-client.ts';
import { topologyKeys } from '../../../lib/query-keys.ts';

/** The call graph at one level, optionally narrowed to a neighbourhood (focus, depth) or by name (q). */
export function getTopology(query: TopologyQuery, signal?: AbortSignal): Promise<Topology> {
  const params = new URLSearchParams({ level: query.level });
  if (query.focus) params.set('focus', query.focus);
  if (query.focus) params.set('depth', String(query.depth));
  if (query.q) params.set('q', query.q);
  return apiGet(`/api/topology?${params.toString()}`, topologySchema, { signal });
}

export function topologyQueryOptions(query: TopologyQuery) {
  return queryOptions({
    queryKey: topologyKeys.graph(query),
    queryFn: ({ signal }) => getTopology(query, signal),
    // While a new level/focus/filter loads, keep the old picture on screen instead of a blank canvas.
    placeholderData: keepPreviousData,
  });
}

export function useTopology(query: TopologyQuery) {
  return useQuery(topologyQueryOptions(query));
}
