// The leader's release runner over fake timers and an in-memory release list: it advances when a hold ends
// (not before), only while leading, sleeps until the next deadline, treats a lost race as done, retries a
// failed move later, and pauses a release whose canary stays gone past the grace time but not a blip.

import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Release, ReleaseState } from '../../../server/contract/releases.ts';
import { conflictError } from '../../../server/errors/domain-error.ts';
import type { PauseRequest } from '../../../server/releases/pause-release.ts';
import type { StoredRelease } from '../../../server/releases/release-document.ts';
import { ReleaseRunner } from '../../../server/releases/release-runner.ts';
import type { RegistrySnapshot } from '../../../server/registry/registry-snapshot.ts';
import { releaseFleet } from './release-fixture.ts';

const T0 = Date.parse('2026-12-03T10:00:00.000Z');

function release(id: string, state: ReleaseState, steps = 3): Release {
  return {
    id,
    application: 'cart',
    service: 'com.shop.CartService',
    mode: 'weighted',
    canary: ['10.0.0.1:20880'],
    canarySelector: { addresses: ['10.0.0.1:20880'] },
    state,
    steps: Array.from({ length: steps }, () => ({ percent: 10, holdSeconds: 0, split: null, services: [] })),
    touchedRules: [],
    timeline: [],
  } as unknown as Release;
}
const running = (step: number, holdSeconds: number): ReleaseState => ({ kind: 'running', step, startedStepAt: new Date(T0).toISOString(), holdSeconds });

class Harness {
  leading = true;
  releases: Release[] = [];
  readonly moves: Array<[string, string, string | undefined]> = [];
  readonly pauses: Array<[string, PauseRequest['cause']]> = [];
  actFails: Error | undefined;
  canaryUp = true;
  private readonly leadership = new Set<(leading: boolean) => void>();
  private readonly releaseListeners = new Set<(ids: readonly string[]) => void>();
  private readonly registryListeners = new Set<() => void>();

  readonly runner = new ReleaseRunner({
    leadership: {
      get isLeader() {
        return harness.leading;
      },
      onChange: (l) => (this.leadership.add(l), () => this.leadership.delete(l)),
    },
    releases: {
      all: () => this.releases.map((r): StoredRelease => ({ release: r, version: 0, path: `/r/${r.id}` })),
      onChange: (l) => (this.releaseListeners.add(l), () => this.releaseListeners.delete(l)),
    },
    act: async (id, move, options) => {
      if (this.actFails) throw this.actFails;
      this.moves.push([id, move, options.cause]);
      const r = this.releases.find((x) => x.id === id)!;
      const state: ReleaseState = move === 'promote' ? { kind: 'promoted', at: new Date().toISOString() } : { kind: 'running', step: (r.state.kind === 'running' ? r.state.step : 0) + 1, startedStepAt: new Date().toISOString(), holdSeconds: 0 };
      this.releases = this.releases.map((x) => (x.id === id ? { ...x, state } : x));
      return { ...r, state };
    },
    registry: {
      get snapshot(): RegistrySnapshot {
        return harness.snapshot();
      },
      onChange: (l) => (this.registryListeners.add(l), () => this.registryListeners.delete(l)),
    },
    pause: async (id, request) => {
      this.pauses.push([id, request.cause]);
      return { kind: 'skipped', why: 'changed', release: this.releases[0]! };
    },
    clock: () => new Date(),
    logger: pino({ level: 'silent' }),
    canaryGraceMs: 15_000,
    retryMs: 5000,
  });

  /** CartService's providers, the canary 10.0.0.1 among them while it is up. */
  snapshot(): RegistrySnapshot {
    const hosts = this.canaryUp ? ['10.0.0.1', '10.0.0.2', '10.0.0.3'] : ['10.0.0.2', '10.0.0.3'];
    return releaseFleet({ providers: hosts.map((host) => ({ host })) });
  }

  registryChanged(): void {
    for (const l of this.releaseListeners) l([]);
    for (const l of this.registryListeners) l();
  }

  setLeading(leading: boolean): void {
    this.leading = leading;
    for (const l of this.leadership) l(leading);
  }
}

let harness: Harness;

describe('the release runner', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: T0 });
    harness = new Harness();
  });
  afterEach(() => {
    harness.runner.stop();
    vi.useRealTimers();
  });

  it('advances a step when its hold ends, not before, and completes the release after the last hold', async () => {
    harness.releases = [release('r-1', running(0, 60), 2)];
    harness.runner.start();
    await vi.advanceTimersByTimeAsync(59_000);
    expect(harness.moves).toEqual([]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(harness.moves).toEqual([['r-1', 'advance', 'hold-elapsed']]);
    harness.releases = [release('r-1', { kind: 'running', step: 1, startedStepAt: new Date().toISOString(), holdSeconds: 30 }, 2)];
    harness.registryChanged();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(harness.moves.at(-1)).toEqual(['r-1', 'promote', 'hold-elapsed']);
  });

  it('does nothing while it does not lead, and catches up at once when it becomes the leader', async () => {
    harness.leading = false;
    harness.releases = [release('r-2', running(0, 10))];
    harness.runner.start();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(harness.moves).toEqual([]);
    harness.setLeading(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(harness.moves).toEqual([['r-2', 'advance', 'hold-elapsed']]);
  });

  it('takes a lost race as done and retries another failure only after the retry time', async () => {
    harness.releases = [release('r-3', running(0, 1))];
    harness.actFails = conflictError('HOLD_NOT_ELAPSED', 'another replica moved it');
    harness.runner.start();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(harness.moves).toEqual([]);
    harness.actFails = new Error('registry unavailable');
    harness.registryChanged();
    await vi.advanceTimersByTimeAsync(100);
    harness.actFails = undefined;
    harness.registryChanged();
    await vi.advanceTimersByTimeAsync(100);
    expect(harness.moves).toEqual([]); // waiting out the retry time
    await vi.advanceTimersByTimeAsync(5_000);
    expect(harness.moves).toEqual([['r-3', 'advance', 'hold-elapsed']]);
  });

  it('pauses a release whose canary stays gone past the grace time, not one that is only restarting', async () => {
    harness.releases = [release('r-4', running(0, 0))];
    harness.runner.start();
    harness.canaryUp = false; // a restart: gone for 10 s, then back
    harness.registryChanged();
    await vi.advanceTimersByTimeAsync(10_000);
    harness.canaryUp = true;
    harness.registryChanged();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(harness.pauses).toEqual([]);

    harness.canaryUp = false; // gone for good
    harness.registryChanged();
    await vi.advanceTimersByTimeAsync(14_000);
    expect(harness.pauses).toEqual([]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(harness.pauses).toEqual([['r-4', 'canary-gone']]);
  });
});
