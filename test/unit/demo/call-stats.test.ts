import { describe, expect, it } from 'vitest';
import { CallStats } from '../../../server/demo/call-stats.ts';
import { ConsumerLoop, type CallingInstance } from '../../../server/demo/consumer-loop.ts';
import { seededRandom } from '../../../server/demo/seeded-random.ts';

function fakeClock(start = 1_000_000): { now: () => number; advance: (ms: number) => void } {
  let t = start;
  return { now: () => t, advance: (ms) => void (t += ms) };
}

describe('CallStats', () => {
  it('counts calls per service and provider, with a sliding-window rate', () => {
    const clock = fakeClock();
    const stats = new CallStats(clock.now, 10_000);
    for (let s = 0; s < 10; s += 1) {
      for (let n = 0; n < 5; n += 1) stats.record('svc', '10.0.0.1:20880');
      stats.record('svc', '10.0.0.2:20880');
      clock.advance(1000);
    }
    stats.fail('svc');
    const first = stats.snapshot().services['svc'];
    expect(first).toMatchObject({ calls: 60, failures: 1 });
    expect(first?.providers['10.0.0.1:20880']?.calls).toBe(50);
    expect(first?.providers['10.0.0.1:20880']?.perSecond).toBeCloseTo(4.5, 5);
    clock.advance(20_000);
    const later = stats.snapshot().services['svc'];
    expect(later?.providers['10.0.0.1:20880']).toEqual({ calls: 50, perSecond: 0 });
    expect(later?.perSecond).toBe(0);
  });
});

describe('ConsumerLoop', () => {
  it('makes callsPerSecond calls over running instances and records the picks', () => {
    const clock = fakeClock();
    const stats = new CallStats(clock.now);
    const calls: string[] = [];
    const instance = (running: boolean, address: string): CallingInstance => ({
      running,
      call: (serviceKey) => {
        calls.push(`${address}>${serviceKey}`);
        return serviceKey === 'b'
          ? { kind: 'no-provider', reason: 'no-providers' }
          : { kind: 'picked', invoker: { address: 'p:1', host: 'p', port: 1, params: {}, weight: 100, enabled: true } };
      },
    });
    const loop = new ConsumerLoop({
      consumes: ['a', 'b'],
      instances: [instance(true, 'c1'), instance(false, 'c2')],
      callsPerSecond: 20,
      stats,
      rng: seededRandom(3),
      clock: clock.now,
    });
    loop.tick();
    for (let n = 0; n < 10; n += 1) {
      clock.advance(100);
      loop.tick();
    }
    expect(calls).toHaveLength(20);
    expect(calls.every((c) => c.startsWith('c1>'))).toBe(true);
    const snapshot = stats.snapshot().services;
    expect((snapshot['a']?.calls ?? 0) + (snapshot['b']?.failures ?? 0)).toBe(20);
    clock.advance(60_000);
    loop.tick();
    expect(calls).toHaveLength(40);
  });
});
