// GET /metrics of a console on a real ZooKeeper, driven through HTTP: each metric moves when its event
// happens — a request (labelled by route pattern, never the raw URL), a registry change, a governance
// write and a conflict, release moves, an event-stream client connecting and leaving.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Health } from '../../../server/contract/health.ts';
import type { Release } from '../../../server/contract/releases.ts';
import { METRICS_ENDPOINT, METRICS_MEDIA_TYPE } from '../../../server/http/routes/metrics-route.ts';
import { expireSession } from '../../support/expire-session.ts';
import { openEventStream } from '../../support/sse-client.ts';
import { metricTypes, parseExposition, sampleValue, scrapeMetrics, type Sample } from '../../support/prometheus-text.ts';
import { requireZooKeeper, useZooKeeper } from '../../support/use-zookeeper.ts';
import { waitFor } from '../../support/wait-for.ts';
import { call, enc } from '../governance-support.ts';
import { CANARY, CART, providerUrl, startMetricsFleet, type MetricsFleet } from './metrics-fleet.ts';

const weightPath = `/api/services/${enc(CART)}/instances/${CANARY}/weight`;
const DASHBOARD = new URL('../../../server/telemetry/grafana-dashboard.json', import.meta.url);

interface DashboardPanel {
  readonly type: string;
  readonly title: string;
  readonly targets?: ReadonlyArray<{ readonly expr: string }>;
}

describe.runIf(requireZooKeeper())('the console’s /metrics', () => {
  const zk = useZooKeeper();
  let fleet: MetricsFleet;
  const url = () => fleet.app.url;
  const scrape = () => scrapeMetrics(url());
  const value = async (name: string, labels: Record<string, string> = {}) => sampleValue(await scrape(), name, labels);

  beforeEach(async () => {
    // A short grace, so the leader pauses a release whose canary left within the test.
    fleet = await startMetricsFleet(zk.connectString, { canaryGraceMs: 300 });
  });
  afterEach(async () => {
    await fleet?.stop();
  });

  it('answers the Prometheus text format in local mode without credentials', async () => {
    const res = await fetch(new URL(METRICS_ENDPOINT.path, url()));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(METRICS_MEDIA_TYPE);
    expect(await res.text()).toMatch(/^# HELP switchboard_/m);
  });

  it('times requests by the route pattern that took them, unknown paths under one label', async () => {
    for (let i = 0; i < 2; i++) expect((await call(url(), 'GET', `/api/services/${enc(CART)}`)).status).toBe(200);
    expect((await call(url(), 'GET', '/api/releases/r-0000000099')).status).toBe(404);
    expect((await call(url(), 'GET', '/api/no/such/thing')).status).toBe(404);
    await scrape();
    const samples = await scrape();
    const count = (route: string, status: string) => sampleValue(samples, 'switchboard_http_request_duration_seconds_count', { method: 'GET', route, status_code: status });
    expect(count('/api/services/:key', '200')).toBe(2);
    expect(count('/api/releases/:id', '404')).toBe(1);
    expect(count('unmatched', '404')).toBe(1);
    expect(count('/metrics', '200')).toBe(1);
    const routes = new Set(samples.filter((s) => s.name.startsWith('switchboard_http_')).map((s) => s.labels['route']));
    expect([...routes].filter((r) => r !== undefined && /CartService|no\/such|r-0000000099/.test(r))).toEqual([]);
  });

  it('labels the built UI’s files and pages `client`, whatever their path', async () => {
    const clientDir = mkdtempSync(join(tmpdir(), 'switchboard-metrics-client-'));
    writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>Switchboard</title>');
    writeFileSync(join(clientDir, 'app.js'), '');
    const withClient = await startMetricsFleet(zk.connectString, { clientDir });
    try {
      for (const path of ['/', '/app.js', '/services/com.shop.CartService', '/topology?focus=x']) {
        expect((await fetch(new URL(path, withClient.app.url))).status, path).toBe(200);
      }
      const samples = await scrapeMetrics(withClient.app.url);
      expect(sampleValue(samples, 'switchboard_http_request_duration_seconds_count', { method: 'GET', route: 'client', status_code: '200' })).toBe(4);
      const routes = new Set(samples.filter((s) => s.name === 'switchboard_http_request_duration_seconds_count').map((s) => s.labels['route']));
      expect([...routes].sort()).toEqual(['client']);
    } finally {
      await withClient.stop();
      rmSync(clientDir, { recursive: true, force: true });
    }
  });

  it('shows the mirror revision, its cold sync, the connection state and the armed watches, and follows registry changes', async () => {
    const health = (await call<Health>(url(), 'GET', '/api/health')).body;
    let samples = await scrape();
    expect(sampleValue(samples, 'switchboard_registry_mirror_revision')).toBe(health.mirror.revision);
    expect(sampleValue(samples, 'switchboard_registry_sync_duration_seconds_count', { kind: 'cold' })).toBe(1);
    expect(sampleValue(samples, 'switchboard_registry_cold_sync_duration_seconds')).toBeGreaterThan(0);
    expect(sampleValue(samples, 'switchboard_registry_syncing')).toBe(0);
    expect(sampleValue(samples, 'switchboard_registry_connection_state', { state: 'connected' })).toBe(1);
    expect(sampleValue(samples, 'switchboard_registry_connection_state', { state: 'disconnected' })).toBe(0);
    // At least the root, the service folder and its providers and consumers categories are watched.
    expect(sampleValue(samples, 'switchboard_zookeeper_watches')).toBeGreaterThanOrEqual(4);
    await fleet.registrar.registerProvider(providerUrl('10.0.0.5'));
    samples = await waitFor(async () => {
      const now = await scrape();
      return (sampleValue(now, 'switchboard_registry_mirror_revision') ?? 0) > health.mirror.revision ? now : undefined;
    }, { message: 'the revision grows after a provider registers' });
    expect(sampleValue(samples, 'switchboard_registry_mirror_revision')).toBe(fleet.app.mirror.snapshot.revision);
  });

  it('records the resync after the console’s session expired, and the watches re-armed', async () => {
    const credentials = fleet.app.registryClient.sessionCredentials();
    if (!credentials) throw new Error('console has no session');
    expect(await value('switchboard_registry_sync_duration_seconds_count', { kind: 'resync' })).toBeUndefined();
    await expireSession(zk.connectString, credentials.sessionId, credentials.password);
    const samples = await waitFor(async () => {
      const now = await scrape();
      return sampleValue(now, 'switchboard_registry_sync_duration_seconds_count', { kind: 'resync' }) === 1 ? now : undefined;
    }, { message: 'one resync counted' });
    expect(sampleValue(samples, 'switchboard_registry_sync_duration_seconds_count', { kind: 'cold' })).toBe(1);
    expect(sampleValue(samples, 'switchboard_registry_connection_state', { state: 'connected' })).toBe(1);
    expect(sampleValue(samples, 'switchboard_zookeeper_watches')).toBeGreaterThanOrEqual(4);
  });

  it('counts governance writes by outcome', async () => {
    expect(await value('switchboard_governance_writes_total', { outcome: 'ok' })).toBeUndefined();
    expect((await call(url(), 'PUT', weightPath, { weight: 50 })).status).toBe(200);
    expect((await call(url(), 'PUT', weightPath, { weight: 50 })).status).toBe(200); // already in effect
    expect((await call(url(), 'PUT', weightPath, { weight: 60, dryRun: true })).status).toBe(200); // a preview: not a write
    expect((await call(url(), 'PUT', weightPath, { weight: 70, expectedVersion: 7 })).status).toBe(409);
    expect((await call(url(), 'PUT', `/api/services/${enc(CART)}/instances/10.9.9.9:20880/weight`, { weight: 5 })).status).toBe(404);
    const samples = await scrape();
    const writes = (outcome: string) => sampleValue(samples, 'switchboard_governance_writes_total', { outcome });
    expect([writes('ok'), writes('noop'), writes('conflict'), writes('refused'), writes('error')]).toEqual([1, 1, 1, 1, undefined]);
  });

  it('counts release moves by from, to and cause', async () => {
    const created = await call<Release>(url(), 'POST', '/api/releases', {
      application: 'cart', service: CART, mode: 'weighted', canary: { addresses: [CANARY] }, steps: [10, 50], holdSeconds: 60, start: true,
    });
    expect(created.status).toBe(201);
    expect((await call(url(), 'POST', `/api/releases/${created.body.id}/pause`, {})).status).toBe(200);
    expect((await call(url(), 'POST', `/api/releases/${created.body.id}/advance`, {})).status).toBe(409); // refused: no move
    expect((await call(url(), 'POST', `/api/releases/${created.body.id}/rollback`, {})).status).toBe(200);
    const samples = await scrape();
    const moves = samples.filter((s) => s.name === 'switchboard_release_transitions_total').map((s) => `${s.labels['from']}→${s.labels['to']}:${s.labels['cause']}=${s.value}`);
    expect(moves.sort()).toEqual(['draft→running:operator=1', 'paused→rolled-back:operator=1', 'running→paused:operator=1']);
    // Each release move that writes a rule is a governance write too.
    expect(sampleValue(samples, 'switchboard_governance_writes_total', { outcome: 'ok' })).toBe(2);
  });

  it('counts the pause the release leader makes when the canary leaves the registry, by its cause', async () => {
    await waitFor(() => fleet.app.releaseLeader.isLeader, { message: 'this console leads releases' });
    const created = await call<Release>(url(), 'POST', '/api/releases', {
      application: 'cart', service: CART, mode: 'weighted', canary: { addresses: [CANARY] }, steps: [10, 50], holdSeconds: 600, start: true,
    });
    expect(created.status).toBe(201);
    await fleet.registrar.unregister(providerUrl('10.0.0.1'));
    const paused = { from: 'running', to: 'paused', cause: 'canary-gone' };
    await waitFor(async () => (await value('switchboard_release_transitions_total', paused)) === 1, { message: 'the leader’s canary-gone pause counted' });
    expect(await value('switchboard_release_leader')).toBe(1);
  });

  it('counts event-stream clients while they are connected, and never times their stream', async () => {
    const connected = (samples: Sample[]) => sampleValue(samples, 'switchboard_sse_clients');
    expect(connected(await scrape())).toBe(0);
    const stream = await openEventStream(new URL('/api/events', url()).toString());
    try {
      await waitFor(async () => connected(await scrape()) === 1, { message: 'one SSE client counted' });
    } finally {
      stream.close();
    }
    const after = await waitFor(async () => {
      const now = await scrape();
      return connected(now) === 0 ? now : undefined;
    }, { message: 'the SSE client is gone from the count' });
    expect(after.filter((s) => s.name.startsWith('switchboard_http_') && s.labels['route'] === '/api/events')).toEqual([]);
  });

  it('exposes every metric the sample Grafana dashboard queries', async () => {
    const dashboard = JSON.parse(readFileSync(DASHBOARD, 'utf8')) as { panels: DashboardPanel[]; templating: { list: Array<{ definition?: string }> } };
    const exprs = [
      ...dashboard.panels.filter((p) => p.type !== 'row').flatMap((p) => {
        expect(p.targets?.length ?? 0, p.title).toBeGreaterThan(0);
        return (p.targets ?? []).map((t) => t.expr);
      }),
      ...dashboard.templating.list.flatMap((v) => (v.definition === undefined ? [] : [v.definition])),
    ];
    const used = new Set(exprs.flatMap((expr) => expr.match(/\bswitchboard_[a-z0-9_]+/g) ?? []));
    expect(used.size).toBeGreaterThan(15);
    const text = await (await fetch(new URL('/metrics', url()))).text();
    // A labelled family nothing has moved yet (say, no CAS conflict) is exposed by its TYPE line only.
    const exposed = new Set(parseExposition(text).map((s) => s.name));
    for (const [family, type] of metricTypes(text)) {
      exposed.add(family);
      if (type === 'histogram') for (const suffix of ['_bucket', '_count', '_sum']) exposed.add(family + suffix);
    }
    expect([...used].filter((name) => !exposed.has(name))).toEqual([]);
  });
});
