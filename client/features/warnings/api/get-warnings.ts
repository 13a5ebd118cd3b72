import { useQuery } from '@tanstack/react-query';
import { warningListSchema } from '@contract/warnings.ts';
import { resourceQuery } from '../../../lib/queries/resource-query.ts';
import { warningKeys } from '../../../lib/query-keys.ts';

/** Registry data the mirror skipped. The list is short, so it is searched and paged in the browser. */
export function warningsQuery() {
  return resourceQuery({ queryKey: warningKeys.list(), path: '/api/warnings', schema: warningListSchema });
}

export function useWarnings() {
  return useQuery(warningsQuery());
}
