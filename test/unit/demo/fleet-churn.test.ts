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

  it('logs each restart at debug and a periodic summary at info', async () => {
    const lines: { level: number; msg: string; restarts?: number; reRegistrations?: number }[] = [];
    const logger = pino({ level: 'debug' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
    const events: string[] = [];
    const churn = new FleetChurn({ targets: targets(events), intervalMs: 15_000, pauseMs: 400, rng: seededRandom(3), logger, summaryMs: 300_000 });
    churn.start();
    churn.noteReRegistration();
    await vi.advanceTimersByTimeAsync(20 * 60_000);
    churn.stop();
    const info = lines.filter((line) => line.level >= 30);
    const restarts = events.filter((event) => event.startsWith('start')).length;
    expect(restarts).toBeGreaterThan(40);
    expect(info.map((line) => line.msg)).toHaveLength(4); // one summary per 5 minutes, nothing else
    expect(info[0]?.msg).toMatch(/^demo fleet: \d+ restarts, 1 re-registrations in the last 5 min$/);
    expect(info.reduce((n, line) => n + (line.restarts ?? 0), 0)).toBe(restarts);
    expect(info.slice(1).every((line) => line.reRegistrations === 0)).toBe(true);
    expect(lines.filter((line) => line.level === 20 && line.msg === 'demo instance restarted (churn)')).toHaveLength(restarts);
  });
});
