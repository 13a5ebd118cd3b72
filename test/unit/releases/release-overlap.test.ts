// One active release per service: which targets overlap, and that only running or paused releases block.
import { describe, expect, it } from 'vitest';
import type { Release, ReleaseState } from '../../../server/contract/releases.ts';
import { checkNoActiveOverlap, servicesOfIn, targetsOverlap } from '../../../server/releases/release-overlap.ts';
import { CART, hosts, PRICE, releaseFleet } from './release-fixture.ts';

const snapshot = releaseFleet({
  providers: [...hosts(2).map((host) => ({ host, services: [CART, PRICE] })), { host: '10.0.0.5', application: 'pricing', services: [PRICE] }],
});
const servicesOf = servicesOfIn(snapshot);
const t = (application: string, service: string | null) => ({ application, service });

describe('targetsOverlap', () => {
  const CASES = [
    { name: 'same application, both application-wide', a: t('cart', null), b: t('cart', null), overlap: true },
    { name: 'same application, one application-wide', a: t('cart', null), b: t('cart', CART), overlap: true },
    { name: 'same application and service', a: t('cart', CART), b: t('cart', CART), overlap: true },
    { name: 'same application, different services', a: t('cart', CART), b: t('cart', PRICE), overlap: false },
    { name: 'same service of two applications', a: t('cart', PRICE), b: t('pricing', PRICE), overlap: true },
    { name: 'application-wide over a service it provides', a: t('cart', null), b: t('pricing', PRICE), overlap: true },
    { name: 'application-wide over a service it does not provide', a: t('pricing', null), b: t('cart', CART), overlap: false },
    { name: 'two applications, both application-wide', a: t('cart', null), b: t('pricing', null), overlap: false },
  ];
  it.each(CASES)('$name → $overlap', ({ a, b, overlap }) => {
    expect(targetsOverlap(a, b, servicesOf)).toBe(overlap);
    expect(targetsOverlap(b, a, servicesOf)).toBe(overlap);
  });
});

describe('checkNoActiveOverlap', () => {
  const release = (id: string, state: ReleaseState, service: string | null = CART) => ({ id, application: 'cart', service, state }) as Release;
  const running: ReleaseState = { kind: 'running', step: 0, startedStepAt: '', holdSeconds: 0 };
  const paused: ReleaseState = { kind: 'paused', step: 0, pausedAt: '', remainingHoldSeconds: 0 };

  it('refuses with RELEASE_ACTIVE naming the running or paused release', () => {
    for (const state of [running, paused]) {
      expect(() => checkNoActiveOverlap(release('r-2', { kind: 'draft' }), [release('r-1', state)], servicesOf)).toThrow(
        expect.objectContaining({ code: 'RELEASE_ACTIVE', details: { id: 'r-1', state: state.kind } }),
      );
    }
  });

  it('lets drafts, finished releases, other services and the release itself pass', () => {
    const others = [
      release('r-1', { kind: 'draft' }),
      release('r-3', { kind: 'promoted', at: '' }),
      release('r-4', { kind: 'rolled-back', at: '' }),
      release('r-5', { kind: 'failed', at: '', code: 'TARGET_GONE' }),
      release('r-6', running, PRICE),
      release('r-2', running),
    ];
    expect(() => checkNoActiveOverlap(release('r-2', { kind: 'draft' }), others, servicesOf)).not.toThrow();
  });
});
