import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { ruleListSchema } from '@contract/rules.ts';
import { apiGet } from '../../../lib/api-client.ts';
import { ruleKeys } from '../../../lib/query-keys.ts';
import type { RuleListKeyQuery } from '../../../lib/query-keys.ts';

/** One page of rule files, searched and filtered by the server. */
export function getRules(query: RuleListKeyQuery, signal?: AbortSignal) {
  const params = new URLSearchParams({ limit: String(query.limit), offset: String(query.offset) });
  if (query.q) params.set('q', query.q);
  if (query.kind) params.set('kind', query.kind);
  return apiGet(`/api/rules?${params.toString()}`, ruleListSchema, { signal });
}

export function rulesQueryOptions(query: RuleListKeyQuery) {
  return queryOptions({ queryKey: ruleKeys.list(query), queryFn: ({ signal }) => getRules(query, signal), placeholderData: keepPreviousData });
}

export function useRules(query: RuleListKeyQuery) {
  return useQuery(rulesQueryOptions(query));
}
