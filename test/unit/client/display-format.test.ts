import { afterEach, describe, expect, it } from 'vitest';
import { formatCount, formatRetryIn, formatShare, formatSince, formatTimestamp } from '../../../client/lib/display-format.ts';
import { setLanguage } from '../../../client/i18n/i18n.ts';

describe('display formats', () => {
  it.each([
    [0, '0%'],
    [-1, '0%'],
    [Number.NaN, '0%'],
    [0.0004, '<0.1%'],
    [0.0123, '1.2%'],
    [0.5, '50%'],
    [1, '100%'],
  ])('formatShare(%d) = %s', (share, text) => {
    expect(formatShare(share)).toBe(text);
  });

  it('groups thousands', () => {
    expect(formatCount(12345)).toBe('12,345');
  });

  it.each([
    [3_000, 'just now'],
    [45_000, '45 seconds ago'],
    [5 * 60_000, '5 minutes ago'],
    [3 * 3_600_000, '3 hours ago'],
    [2 * 86_400_000, '2 days ago'],
  ])('formatSince %i ms ago', (ago, text) => {
    const now = Date.parse('2025-06-01T12:00:00Z');
    expect(formatSince(new Date(now - ago).toISOString(), now)).toBe(text);
  });

  it('passes through a timestamp it cannot read', () => {
    expect(formatSince('yesterday-ish', 0)).toBe('yesterday-ish');
  });
});

describe('formatRetryIn', () => {
  const now = Date.parse('2025-01-01T00:00:00Z');
  it.each([
    [null, 'retrying…'],
    ['2024-12-31T23:59:59Z', 'retrying…'],
    ['2025-01-01T00:00:00.200Z', 'retry in 1 s'],
    ['2025-01-01T00:00:04Z', 'retry in 4 s'],
    ['2025-01-01T00:05:00Z', 'retry in 5 min'],
  ])('formatRetryIn(%s)', (at, text) => {
    expect(formatRetryIn(at, now)).toBe(text);
  });
});

describe('display formats in Chinese', () => {
  const now = Date.parse('2025-06-01T12:00:00Z');
  afterEach(async () => {
    await setLanguage('en');
  });

  it('reads relative times, retries and numbers the Chinese way', async () => {
    await setLanguage('zh');
    expect(formatSince(new Date(now - 5 * 60_000).toISOString(), now)).toBe('5分钟前');
    expect(formatSince(new Date(now - 3_000).toISOString(), now)).toBe('刚刚');
    expect(formatRetryIn('2025-06-01T12:00:04Z', now)).toBe('4 秒后重试');
    expect(formatCount(12345)).toBe('12,345');
    expect(formatTimestamp('2025-06-01T12:00:00Z')).toMatch(/2025年6月01日/);
  });
});
