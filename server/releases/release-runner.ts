/**
 * The automatic side of gray releases, run by the one console replica that leads (zk/leader-election.ts):
 * when a running step's hold ends it advances the release (or, on the last step, completes it), and sleeps
 * until the next hold ends. It reads the live copy of the stored releases (release-watch.ts), so moves made
 * anywhere re-plan its timer, and acts through the same use case operators use, with cause `hold-elapsed`.
 * Exactly once per step: every move is a compare-and-set on the release document, and a replica that lost
 * the race (or a leader that was just replaced) is refused by the state machine (the hold of the new step
 * has not ended) — refusals of that kind are expected and only logged at debug level.
 * It also guards running releases (release-findings.ts): a manual edit of a touched rule file pauses the
 * release at once; the canary gone from the registry pauses it once that has lasted `canaryGraceMs` (an
 * instance restarting is not a failed canary). Both pauses go through pauseRelease, which confirms the
 * problem against ZooKeeper and writes by compare-and-set.
 */
import type { Logger } from 'pino';
import type { Release } from '../contract/releases.ts';
import type { RegistrySnapshot } from '../registry/registry-snapshot.ts';
import { DomainError } from '../errors/domain-error.ts';
import { moduleLogger } from '../logger.ts';
import type { MoveOptions, OperatorMove } from './act-on-release.ts';
import { dueMoves, holdReason, nextDeadline, type DueMove } from './hold-schedule.ts';
import type { PauseOutcome, PauseRequest } from './pause-release.ts';
import type { StoredRelease } from './release-document.ts';
import { currentRuleTexts, releaseFindings, type ReleaseFinding } from './release-findings.ts';

export interface Leadership {
  readonly isLeader: boolean;
  onChange(listener: (leading: boolean) => void): () => void;
}

export interface ReleaseRunnerDeps {
  readonly leadership: Leadership;
  readonly releases: { all(): readonly StoredRelease[]; onChange(listener: (ids: readonly string[]) => void): () => void };
  readonly act: (id: string, move: OperatorMove, options: MoveOptions) => Promise<Release>;
  /** The registry as the mirror holds it, and its changes: what the guard checks running releases against. */
  readonly registry: { readonly snapshot: RegistrySnapshot; onChange(listener: () => void): () => void };
  readonly pause: (id: string, request: Omit<PauseRequest, 'actor'>) => Promise<PauseOutcome>;
  /** How long the canary may be gone before the release pauses (default 15 s). */
  readonly canaryGraceMs?: number;
  readonly clock: () => Date;
  readonly logger: Logger;
  /** Longest sleep between looks, in case a clock jumps (default 30 s). */
  readonly maxSleepMs?: number;
  /** After a move failed for another reason than losing a race, wait this long before trying it again (default 5 s). */
  readonly retryMs?: number;
}

/** Refusals that mean someone else already moved the release: nothing to do. */
const RACE_LOST = new Set(['HOLD_NOT_ELAPSED', 'RELEASE_CHANGED', 'NOT_RUNNING', 'RELEASE_FINISHED', 'LAST_STEP', 'NOT_LAST_STEP']);

export class ReleaseRunner {
  private readonly logger: Logger;
  private timer: NodeJS.Timeout | undefined;
  private busy = false;
  private again = false;
  private stopped = false;
  /** `id@step` of moves that failed, and when they may be tried again. */
  private readonly failedUntil = new Map<string, number>();
  private readonly offs: Array<() => void> = [];
  /** Release id → when its canary was first seen gone (epoch ms). */
  private readonly canaryGoneSince = new Map<string, number>();

  constructor(private readonly deps: ReleaseRunnerDeps) {
    this.logger = moduleLogger(deps.logger, 'release-runner');
  }

  start(): void {
    this.offs.push(
      this.deps.leadership.onChange((leading) => {
        this.logger.info({ leading }, leading ? 'running automatic release advances' : 'no longer running automatic release advances');
        this.wake();
      }),
      this.deps.releases.onChange(() => this.wake()),
      this.deps.registry.onChange(() => this.wake()),
    );
    this.wake();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    for (const off of this.offs.splice(0)) off();
  }

  /** Looks now (once the current look ends, if one runs). */
  private wake(): void {
    if (this.stopped) return;
    if (this.busy) {
      this.again = true;
      return;
    }
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.deps.leadership.isLeader) return;
    this.busy = true;
    this.look()
      .catch((error: unknown) => this.logger.error({ err: error }, 'automatic release advance failed'))
      .finally(() => {
        this.busy = false;
        if (this.again) {
          this.again = false;
          this.wake();
        } else this.sleep();
      });
  }

  private async look(): Promise<void> {
    const now = this.deps.clock();
    for (const [key, until] of this.failedUntil) if (until <= now.getTime()) this.failedUntil.delete(key);
    const releases = this.deps.releases.all().map((s) => s.release);
    for (const due of dueMoves(releases, now)) {
      if (this.stopped || !this.deps.leadership.isLeader) return;
      const key = `${due.id}@${due.step}`;
      if ((this.failedUntil.get(key) ?? 0) > now.getTime()) continue;
      await this.move(due, releases.find((r) => r.id === due.id), key);
    }
    await this.guard(releases, now.getTime());
  }

  private async guard(releases: readonly Release[], now: number): Promise<void> {
    const { snapshot } = this.deps.registry;
    const running = releases.filter((r) => r.state.kind === 'running');
    for (const id of this.canaryGoneSince.keys()) if (!running.some((r) => r.id === id)) this.canaryGoneSince.delete(id);
    for (const release of running) {
      if (this.stopped || !this.deps.leadership.isLeader) return;
      const findings = releaseFindings(release, snapshot, currentRuleTexts(snapshot, release));
      const gone = findings.find((f) => f.cause === 'canary-gone');
      if (!gone) this.canaryGoneSince.delete(release.id);
      else if (!this.canaryGoneSince.has(release.id)) this.canaryGoneSince.set(release.id, now);
      const conflict = findings.find((f) => f.cause === 'conflict');
      const graceOver = gone !== undefined && now - (this.canaryGoneSince.get(release.id) ?? now) >= this.grace;
      const finding = conflict ?? (graceOver ? gone : undefined);
      if (finding) await this.pause(release.id, finding);
    }
  }

  private get grace(): number {
    return this.deps.canaryGraceMs ?? 15_000;
  }

  private async pause(id: string, finding: ReleaseFinding): Promise<void> {
    try {
      const outcome = await this.deps.pause(id, { cause: finding.cause, reason: finding.reason });
      if (outcome.kind === 'paused') this.logger.warn({ release: id, cause: finding.cause, reason: finding.reason }, 'release paused');
    } catch (error) {
      this.logger.warn({ err: error, release: id }, 'could not pause the release');
    }
  }

  private async move(due: DueMove, release: Release | undefined, key: string): Promise<void> {
    const hold = release?.state.kind === 'running' ? release.state.holdSeconds : 0;
    try {
      const moved = await this.deps.act(due.id, due.move, { cause: 'hold-elapsed', reason: holdReason(due, hold) });
      this.failedUntil.delete(key);
      this.logger.info({ release: due.id, move: due.move, step: due.step, state: moved.state }, 'release moved after its hold');
    } catch (error) {
      if (error instanceof DomainError && RACE_LOST.has(error.code)) {
        this.logger.debug({ release: due.id, code: error.code }, 'release already moved elsewhere');
        return;
      }
      this.failedUntil.set(key, this.deps.clock().getTime() + (this.deps.retryMs ?? 5000));
      this.logger.warn({ err: error, release: due.id, move: due.move }, 'automatic release move failed; trying again later');
    }
  }

  private sleep(): void {
    if (this.stopped || !this.deps.leadership.isLeader) return;
    const now = this.deps.clock();
    const releases = this.deps.releases.all().map((s) => s.release);
    const next = nextDeadline(releases, now);
    const retry = [...this.failedUntil.values(), ...[...this.canaryGoneSince.values()].map((t) => t + this.grace)].filter((t) => t > now.getTime());
    const wakeAt = Math.min(next?.getTime() ?? Infinity, ...retry, now.getTime() + (this.deps.maxSleepMs ?? 30_000));
    this.timer = setTimeout(() => this.wake(), Math.max(0, wakeAt - now.getTime()));
  }
}
