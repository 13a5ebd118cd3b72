import { describe, expect, it } from 'vitest';
import type { GovernanceResult } from '@contract/governance.ts';
import { confirmWrites, expectedProviders, expectationsMet, expireWrites, pendingFor } from '../../../client/features/governance/pending-write.ts';
import type { PendingWrite } from '../../../client/features/governance/pending-write.ts';

const side = (weight: number, enabled: boolean, share: number) => ({ weight, enabled, share });
const result = {
  preview: [
    {
      serviceKey: 'a.B',
      release: '2.7.8',
      predictable: { before: true, after: true },
      notes: [],
      providers: [
        { address: '10.0.0.3:20880', application: 'x', targeted: false, weightMadeExplicit: false, before: side(300, true, 0.75), after: side(300, true, 0.375) },
        { address: '10.0.0.4:20880', application: 'x', targeted: true, weightMadeExplicit: false, before: side(100, true, 0.25), after: side(500, true, 0.625) },
      ],
    },
  ],
} as unknown as GovernanceResult;

describe('pending writes', () => {
  it('expects what the server predicted, or else what was asked', () => {
    expect(expectedProviders({ action: 'set-weight', target: { scope: 'service', serviceKey: 'a.B' }, addresses: ['10.0.0.4:20880'], weight: 500 }, result)).toEqual([
      { serviceKey: 'a.B', address: '10.0.0.4:20880', weight: 500, enabled: true },
    ]);
    expect(expectedProviders({ action: 'disable', target: { scope: 'service', serviceKey: 'a.B' }, addresses: ['10.0.0.9:1'] }, result)).toEqual([
      { serviceKey: 'a.B', address: '10.0.0.9:1', weight: undefined, enabled: false },
    ]);
  });

  it('is confirmed only once the refetched detail shows the intended state', () => {
    const expected = [{ serviceKey: 'a.B', address: '10.0.0.4:20880', weight: 500, enabled: true }];
    expect(expectationsMet([{ address: '10.0.0.4:20880', weight: 100, enabled: true }], expected)).toBe(false);
    expect(expectationsMet([], expected)).toBe(false);
    expect(expectationsMet([{ address: '10.0.0.4:20880', weight: 500, enabled: true }], expected)).toBe(true);
  });

  it('moves applying → confirmed on a matching refetch, applying → waiting after the timeout', () => {
    const write: PendingWrite = { id: 1, subject: 'service:a.B', description: 'x', expected: [{ serviceKey: 'a.B', address: '10.0.0.4:20880', weight: 500, enabled: true }], startedAt: 1000, status: 'applying' };
    expect(expireWrites([write], 10_999, 10_000)[0]?.status).toBe('applying');
    expect(expireWrites([write], 11_000, 10_000)[0]?.status).toBe('waiting');
    expect(confirmWrites([write], 'service:a.B', [{ address: '10.0.0.4:20880', weight: 100, enabled: true }])[0]?.status).toBe('applying');
    const confirmed = confirmWrites([write], 'service:a.B', [{ address: '10.0.0.4:20880', weight: 500, enabled: true }]);
    expect(confirmed[0]?.status).toBe('confirmed');
    expect(pendingFor([write], 'service:a.B', '10.0.0.4:20880')).toBe(write);
    expect(pendingFor(confirmed, 'service:a.B', '10.0.0.4:20880')).toBeUndefined();
    expect(pendingFor([write], 'service:a.B', '10.0.0.3:20880')).toBeUndefined();
  });

  it('at application scope expects every service row of the instance, and confirms only when all of them hold', () => {
    const two = {
      preview: [
        { ...result.preview[0], serviceKey: 'a.B' },
        { ...result.preview[0], serviceKey: 'c.D' },
      ],
    } as unknown as GovernanceResult;
    const intent = { action: 'set-weight', target: { scope: 'application', application: 'x' }, addresses: ['10.0.0.4:20880'], weight: 500 } as const;
    const expected = expectedProviders(intent, two);
    expect(expected).toEqual([
      { serviceKey: 'a.B', address: '10.0.0.4:20880', weight: 500, enabled: true },
      { serviceKey: 'c.D', address: '10.0.0.4:20880', weight: 500, enabled: true },
    ]);
    const row = (serviceKey: string, weight: number) => ({ serviceKey, address: '10.0.0.4:20880', weight, enabled: true });
    expect(expectationsMet([row('a.B', 500), row('c.D', 100)], expected)).toBe(false);
    expect(expectationsMet([row('a.B', 500), row('c.D', 500)], expected)).toBe(true);
    const unpredicted = expectedProviders({ ...intent, addresses: ['10.0.0.9:1'] }, two);
    expect(unpredicted).toEqual([{ serviceKey: undefined, address: '10.0.0.9:1', weight: 500, enabled: undefined }]);
    expect(expectationsMet([{ ...row('a.B', 500), address: '10.0.0.9:1' }, { ...row('c.D', 100), address: '10.0.0.9:1' }], unpredicted)).toBe(false);
  });
});
