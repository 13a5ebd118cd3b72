import { useQuery } from '@tanstack/react-query';
import { ruleHistorySchema } from '@contract/rules.ts';
import { resourceQuery } from '../../../lib/queries/resource-query.ts';
import { ruleKeys } from '../../../lib/query-keys.ts';

/** Every change the console made to one rule node, newest first as the server sends it. */
export function ruleHistoryQuery(node: string) {
  return resourceQuery({
    queryKey: ruleKeys.history(node),
    path: `/api/rules/${encodeURIComponent(node)}/history`,
    schema: ruleHistorySchema,
  });
}

export function useRuleHistory(node: string) {
  return useQuery(ruleHistoryQuery(node));
}
