// The console's metrics alone: each observer call and each source moves its series, consoles in one process
// keep their own registries, and every name follows the Prometheus conventions (prefix, units, _total).

import { describe, expect, it } from 'vitest';
import type { RegistryState } from '../../../server/contract/health.ts';
import type { ReleaseTransition } from '../../../server/contract/releases.ts';
import { ConsoleTelemetry } from '../../../server/telemetry/console-telemetry.ts';
import { metricTypes, parseExposition, sampleValue } from '../../support/prometheus-text.ts';

function telemetry() {
  const state = { revision: 7, registry: 'connecting' as RegistryState, syncing: true, watches: 3, sse: 0, leader: false };
  const metrics = new ConsoleTelemetry({
    version: '9.9.9-test',
    source: {
      revision: () => state.revision,
      state: () => state.registry,
      syncing: () => state.syncing,
      watchCount: () => state.watches,
      sseClients: () => state.sse,
      leadsReleases: () => state.leader,
    },
  });
  const scrape = async () => parseExposition(await metrics.scrape());
  return { state, metrics, scrape };
}

const entry = (from: string, to: string, kind: ReleaseTransition['kind']): ReleaseTransition =>
  ({ at: '2026-01-01T00:00:00.000Z', from: { state: from, step: null }, to: { state: to, step: 0 }, kind, actor: 'a', reason: '' }) as ReleaseTransition;

describe('console telemetry', () => {
  it('reads the gauges from their sources at scrape time', async () => {
    const t = telemetry();
    let samples = await t.scrape();
    expect(sampleValue(samples, 'switchboard_registry_mirror_revision')).toBe(7);
    expect(sampleValue(samples, 'switchboard_registry_syncing')).toBe(1);
    expect(sampleValue(samples, 'switchboard_registry_connection_state', { state: 'connecting' })).toBe(1);
    expect(sampleValue(samples, 'switchboard_registry_connection_state', { state: 'connected' })).toBe(0);
    expect(sampleValue(samples, 'switchboard_zookeeper_watches')).toBe(3);
    expect(sampleValue(samples, 'switchboard_sse_clients')).toBe(0);
    expect(sampleValue(samples, 'switchboard_release_leader')).toBe(0);
    expect(sampleValue(samples, 'switchboard_build_info', { version: '9.9.9-test' })).toBe(1);
    Object.assign(t.state, { revision: 8, registry: 'connected', syncing: false, watches: 40, sse: 2, leader: true });
    samples = await t.scrape();
    expect(sampleValue(samples, 'switchboard_registry_mirror_revision')).toBe(8);
    expect(sampleValue(samples, 'switchboard_registry_syncing')).toBe(0);
    expect(sampleValue(samples, 'switchboard_registry_connection_state', { state: 'connected' })).toBe(1);
    expect(sampleValue(samples, 'switchboard_registry_connection_state', { state: 'connecting' })).toBe(0);
    expect(sampleValue(samples, 'switchboard_registry_connection_state', { state: 'disconnected' })).toBe(0);
    expect(sampleValue(samples, 'switchboard_zookeeper_watches')).toBe(40);
    expect(sampleValue(samples, 'switchboard_sse_clients')).toBe(2);
    expect(sampleValue(samples, 'switchboard_release_leader')).toBe(1);
  });

  it('records requests by method, route and status, and syncs by kind', async () => {
    const t = telemetry();
    t.metrics.http.request({ method: 'GET', route: '/api/services/:key', statusCode: 200, seconds: 0.003 });
    t.metrics.http.request({ method: 'GET', route: '/api/services/:key', statusCode: 200, seconds: 0.2 });
    t.metrics.http.request({ method: 'GET', route: 'unmatched', statusCode: 404, seconds: 0.001 });
    t.metrics.synced({ kind: 'cold', seconds: 1.5, revision: 1 });
    t.metrics.synced({ kind: 'resync', seconds: 0.25, revision: 9 });
    const samples = await t.scrape();
    const route = { method: 'GET', route: '/api/services/:key', status_code: '200' };
    expect(sampleValue(samples, 'switchboard_http_request_duration_seconds_count', route)).toBe(2);
    expect(sampleValue(samples, 'switchboard_http_request_duration_seconds_sum', route)).toBeCloseTo(0.203);
    expect(sampleValue(samples, 'switchboard_http_request_duration_seconds_bucket', { ...route, le: '0.005' })).toBe(1);
    expect(sampleValue(samples, 'switchboard_http_request_duration_seconds_count', { route: 'unmatched', status_code: '404' })).toBe(1);
    expect(sampleValue(samples, 'switchboard_registry_sync_duration_seconds_count', { kind: 'cold' })).toBe(1);
    expect(sampleValue(samples, 'switchboard_registry_sync_duration_seconds_count', { kind: 'resync' })).toBe(1);
    expect(sampleValue(samples, 'switchboard_registry_cold_sync_duration_seconds')).toBe(1.5);
    expect(sampleValue(samples, 'switchboard_registry_last_sync_duration_seconds')).toBe(0.25);
  });

  it('counts writes by outcome, lost compare-and-sets by code and release moves by from, to and cause', async () => {
    const t = telemetry();
    t.metrics.governance.ruleWrite('ok');
    t.metrics.governance.ruleWrite('ok');
    t.metrics.governance.ruleWrite('conflict');
    t.metrics.governance.casConflict('BAD_VERSION');
    t.metrics.releases.transition(entry('draft', 'running', 'operator'));
    t.metrics.releases.transition(entry('running', 'paused', 'canary-gone'));
    const samples = await t.scrape();
    expect(sampleValue(samples, 'switchboard_governance_writes_total', { outcome: 'ok' })).toBe(2);
    expect(sampleValue(samples, 'switchboard_governance_writes_total', { outcome: 'conflict' })).toBe(1);
    expect(sampleValue(samples, 'switchboard_governance_writes_total', { outcome: 'error' })).toBeUndefined();
    expect(sampleValue(samples, 'switchboard_governance_cas_conflicts_total', { code: 'BAD_VERSION' })).toBe(1);
    expect(sampleValue(samples, 'switchboard_release_transitions_total', { from: 'draft', to: 'running', cause: 'operator' })).toBe(1);
    expect(sampleValue(samples, 'switchboard_release_transitions_total', { from: 'running', to: 'paused', cause: 'canary-gone' })).toBe(1);
  });

  it('keeps each console’s counts to itself, and shares only the process metrics', async () => {
    const a = telemetry();
    const b = telemetry();
    a.metrics.governance.ruleWrite('ok');
    expect(sampleValue(await a.scrape(), 'switchboard_governance_writes_total', { outcome: 'ok' })).toBe(1);
    expect(sampleValue(await b.scrape(), 'switchboard_governance_writes_total', { outcome: 'ok' })).toBeUndefined();
    const lag = (samples: Awaited<ReturnType<typeof a.scrape>>) => sampleValue(samples, 'switchboard_nodejs_eventloop_lag_seconds');
    expect(lag(await a.scrape())).toBeGreaterThanOrEqual(0);
    expect(lag(await b.scrape())).toBeGreaterThanOrEqual(0);
  });

  it('names every metric switchboard_*; its own counters *_total, its histograms in seconds', async () => {
    const types = metricTypes(await telemetry().metrics.scrape());
    expect(types.size).toBeGreaterThan(20);
    expect([...types.keys()].filter((name) => !name.startsWith('switchboard_'))).toEqual([]);
    // prom-client names its process metrics itself (e.g. gauges called *_active_handles_total): not ours to rename.
    const own = [...types].filter(([name]) => !/^switchboard_(process|nodejs)_/.test(name));
    const misnamed = own.filter(([name, type]) => (type === 'counter') !== name.endsWith('_total') || (type === 'histogram' && !name.endsWith('_seconds')));
    expect(own.length).toBeGreaterThan(10);
    expect(misnamed).toEqual([]);
  });
});
