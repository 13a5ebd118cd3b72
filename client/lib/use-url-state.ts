import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { z } from 'zod';
import { patchUrlState, readUrlState } from './url-state.ts';
import type { UrlStateSchema } from './url-state.ts';

type UpdateOptions = { replace?: boolean };

/**
 * Reads a page's state from the query string and writes patches back. Typing in a search box should
 * pass `replace: true` so every keystroke does not become a history entry; paging and sorting push.
 */
export function useUrlState<S extends UrlStateSchema>(schema: S) {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => readUrlState(schema, params), [schema, params]);
  const update = useCallback(
    (patch: Partial<z.output<S>>, options: UpdateOptions = {}) => {
      setParams((current) => patchUrlState(schema, current, patch), { replace: options.replace ?? false });
    },
    [schema, setParams],
  );
  return [state, update] as const;
}
