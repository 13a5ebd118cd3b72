import { useQuery } from '@tanstack/react-query';
import { ruleDetailSchema } from '@contract/rules.ts';
import { ruleKeys } from '../query-keys.ts';
import { detailQuery } from './resource-query.ts';

/**
 * One rule file: metadata, stored text and parsed view. The rule page, the rollback dialog and
 * governance (showing a file Dubbo cannot read before replacing it) share this entry.
 */
export const ruleDetailQuery = detailQuery({ key: ruleKeys.detail, collection: '/api/rules', schema: ruleDetailSchema });

export function useRuleDetail(node: string, options: { enabled?: boolean } = {}) {
  return useQuery({ ...ruleDetailQuery(node), enabled: options.enabled ?? true });
}
