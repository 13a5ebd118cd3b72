import { queryOptions, useQuery } from '@tanstack/react-query';
import { ruleDetailSchema } from '@contract/rules.ts';
import { apiGet } from '../../../lib/api-client.ts';
import { ruleKeys } from '../../../lib/query-keys.ts';

/** One rule file: its metadata, stored text and parsed view. */
export function getRule(node: string, signal?: AbortSignal) {
  return apiGet(`/api/rules/${encodeURIComponent(node)}`, ruleDetailSchema, { signal });
}

export function ruleQueryOptions(node: string) {
  return queryOptions({ queryKey: ruleKeys.detail(node), queryFn: ({ signal }) => getRule(node, signal) });
}

export function useRule(node: string) {
  return useQuery(ruleQueryOptions(node));
}
