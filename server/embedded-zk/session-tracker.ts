// Sessions and their expiry, bucketed on tickTime like ZooKeeper's ExpiryQueue: a session touched
// at `now` expires at the first tick boundary after now + timeout, so expiry happens between
// timeout and timeout + tick. Clock, timers and randomness are injected for tests.

import { randomBytes } from 'node:crypto';

export interface Clock {
  now(): number;
}

export interface Scheduler {
  setTimeout(callback: () => void, delayMs: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = { now: () => Date.now() };

export const systemScheduler: Scheduler = {
  setTimeout: (callback, delayMs) => setTimeout(callback, delayMs).unref(),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export interface Session {
  readonly id: bigint;
  readonly password: Buffer;
  timeout: number;
  /** Set once closeSession or expiry has begun; a closing session cannot be reattached. */
  closing: boolean;
  expiresAt: number;
}

export interface SessionTrackerOptions {
  readonly tickTime: number;
  readonly clock?: Clock;
  readonly scheduler?: Scheduler;
  readonly generatePassword?: () => Buffer;
  /** Called from the expiry timer for each session whose bucket has come due. */
  readonly onExpire: (session: Session) => void;
}

const CONTAINER_OWNER = -(1n << 63n);
const MASK_64 = (1n << 64n) - 1n;

/**
 * Session id layout of SessionTrackerImpl: ((time << 24) >>> 8) | (serverId << 56), where a
 * standalone ZooKeeperServer uses server id 1 (hence ids like 0x01000009c1ad0001).
 */
export function initialSessionId(nowMs: number): bigint {
  const id = (((BigInt(nowMs) << 24n) & MASK_64) >> 8n) | (1n << 56n);
  return BigInt.asIntN(64, id);
}

export class SessionTracker {
  private readonly sessions = new Map<bigint, Session>();
  private readonly buckets = new Map<number, Set<Session>>();
  private readonly clock: Clock;
  private readonly scheduler: Scheduler;
  private readonly generatePassword: () => Buffer;
  private nextId: bigint;
  private nextExpiration: number;
  private timer: unknown = null;

  constructor(private readonly options: SessionTrackerOptions) {
    this.clock = options.clock ?? systemClock;
    this.scheduler = options.scheduler ?? systemScheduler;
    this.generatePassword = options.generatePassword ?? (() => randomBytes(16));
    this.nextId = initialSessionId(this.clock.now());
    this.nextExpiration = this.roundToNextTick(this.clock.now());
  }

  start(): void {
    this.schedule();
  }

  stop(): void {
    if (this.timer !== null) this.scheduler.clearTimeout(this.timer);
    this.timer = null;
  }

  create(timeout: number): Session {
    const session: Session = {
      id: this.allocateId(),
      password: this.generatePassword(),
      timeout,
      closing: false,
      expiresAt: 0,
    };
    this.sessions.set(session.id, session);
    this.touch(session, timeout);
    return session;
  }

  get(id: bigint): Session | undefined {
    return this.sessions.get(id);
  }

  all(): Session[] {
    return [...this.sessions.values()];
  }

  /** Any packet from the session's connection pushes its expiry out. */
  touch(session: Session, timeout: number = session.timeout): void {
    session.timeout = timeout;
    const expiresAt = this.roundToNextTick(this.clock.now() + timeout);
    if (expiresAt === session.expiresAt) return;
    this.buckets.get(session.expiresAt)?.delete(session);
    session.expiresAt = expiresAt;
    let bucket = this.buckets.get(expiresAt);
    if (bucket === undefined) this.buckets.set(expiresAt, (bucket = new Set()));
    bucket.add(session);
  }

  remove(id: bigint): void {
    const session = this.sessions.get(id);
    if (session === undefined) return;
    this.sessions.delete(id);
    this.buckets.get(session.expiresAt)?.delete(session);
  }

  /** Pops every bucket whose boundary has passed and marks its sessions closing. */
  expireDue(now: number = this.clock.now()): Session[] {
    const due: Session[] = [];
    while (now >= this.nextExpiration) {
      const bucket = this.buckets.get(this.nextExpiration);
      this.buckets.delete(this.nextExpiration);
      this.nextExpiration += this.options.tickTime;
      for (const session of bucket ?? []) {
        session.closing = true;
        due.push(session);
      }
    }
    return due;
  }

  private schedule(): void {
    const delay = Math.max(0, this.nextExpiration - this.clock.now());
    this.timer = this.scheduler.setTimeout(() => {
      for (const session of this.expireDue()) this.options.onExpire(session);
      if (this.timer !== null) this.schedule();
    }, delay);
  }

  private roundToNextTick(time: number): number {
    const tick = this.options.tickTime;
    return (Math.floor(time / tick) + 1) * tick;
  }

  // Ids that ZooKeeper reserves as markers (0, the container owner, the 0xff TTL prefix) are
  // skipped; they could only come up if the counter wrapped.
  private allocateId(): bigint {
    for (;;) {
      const id = this.nextId;
      this.nextId = BigInt.asIntN(64, this.nextId + 1n);
      const reserved = id === 0n || id === CONTAINER_OWNER || (id >> 56n) === -1n || this.sessions.has(id);
      if (!reserved) return id;
    }
  }
}
