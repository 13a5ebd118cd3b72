import { mergeInvalidations } from './change-invalidations.ts';
import type { ChangeInvalidation } from './change-invalidations.ts';

/**
 * Collects invalidation plans and flushes them at most once per `intervalMs` (a throttle, not a
 * debounce: constant churn still refreshes the page several times a second). Invalidating cancels
 * an in-flight refetch, so without this a busy registry could keep a slow list from ever landing.
 */
export type InvalidationBatcher = { add: (plan: ChangeInvalidation) => void; cancel: () => void };

type BatcherOptions = {
  intervalMs: number;
  flush: (plan: ChangeInvalidation) => void;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
};

export function createInvalidationBatcher(options: BatcherOptions): InvalidationBatcher {
  const setTimer = options.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
  const clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  let pending: ChangeInvalidation | undefined;
  let timer: unknown;

  const flush = () => {
    timer = undefined;
    const plan = pending;
    pending = undefined;
    if (plan) options.flush(plan);
  };

  return {
    add(plan) {
      pending = mergeInvalidations(pending, plan);
      if (timer === undefined) timer = setTimer(flush, options.intervalMs);
    },
    cancel() {
      if (timer !== undefined) clearTimer(timer);
      timer = undefined;
      pending = undefined;
    },
  };
}
