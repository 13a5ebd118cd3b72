import type { Logger } from 'pino';
import { randomInt, type Rng } from './seeded-random.ts';

/**
 * Instances restart now and then, as in any fleet: every `intervalMs` (±50 %) one running instance closes its
 * session — its registrations vanish — and registers again `pauseMs` later. intervalMs 0 turns churn off.
 * Each restart logs at debug; every `summaryMs` one info line counts the restarts and re-registrations (an
 * instance registering again after its session expired, reported through noteReRegistration), so a
 * terminal left open reads as a summary rather than a line every few seconds.
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
  /** How often the info summary is logged; default 5 minutes. */
  readonly summaryMs?: number;
}

const DEFAULT_SUMMARY_MS = 5 * 60_000;

export class FleetChurn {
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly down = new Set<ChurnTarget>();
  private stopped = true;
  private restarts = 0;
  private reRegistrations = 0;

  constructor(private readonly options: FleetChurnOptions) {}

  start(): void {
    if (this.options.intervalMs <= 0 || !this.stopped) return;
    this.stopped = false;
    this.scheduleNext();
    this.scheduleSummary();
  }

  /** Counts an instance that registered again after losing its session (outside churn). */
  noteReRegistration(): void {
    this.reRegistrations += 1;
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

  private scheduleSummary(): void {
    const summaryMs = this.options.summaryMs ?? DEFAULT_SUMMARY_MS;
    this.later(summaryMs, () => {
      const { restarts, reRegistrations } = this;
      this.restarts = 0;
      this.reRegistrations = 0;
      if (restarts > 0 || reRegistrations > 0) {
        const minutes = Math.round(summaryMs / 60_000);
        this.options.logger.info(
          { restarts, reRegistrations, periodMs: summaryMs },
          `demo fleet: ${restarts} restarts, ${reRegistrations} re-registrations in the last ${minutes} min`,
        );
      }
      this.scheduleSummary();
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
      logger.debug(where, 'demo instance stopped (churn)');
    } catch (error) {
      logger.warn({ ...where, err: error }, 'demo instance did not stop cleanly');
    }
    const restart = (): void => {
      target.start().then(
        () => {
          this.down.delete(target);
          this.restarts += 1;
          logger.debug(where, 'demo instance restarted (churn)');
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
