import { useRuleDetail } from '../../../lib/queries/rule-detail-query.ts';

/** One rule file: its metadata, stored text and parsed view (the shared rule detail query). */
export function useRule(node: string) {
  return useRuleDetail(node);
}
