import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { ReleaseRequest } from '@contract/releases.ts';
import { releaseKeys } from '../../../lib/query-keys.ts';
import { planRelease } from './send-release.ts';

/** How long the wizard waits after the last edit before asking for a new plan. */
const SETTLE_MS = 350;

/**
 * The wizard's live preview: a dry run of the request once the operator stops typing, refreshed with the
 * releases (rule changes, release events), so what the selector matches follows the registry. Nothing is
 * stored or written. Undefined request: nothing to plan yet.
 */
export function useReleasePlan(request: ReleaseRequest | undefined) {
  const settled = useSettled(request);
  return useQuery({
    queryKey: [...releaseKeys.all, 'plan', settled ?? null] as const,
    queryFn: () => planRelease(settled as ReleaseRequest),
    enabled: settled !== undefined,
    placeholderData: keepPreviousData,
    retry: false,
  });
}

/** The value once it stopped changing for SETTLE_MS (compared by its JSON). */
function useSettled<T>(value: T): T {
  const [settled, setSettled] = useState(value);
  const json = JSON.stringify(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled((json === undefined ? undefined : JSON.parse(json)) as T), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [json]);
  return settled;
}
