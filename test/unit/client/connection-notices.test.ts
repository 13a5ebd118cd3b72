import { describe, expect, it } from 'vitest';
import type { Health } from '@contract/health.ts';
import { ApiRequestError } from '../../../client/lib/api-client.ts';
import { connectionNotices } from '../../../client/lib/connection-notices.ts';
import { withRegistryStatus } from '../../../client/lib/health-query.ts';

const healthy: Health = {
  status: 'ok',
  registry: {
    address: 'zookeeper://zk:2181',
    state: 'connected',
    syncing: false,
    lastSyncAt: '2025-01-01T00:00:00Z',
    unreachable: false,
    failedAttempts: 0,
    lastError: null,
    nextRetryAt: null,
  },
  mirror: { revision: 42, services: 3, providers: 5, consumers: 2, applications: 2, warnings: 0 },
  version: '0.1.0',
  replica: { leadsReleases: true },
};
const registry = (patch: Partial<Health['registry']>): Health => ({ ...healthy, registry: { ...healthy.registry, ...patch } });
const ids = (health: Health | undefined, healthError: unknown, stream: 'connecting' | 'open' | 'down') =>
  connectionNotices({ health, healthError, stream }).map((notice) => `${notice.id}:${notice.tone}`);

describe('connectionNotices', () => {
  it('is silent when everything is fine, or while the stream first connects', () => {
    expect(ids(healthy, null, 'open')).toEqual([]);
    expect(ids(healthy, null, 'connecting')).toEqual([]);
    expect(ids(undefined, null, 'connecting')).toEqual([]);
  });

  it('names the registry state and the revision being shown', () => {
    const [notice] = connectionNotices({ health: registry({ state: 'disconnected' }), healthError: null, stream: 'open' });
    expect(notice?.tone).toBe('danger');
    expect(notice?.title).toMatch(/^Registry disconnected — showing the last known state, revision 42/);
    expect(notice?.detail).toContain('zookeeper://zk:2181');
    expect(ids(registry({ state: 'connecting' }), null, 'open')).toEqual(['registry:warning']);
    expect(ids(registry({ syncing: true }), null, 'open')).toEqual(['registry:info']);
  });

  it('names an unreachable registry, the last error and the next attempt', () => {
    const outage = {
      unreachable: true,
      failedAttempts: 3,
      lastError: { code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:1', server: '127.0.0.1:1', at: '2025-01-01T00:00:01Z' },
      nextRetryAt: '2025-01-01T00:00:05Z',
    } as const;
    const [never] = connectionNotices({ health: registry({ ...outage, state: 'connecting', syncing: true, lastSyncAt: null }), healthError: null, stream: 'open' });
    expect(never).toMatchObject({ tone: 'danger', retry: { at: '2025-01-01T00:00:05Z' } });
    expect(never?.title).toBe('Registry unreachable: zookeeper://zk:2181 — connect ECONNREFUSED 127.0.0.1:1.');
    expect(never?.detail).toMatch(/Nothing has been read from it yet \(3 failed connection attempts\)/);
    const [lost] = connectionNotices({ health: registry({ ...outage, state: 'disconnected' }), healthError: null, stream: 'open' });
    expect(lost?.title).toMatch(/^Registry disconnected — showing the last known state, revision 42/);
    expect(lost?.detail).toContain('3 failed attempts, the last: connect ECONNREFUSED 127.0.0.1:1');
    expect(lost?.retry).toEqual({ at: '2025-01-01T00:00:05Z' });
    // The first attempt still under way: connecting, not unreachable.
    expect(connectionNotices({ health: registry({ state: 'connecting' }), healthError: null, stream: 'open' })[0]).not.toHaveProperty('retry');
  });

  it('says live updates are paused when the stream is down', () => {
    const notices = connectionNotices({ health: healthy, healthError: null, stream: 'down' });
    expect(notices.map((notice) => notice.title)).toEqual(['Live updates paused, reconnecting…']);
  });

  it('reports an unreachable server instead of a registry state it cannot know', () => {
    const unreachable = new ApiRequestError({ status: 0, code: 'NETWORK_ERROR', message: 'down' });
    expect(ids(registry({ state: 'disconnected' }), unreachable, 'down')).toEqual(['server:danger', 'stream:warning']);
  });
});

describe('withRegistryStatus', () => {
  it('applies a newer status event to cached health', () => {
    const next = withRegistryStatus(healthy, { revision: 43, state: 'connecting', syncing: false });
    expect(next?.registry.state).toBe('connecting');
    expect(next?.status).toBe('degraded');
    expect(next?.mirror.revision).toBe(43);
  });

  it('ignores events older than the cache, and an empty cache', () => {
    expect(withRegistryStatus(healthy, { revision: 41, state: 'disconnected', syncing: false })).toBe(healthy);
    expect(withRegistryStatus(undefined, { revision: 50, state: 'connected', syncing: false })).toBeUndefined();
  });
});
