import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pino } from 'pino';
import { FleetChurn, type ChurnTarget } from '../../../server/demo/fleet-churn.ts';
import { seededRandom } from '../../../server/demo/seeded-random.ts';

function targets(events: string[], failStarts = 0): ChurnTarget[] {
  let failures = failStarts;
  return ['a', 'b', 'c', 'd'].map((address) => {
    let running = true;
    return {
      address,
      application: 'app',
      get running() {
        return running;
      },
      stop: async () => {
        running = false;
        events.push(`stop ${address}`);
      },
      start: async () => {
        if (failures > 0) {
          failures -= 1;
          events.push(`fail ${address}`);
          throw new Error('registry down');
        }
        running = true;
        events.push(`start ${address}`);
      },
    };
  });
}

async function runChurn(seed: number, intervalMs: number, ms: number, failStarts = 0): Promise<string[]> {
  const events: string[] = [];
  const churn = new FleetChurn({ targets: targets(events, failStarts), intervalMs, pauseMs: 400, rng: seededRandom(seed), logger: pino({ level: 'silent' }) });
  churn.start();
  await vi.advanceTimersByTimeAsync(ms);
  churn.stop();
  return events;
}

describe('FleetChurn', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('restarts one instance at a time, deterministically for a seed', async () => {
    const events = await runChurn(11, 1000, 10_000);
    expect(events.length).toBeGreaterThanOrEqual(10);
    for (let i = 0; i + 1 < events.length; i += 2) {
      const [stop, start] = [events[i], events[i + 1]];
      expect(stop).toMatch(/^stop /);
      expect(start).toBe(stop?.replace('stop', 'start'));
    }
    expect(await runChurn(11, 1000, 10_000)).toEqual(events);
    expect(await runChurn(12, 1000, 10_000)).not.toEqual(events);
  });

  it('is off with interval 0', async () => {
    expect(await runChurn(11, 0, 60_000)).toEqual([]);
  });

  it('keeps trying to bring an instance back', async () => {
    const events = await runChurn(5, 100_000, 152_000, 2);
    expect(events.slice(0, 4)).toEqual([events[0], events[0]?.replace('stop', 'fail'), events[0]?.replace('stop', 'fail'), events[0]?.replace('stop', 'start')]);
  });
});
