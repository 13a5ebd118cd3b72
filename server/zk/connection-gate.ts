// Parks calls made while the client is not connected, so a short disconnect is invisible to callers.
// Every waiter gets the same bound, so waiters arrive in deadline order: one timer, armed for the oldest
// waiter, is enough however many thousands of calls are parked (no per-call timers).

import { ZkError, zkErrorMessage } from './zk-error.ts';
import type { ZkErrorCode } from './zk-error.ts';

interface Waiter {
  readonly path: string;
  readonly deadline: number;
  readonly resolve: () => void;
  readonly reject: (error: ZkError) => void;
}

export class ConnectionGate {
  private waiters: Waiter[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly boundMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get waiting(): number {
    return this.waiters.length;
  }

  /** Resolves when `open()` is called, or rejects with NOT_CONNECTED (for `path`) after the bound. */
  wait(path: string): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.waiters.push({ path, deadline: this.now() + this.boundMs, resolve, reject });
      if (this.timer === undefined) this.schedule();
    });
  }

  open(): void {
    this.settle((waiter) => waiter.resolve());
  }

  fail(code: ZkErrorCode, reason: string): void {
    this.settle((waiter) => waiter.reject(gateError(code, reason, waiter.path)));
  }

  private settle(action: (waiter: Waiter) => void): void {
    const waiters = this.waiters;
    this.waiters = [];
    clearTimeout(this.timer);
    this.timer = undefined;
    for (const waiter of waiters) action(waiter);
  }

  private schedule(): void {
    const first = this.waiters[0];
    if (first === undefined) return;
    this.timer = setTimeout(() => this.expire(), Math.max(0, first.deadline - this.now()));
  }

  private expire(): void {
    this.timer = undefined;
    const now = this.now();
    const firstAlive = this.waiters.findIndex((waiter) => waiter.deadline > now);
    const expired = firstAlive === -1 ? this.waiters : this.waiters.slice(0, firstAlive);
    this.waiters = firstAlive === -1 ? [] : this.waiters.slice(firstAlive);
    const reason = `no ZooKeeper connection within ${this.boundMs} ms`;
    for (const waiter of expired) waiter.reject(gateError('NOT_CONNECTED', reason, waiter.path));
    this.schedule();
  }
}

function gateError(code: ZkErrorCode, reason: string, path: string): ZkError {
  return new ZkError(code, `${zkErrorMessage(code, path)} (${reason})`, { path });
}
