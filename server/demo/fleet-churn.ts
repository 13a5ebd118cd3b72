import type { Logger } from 'pino';
import { randomInt, type Rng } from './seeded-random.ts';

/**
 * Instances restart now and then, as in any fleet: every `intervalMs` (±50 %) one running instance closes its
 * session — its registrations vanish — and registers again `pauseMs` later. intervalMs 0 turns churn off.
 */
export interface ChurnTarget {
  readonly address: string;
  readonly application: string;
  readonly running: boolean;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export interface FleetChurnOptions {
  readonly targets: readonly ChurnTarget[];
  readonly intervalMs: number;
  readonly pauseMs: number;
  readonly rng: Rng;
  readonly logger: Logger;
}

export class FleetChurn {
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly down = new Set<ChurnTarget>();
  private stopped = true;

  constructor(private readonly options: FleetChurnOptions) {}

  start(): void {
    if (this.options.intervalMs <= 0 || !this.stopped) return;
    this.stopped = false;
    this.scheduleNext();
  }

  stop(): void {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  private later(ms: number, action: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (!this.stopped) action();
    }, ms);
    timer.unref();
    this.timers.add(timer);
  }

  private scheduleNext(): void {
    const { intervalMs, rng } = this.options;
    this.later(Math.round(intervalMs * (0.5 + rng())), () => {
      void this.restartOne();
      this.scheduleNext();
    });
  }

  private async restartOne(): Promise<void> {
    const { targets, rng, logger, pauseMs } = this.options;
    const candidates = targets.filter((t) => t.running && !this.down.has(t));
    const target = candidates[randomInt(rng, candidates.length)];
    if (target === undefined) return;
    this.down.add(target);
    const where = { application: target.application, address: target.address };
    try {
      await target.stop();
      logger.info(where, 'demo instance stopped (churn)');
    } catch (error) {
      logger.warn({ ...where, err: error }, 'demo instance did not stop cleanly');
    }
    const restart = (): void => {
      target.start().then(
        () => {
          this.down.delete(target);
          logger.info(where, 'demo instance restarted (churn)');
        },
        (error: unknown) => {
          if (this.stopped) return;
          logger.warn({ ...where, err: error }, 'demo instance failed to restart; trying again');
          this.later(pauseMs, restart);
        },
      );
    };
    this.later(pauseMs, restart);
  }
}
