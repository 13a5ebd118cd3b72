import { useQuery } from '@tanstack/react-query';
import { ruleListSchema } from '@contract/rules.ts';
import { apiPath } from '../../../lib/api-path.ts';
import { resourceQuery } from '../../../lib/queries/resource-query.ts';
import { ruleKeys } from '../../../lib/query-keys.ts';
import type { RuleListKeyQuery } from '../../../lib/query-keys.ts';

/** One page of rule files, searched and filtered by the server. */
export function rulesQuery(query: RuleListKeyQuery) {
  const { limit, offset, q, kind } = query;
  return resourceQuery({
    queryKey: ruleKeys.list(query),
    path: apiPath('/api/rules', { limit, offset, q, kind }),
    schema: ruleListSchema,
    keepPrevious: true,
  });
}

export function useRules(query: RuleListKeyQuery) {
  return useQuery(rulesQuery(query));
}
