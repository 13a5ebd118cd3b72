// Creating a release against a registry snapshot: canary selection (addresses or URL parameters), the
// steps' weights and their predicted split per service, and the refusals with their stable codes.
import { describe, expect, it } from 'vitest';
import type { CanarySelector, ReleaseRequest } from '../../../server/contract/releases.ts';
import { selectCanary, type ReleaseTargetInput } from '../../../server/releases/canary-selection.ts';
import { planRelease } from '../../../server/releases/plan-release.ts';
import { address, APP, CART, codeOf, hosts, PRICE, releaseFleet, type FixtureProvider } from './release-fixture.ts';

const at = new Date('2026-01-01T00:00:00.000Z');

/** Seven instances: .1 runs release 3.3.2 with static tag gray; .2–.3 are env=canary; .7 provides PriceService too. */
const PROVIDERS: FixtureProvider[] = hosts(7).map((host, i) => ({
  host,
  params: i === 0 ? { release: '3.3.2', 'dubbo.tag': 'gray' } : i < 3 ? { env: 'canary' } : {},
  services: i === 6 ? [CART, PRICE] : [CART],
}));
const FOREIGN = { host: '10.0.1.1', application: 'other', services: [CART] };
const snapshot = releaseFleet({ providers: [...PROVIDERS, FOREIGN], consumerReleases: ['3.3.1', '2.7.8'] });

describe('selectCanary', () => {
  it.each([
    ['explicit addresses', { addresses: ['10.0.0.4:20880', ' 10.0.0.5:20880'] }, ['10.0.0.4:20880', '10.0.0.5:20880']],
    ['a custom parameter', { match: { env: 'canary' } }, ['10.0.0.2:20880', '10.0.0.3:20880']],
    ['the release parameter', { match: { release: '3.3.2' } }, ['10.0.0.1:20880']],
    ['a static tag', { match: { 'dubbo.tag': 'gray' } }, ['10.0.0.1:20880']],
    ['every parameter at once', { match: { release: '3.3.2', 'dubbo.tag': 'gray' } }, ['10.0.0.1:20880']],
  ] as const)('by %s', (_name, canary, expected) => {
    const selection = selectCanary(snapshot, { application: APP, canary: structuredClone(canary) as CanarySelector });
    expect(selection.canary).toEqual(expected);
    expect(selection.stable).toEqual(hosts(7).map(address).filter((a) => !expected.includes(a as never)));
  });

  it('keeps to the application: another application’s providers of the service are neither canary nor stable', () => {
    const selection = selectCanary(snapshot, { application: APP, canary: { addresses: ['10.0.0.4:20880'] } });
    expect([...selection.canary, ...selection.stable]).not.toContain('10.0.1.1:20880');
  });

  it('counts another application’s providers of the one service released as stable: they share its calls', () => {
    const selection = selectCanary(snapshot, { application: APP, service: CART, canary: { addresses: ['10.0.0.4:20880'] } });
    expect(selection.stable).toContain('10.0.1.1:20880');
    expect(codeOf(() => selectCanary(snapshot, { application: APP, service: CART, canary: { addresses: ['10.0.1.1:20880'] } }))).toBe('UNKNOWN_INSTANCE');
  });

  it('narrows to one service', () => {
    const selection = selectCanary(snapshot, { application: APP, service: CART, canary: { addresses: ['10.0.0.7:20880'] } });
    expect(selection.services.map((s) => s.entry.key)).toEqual([CART]);
    expect(selection.stable).toHaveLength(7);
  });

  it.each([
    ['UNKNOWN_APPLICATION', { application: 'nobody', canary: { addresses: ['10.0.0.1:20880'] } }],
    ['UNKNOWN_SERVICE', { application: APP, service: 'com.shop.Nothing', canary: { addresses: ['10.0.0.1:20880'] } }],
    ['BAD_TARGET', { application: APP, service: 'a b', canary: { addresses: ['10.0.0.1:20880'] } }],
    ['UNKNOWN_INSTANCE', { application: APP, canary: { addresses: ['10.0.1.1:20880'] } }],
    ['BAD_ADDRESS', { application: APP, canary: { addresses: ['10.0.0.1'] } }],
    ['NO_CANARY', { application: APP, canary: { match: { env: 'prod' } } }],
    ['NO_STABLE', { application: APP, service: PRICE, canary: { addresses: ['10.0.0.7:20880'] } }],
  ] as const)('refuses with %s', (code, input) => {
    expect(codeOf(() => selectCanary(snapshot, structuredClone(input) as ReleaseTargetInput))).toBe(code);
  });
});

function weighted(extra: Partial<ReleaseRequest> = {}): ReleaseRequest {
  return { application: APP, service: CART, mode: 'weighted', canary: { addresses: ['10.0.0.4:20880'] }, steps: [1, 10, 50, 99], ...extra };
}

describe('planRelease (weighted)', () => {
  it('predicts every step within a point, with its arithmetic', () => {
    const { release } = planRelease({ snapshot, request: weighted({ holdSeconds: 300 }), id: 'r-1', at, actor: 'alice' });
    expect(release).toMatchObject({ id: 'r-1', state: { kind: 'draft' }, currentStep: null, mode: 'weighted', tag: null, createdBy: 'alice' });
    expect(release.canary).toEqual(['10.0.0.4:20880']);
    expect(release.steps.map((s) => s.percent)).toEqual([1, 10, 50, 99]);
    for (const step of release.steps) {
      expect(step.holdSeconds).toBe(300);
      expect(step.split?.canaryCount).toBe(1);
      // Six stable instances of cart and the other application's provider of CartService.
      expect(step.split?.stableCount).toBe(7);
      const service = step.services.find((s) => s.serviceKey === CART);
      expect(service?.predictable).toBe(true);
      expect(Math.abs((service?.canaryShare ?? 0) * 100 - step.percent)).toBeLessThanOrEqual(1);
    }
    expect(release.warnings).toEqual([]);
    expect(release.steps[1]?.split?.formula).toMatch(/^\d+ × 1 \/ \(\d+ × 1 \+ \d+ × 7\) = 10\.\d\d%$/);
  });

  it('predicts the exact share when the application is the only provider', () => {
    const own = releaseFleet({ providers: PROVIDERS, consumerReleases: ['3.3.1'] });
    const { release, selection } = planRelease({ snapshot: own, request: weighted(), id: 'r', at, actor: 'a' });
    expect(selection.stable).toHaveLength(6);
    for (const step of release.steps) {
      const share = step.services.find((s) => s.serviceKey === CART)?.canaryShare ?? 0;
      expect(Math.abs(share * 100 - step.percent)).toBeLessThanOrEqual(1);
    }
    expect(release.warnings).toEqual([]);
  });

  it('warns when a service of the application would not get the step’s share', () => {
    const own = releaseFleet({ providers: PROVIDERS, consumerReleases: ['3.3.1'] });
    const { release } = planRelease({ snapshot: own, request: weighted({ service: undefined, steps: [10] }), id: 'r', at, actor: 'a' });
    const price = release.steps[0]?.services.find((s) => s.serviceKey === PRICE);
    expect(price?.canaryShare).toBe(0);
    expect(release.warnings.map((w) => w.code)).toEqual(['SPLIT_UNEVEN']);
  });

  it('takes one hold per step', () => {
    const { release } = planRelease({ snapshot, request: weighted({ steps: [5, 50], holdSeconds: [60, 600] }), id: 'r', at, actor: 'a' });
    expect(release.steps.map((s) => s.holdSeconds)).toEqual([60, 600]);
  });

  it.each([
    ['BAD_STEPS', { steps: [] }],
    ['BAD_STEPS', { steps: [10, 10] }],
    ['BAD_STEPS', { steps: [50, 20] }],
    ['BAD_HOLD', { holdSeconds: [60] }],
    ['TAG_NEEDS_TAG_MODE', { tag: 'gray' }],
  ] as const)('refuses with %s (%j)', (code, extra) => {
    expect(codeOf(() => planRelease({ snapshot, request: weighted(extra as Partial<ReleaseRequest>), id: 'r', at, actor: 'a' }))).toBe(code);
  });
});
