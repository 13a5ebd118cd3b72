import { describe, expect, it } from 'vitest';
import { LoginThrottle } from '../../../server/auth/login-throttle.ts';

const at = (seconds: number) => new Date(Date.UTC(2026, 11, 3) + seconds * 1000);

describe('the sign-in throttle', () => {
  it('locks a user after 5 failures within 15 minutes, for 15 minutes', () => {
    const t = new LoginThrottle();
    for (let i = 0; i < 4; i += 1) t.failed('alice', `10.0.0.${i}`, at(i));
    expect(t.retryAfter('alice', '10.0.9.9', at(10))).toBeUndefined();
    t.failed('alice', '10.0.0.5', at(10));
    expect(t.retryAfter('alice', '10.0.9.9', at(10))).toBe(900);
    expect(t.retryAfter('alice', '10.0.9.9', at(909.5))).toBe(1);
    expect(t.retryAfter('alice', '10.0.9.9', at(910))).toBeUndefined();
    expect(t.retryAfter('bob', '10.0.0.5', at(10))).toBeUndefined();
  });

  it('forgets failures older than the window', () => {
    const t = new LoginThrottle();
    for (let i = 0; i < 4; i += 1) t.failed('alice', 's', at(i));
    t.failed('alice', 's', at(901)); // the first ones are out of the 15-minute window by now
    expect(t.retryAfter('alice', 's', at(901))).toBeUndefined();
  });

  it('locks an address that sprays many user names', () => {
    const t = new LoginThrottle({ maxSourceFailures: 20 });
    for (let i = 0; i < 20; i += 1) t.failed(`user${i}`, '203.0.113.7', at(i));
    expect(t.retryAfter('someone-else', '203.0.113.7', at(20))).toBe(899);
    expect(t.retryAfter('someone-else', '198.51.100.1', at(20))).toBeUndefined();
  });

  it('clears a user’s count on success but not the address’s', () => {
    const t = new LoginThrottle({ maxUserFailures: 3, maxSourceFailures: 4 });
    t.failed('alice', 's', at(0));
    t.failed('alice', 's', at(1));
    t.succeeded('alice', 's');
    t.failed('alice', 's', at(2));
    t.failed('alice', 's', at(3));
    expect(t.retryAfter('alice', 'other', at(3))).toBeUndefined();
    expect(t.retryAfter('bob', 's', at(3))).toBe(900);
  });

  it('keeps memory bounded', () => {
    const t = new LoginThrottle({ maxTracked: 100 });
    for (let i = 0; i < 10_000; i += 1) t.failed(`u${i}`, `s${i}`, at(i));
    expect(t.tracked).toBeLessThanOrEqual(100);
  });
});
