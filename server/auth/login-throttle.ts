/**
 * Sign-in rate limits: per user name and per client address, failures are counted in a sliding window;
 * past the limit, that name (or address) is locked out for a while and sign-in answers 429 with
 * Retry-After. Success clears the user's count (not the address's: one right password must not excuse a
 * spray from the same address). Pure — the caller passes the time — and bounded in memory. The counts
 * live in each replica's memory: behind a load balancer an attacker gets the limit once per replica,
 * which still turns an online guessing attack from millions of tries into tens per lockout period.
 */

export interface LoginThrottleOptions {
  readonly maxUserFailures?: number;
  readonly maxSourceFailures?: number;
  readonly windowMs?: number;
  readonly lockoutMs?: number;
  /** Tracked names and addresses, together; the least recently failed are forgotten first. */
  readonly maxTracked?: number;
}

interface Record {
  failures: number[];
  lockedUntil: number;
}

export class LoginThrottle {
  private readonly records = new Map<string, Record>();
  private readonly maxUser: number;
  private readonly maxSource: number;
  private readonly windowMs: number;
  private readonly lockoutMs: number;
  private readonly maxTracked: number;

  constructor(options: LoginThrottleOptions = {}) {
    this.maxUser = options.maxUserFailures ?? 5;
    this.maxSource = options.maxSourceFailures ?? 20;
    this.windowMs = options.windowMs ?? 15 * 60_000;
    this.lockoutMs = options.lockoutMs ?? 15 * 60_000;
    this.maxTracked = options.maxTracked ?? 10_000;
  }

  /** Undefined when a sign-in may go ahead; else the whole seconds until it may. */
  retryAfter(user: string, source: string, now: Date): number | undefined {
    const until = Math.max(this.lockedUntil(`u:${user}`), this.lockedUntil(`s:${source}`));
    const wait = until - now.getTime();
    return wait > 0 ? Math.ceil(wait / 1000) : undefined;
  }

  failed(user: string, source: string, now: Date): void {
    this.count(`u:${user}`, this.maxUser, now.getTime());
    this.count(`s:${source}`, this.maxSource, now.getTime());
  }

  succeeded(user: string, _source: string): void {
    this.records.delete(`u:${user}`);
  }

  get tracked(): number {
    return this.records.size;
  }

  private lockedUntil(key: string): number {
    return this.records.get(key)?.lockedUntil ?? 0;
  }

  private count(key: string, max: number, at: number): void {
    const record = this.records.get(key) ?? { failures: [], lockedUntil: 0 };
    this.records.delete(key); // re-inserted last: Map order is the eviction order
    record.failures = record.failures.filter((t) => at - t < this.windowMs);
    record.failures.push(at);
    if (record.failures.length >= max) {
      record.lockedUntil = at + this.lockoutMs;
      record.failures = [];
    }
    this.records.set(key, record);
    while (this.records.size > this.maxTracked) {
      const oldest = this.records.keys().next().value;
      if (oldest === undefined) break;
      this.records.delete(oldest);
    }
  }
}
