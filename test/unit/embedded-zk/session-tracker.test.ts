import { describe, expect, it } from 'vitest';
import { initialSessionId, SessionTracker, type Session } from '../../../server/embedded-zk/session-tracker.ts';
import { FakeTime } from './fake-time.ts';

function tracker(time: FakeTime, expired: Session[]): SessionTracker {
  return new SessionTracker({
    tickTime: 2000,
    clock: time,
    scheduler: time,
    generatePassword: () => Buffer.alloc(16, 1),
    onExpire: (session) => expired.push(session),
  });
}

describe('SessionTracker', () => {
  it('lays session ids out as (time << 24) >>> 8 and increments them', () => {
    expect(initialSessionId(0x9c1ad_0000)).toBe(0x0109_c1ad_0000_0000n);
    const time = new FakeTime(1_700_000_000_000);
    const sessions = tracker(time, []);
    const a = sessions.create(4000);
    const b = sessions.create(4000);
    expect(b.id - a.id).toBe(1n);
    expect(a.id >> 56n).toBe(1n);
  });

  it('expires a session at the first tick boundary after timeout, i.e. within [timeout, timeout + tick)', () => {
    const time = new FakeTime(1_000_500);
    const expired: Session[] = [];
    const sessions = tracker(time, expired);
    sessions.start();
    const session = sessions.create(4000);
    expect(session.expiresAt).toBe(1_006_000);
    time.advance(5499);
    expect(expired).toEqual([]);
    time.advance(1);
    expect(expired.map((s) => s.id)).toEqual([session.id]);
    expect(session.closing).toBe(true);
    sessions.stop();
    expect(time.pendingTimers).toBe(0);
  });

  it('postpones expiry on touch and forgets removed sessions', () => {
    const time = new FakeTime(1_000_000);
    const expired: Session[] = [];
    const sessions = tracker(time, expired);
    sessions.start();
    const kept = sessions.create(4000);
    const removed = sessions.create(4000);
    sessions.remove(removed.id);
    for (let i = 0; i < 5; i += 1) {
      time.advance(3000);
      sessions.touch(kept);
    }
    expect(expired).toEqual([]);
    time.advance(10_000);
    expect(expired.map((s) => s.id)).toEqual([kept.id]);
    expect(sessions.get(removed.id)).toBeUndefined();
    sessions.stop();
  });

  it('catches up on several buckets when the timer fires late', () => {
    const time = new FakeTime(1_000_000);
    const expired: Session[] = [];
    const sessions = tracker(time, expired);
    const a = sessions.create(4000);
    const b = sessions.create(8000);
    expect(sessions.expireDue(1_020_000).map((s) => s.id)).toEqual([a.id, b.id]);
  });
});
