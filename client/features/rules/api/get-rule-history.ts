import { queryOptions, useQuery } from '@tanstack/react-query';
import { ruleHistorySchema } from '@contract/rules.ts';
import { apiGet } from '../../../lib/api-client.ts';
import { ruleKeys } from '../../../lib/query-keys.ts';

/** Every change the console made to one rule node, newest first as the server sends it. */
export function getRuleHistory(node: string, signal?: AbortSignal) {
  return apiGet(`/api/rules/${encodeURIComponent(node)}/history`, ruleHistorySchema, { signal });
}

export function ruleHistoryQueryOptions(node: string) {
  return queryOptions({ queryKey: ruleKeys.history(node), queryFn: ({ signal }) => getRuleHistory(node, signal) });
}

export function useRuleHistory(node: string) {
  return useQuery(ruleHistoryQueryOptions(node));
}
