import { queryOptions, useQuery } from '@tanstack/react-query';
import { warningListSchema } from '@contract/warnings.ts';
import type { WarningList } from '@contract/warnings.ts';
import { apiGet } from '../../../lib/api-client.ts';
import { warningKeys } from '../../../lib/query-keys.ts';

/** Registry data the mirror skipped. The list is short, so it is searched and paged in the browser. */
export function getWarnings(signal?: AbortSignal): Promise<WarningList> {
  return apiGet('/api/warnings', warningListSchema, { signal });
}

export function warningsQueryOptions() {
  return queryOptions({
    queryKey: warningKeys.list(),
    queryFn: ({ signal }) => getWarnings(signal),
  });
}

export function useWarnings() {
  return useQuery(warningsQueryOptions());
}
