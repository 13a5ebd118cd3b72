import { queryOptions, useQuery } from '@tanstack/react-query';
import { ruleDetailSchema } from '@contract/rules.ts';
import type { RuleDetail } from '@contract/rules.ts';
import { apiGet } from '../../../lib/api-client.ts';
import { ruleKeys } from '../../../lib/query-keys.ts';

/** The raw rule file, shown before the operator agrees to replace a file Dubbo cannot read. */
export function getRuleText(node: string, signal?: AbortSignal): Promise<RuleDetail> {
  return apiGet(`/api/rules/${encodeURIComponent(node)}`, ruleDetailSchema, { signal });
}

export function useRuleText(node: string, enabled: boolean) {
  return useQuery({
    ...queryOptions({ queryKey: ruleKeys.detail(node), queryFn: ({ signal }) => getRuleText(node, signal) }),
    enabled,
  });
}
