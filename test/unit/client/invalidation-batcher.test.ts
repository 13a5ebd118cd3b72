import { describe, expect, it } from 'vitest';
import { mergeInvalidations } from '../../../client/lib/change-invalidations.ts';
import type { ChangeInvalidation } from '../../../client/lib/change-invalidations.ts';
import { createInvalidationBatcher } from '../../../client/lib/invalidation-batcher.ts';

const keys = (...list: string[][]): ChangeInvalidation => ({ kind: 'keys', keys: list });

describe('mergeInvalidations', () => {
  it('de-duplicates keys and lets "everything" win', () => {
    expect(mergeInvalidations(keys(['health'], ['services', 'list']), keys(['health'], ['warnings']))).toEqual(
      keys(['health'], ['services', 'list'], ['warnings']),
    );
    expect(mergeInvalidations(keys(['health']), { kind: 'everything' })).toEqual({ kind: 'everything' });
    expect(mergeInvalidations(undefined, keys(['health']))).toEqual(keys(['health']));
  });
});

describe('createInvalidationBatcher', () => {
  function harness() {
    const timers: (() => void)[] = [];
    const flushed: ChangeInvalidation[] = [];
    const batcher = createInvalidationBatcher({
      intervalMs: 250,
      flush: (plan) => flushed.push(plan),
      setTimer: (callback) => timers.push(callback),
      clearTimer: () => timers.splice(0),
    });
    return { timers, flushed, batcher };
  }

  it('flushes a burst once, merged, when the interval ends', () => {
    const h = harness();
    h.batcher.add(keys(['services', 'detail', 'a']));
    h.batcher.add(keys(['services', 'detail', 'b']));
    h.batcher.add(keys(['services', 'detail', 'a']));
    expect(h.timers).toHaveLength(1);
    expect(h.flushed).toEqual([]);
    h.timers.shift()!();
    expect(h.flushed).toEqual([keys(['services', 'detail', 'a'], ['services', 'detail', 'b'])]);
  });

  it('starts a new interval for events after a flush', () => {
    const h = harness();
    h.batcher.add(keys(['health']));
    h.timers.shift()!();
    h.batcher.add({ kind: 'everything' });
    expect(h.timers).toHaveLength(1);
    h.timers.shift()!();
    expect(h.flushed).toEqual([keys(['health']), { kind: 'everything' }]);
  });

  it('drops what is pending when cancelled', () => {
    const h = harness();
    h.batcher.add(keys(['health']));
    h.batcher.cancel();
    expect(h.timers).toHaveLength(0);
    expect(h.flushed).toEqual([]);
  });
});
