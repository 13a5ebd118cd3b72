import type { CallStats } from './call-stats.ts';
import type { Selection } from './provider-selection.ts';
import { randomInt, type Rng } from './seeded-random.ts';

/**
 * The traffic of one consumer application: `callsPerSecond` calls spread over its running instances and the
 * services it consumes, each routed and balanced by the calling instance's own view of the registry, and
 * counted per provider. Driven by a timer; tick() is public so tests can drive it with a fake clock.
 */
export interface CallingInstance {
  readonly running: boolean;
  call(serviceKey: string, rng: Rng, now: number): Selection | undefined;
}

export interface ConsumerLoopOptions {
  readonly consumes: readonly string[];
  readonly instances: readonly CallingInstance[];
  readonly callsPerSecond: number;
  readonly stats: CallStats;
  readonly rng: Rng;
  readonly clock: () => number;
  readonly tickMs?: number;
}

const DEFAULT_TICK_MS = 100;

export class ConsumerLoop {
  private timer: NodeJS.Timeout | undefined;
  private last: number | undefined;
  private owed = 0;

  constructor(private readonly options: ConsumerLoopOptions) {}

  start(): void {
    if (this.timer !== undefined || this.options.consumes.length === 0 || this.options.callsPerSecond <= 0) return;
    this.last = this.options.clock();
    this.timer = setInterval(() => this.tick(), this.options.tickMs ?? DEFAULT_TICK_MS);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Makes the calls that are due since the last tick (at most one second's worth after a stall). */
  tick(): void {
    const { clock, callsPerSecond, consumes, instances, rng, stats } = this.options;
    const now = clock();
    this.owed += (callsPerSecond * (now - (this.last ?? now))) / 1000;
    this.last = now;
    const due = Math.min(Math.floor(this.owed), Math.ceil(callsPerSecond));
    this.owed -= Math.floor(this.owed);
    const live = instances.filter((i) => i.running);
    if (live.length === 0) return;
    for (let n = 0; n < due; n += 1) {
      const caller = live[randomInt(rng, live.length)];
      const serviceKey = consumes[randomInt(rng, consumes.length)];
      if (caller === undefined || serviceKey === undefined) continue;
      const selection = caller.call(serviceKey, rng, now);
      if (selection?.kind === 'picked') stats.record(serviceKey, selection.invoker.address);
      else if (selection?.kind === 'no-provider') stats.fail(serviceKey);
    }
  }
}
