// A real Prometheus scrapes the console's /metrics: the target comes up and queries answer the
// switchboard_* series a test caused (requests on a route, the mirror revision, the connection state).
// In team mode a scrape with an API token (authorization: Bearer) succeeds and one without is refused (401).

import { afterEach, describe, expect, it } from 'vitest';
import { requirePrometheus, startPrometheus, type RunningPrometheus } from '../../support/prometheus.ts';
import { requireZooKeeper, useZooKeeper } from '../../support/use-zookeeper.ts';
import { waitFor } from '../../support/wait-for.ts';
import { call, enc } from '../governance-support.ts';
import { personOf, sessionCaller, startTeamConsole } from '../security/team-console.ts';
import { CART, startMetricsFleet } from './metrics-fleet.ts';

const hostOf = (url: string): string => new URL(url).host;

describe.runIf(requireZooKeeper() && requirePrometheus())('Prometheus scraping the console', () => {
  const zk = useZooKeeper();
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  /** Polls the query until Prometheus has scraped the expected value. */
  const scraped = (prometheus: RunningPrometheus, expr: string, expected: number) =>
    waitFor(async () => (await prometheus.query(expr))[0]?.value === expected, { timeoutMs: 30_000, intervalMs: 200, message: `${expr} = ${expected}` });

  it('scrapes a local-mode console and answers its series', async () => {
    const fleet = await startMetricsFleet(zk.connectString);
    cleanups.push(() => fleet.stop());
    for (let i = 0; i < 3; i++) expect((await call(fleet.app.url, 'GET', `/api/services/${enc(CART)}`)).status).toBe(200);
    const prometheus = await startPrometheus([{ job: 'switchboard', address: hostOf(fleet.app.url) }]);
    cleanups.push(() => prometheus.stop());
    expect(await prometheus.waitForTarget('switchboard', 'up')).toMatchObject({ lastError: '' });
    await scraped(prometheus, 'up{job="switchboard"}', 1);
    await scraped(prometheus, 'sum(switchboard_http_request_duration_seconds_count{route="/api/services/:key",status_code="200"})', 3);
    await scraped(prometheus, 'switchboard_registry_mirror_revision', fleet.app.mirror.snapshot.revision);
    await scraped(prometheus, 'switchboard_registry_connection_state{state="connected"}', 1);
    await scraped(prometheus, 'switchboard_registry_sync_duration_seconds_count{kind="cold"}', 1);
    const lag = await prometheus.query('switchboard_nodejs_eventloop_lag_seconds');
    expect(lag[0]?.value).toBeGreaterThanOrEqual(0);
  });

  it('in team mode, scrapes with a viewer’s API token and is refused without one', async () => {
    const team = await startTeamConsole(zk.connectString);
    cleanups.push(() => team.stop());
    const viewer = await sessionCaller(team.app.url, personOf('viewer'));
    const created = await fetch(new URL('/api/tokens', team.app.url), { method: 'POST', headers: viewer.write, body: JSON.stringify({ name: 'prometheus' }) });
    const { token } = (await created.json()) as { token: string };
    expect(token).toMatch(/^sbt_/);
    const prometheus = await startPrometheus([
      { job: 'with-token', address: hostOf(team.app.url), bearer: token },
      { job: 'without-token', address: hostOf(team.app.url) },
    ]);
    cleanups.push(() => prometheus.stop());
    expect(await prometheus.waitForTarget('with-token', 'up')).toMatchObject({ lastError: '' });
    expect((await prometheus.waitForTarget('without-token', 'down')).lastError).toMatch(/401/);
    await scraped(prometheus, 'switchboard_registry_connection_state{job="with-token",state="connected"}', 1);
    expect(await prometheus.query('switchboard_registry_mirror_revision{job="without-token"}')).toEqual([]);
    // The refused scrapes reached the console and were counted there, on its own route.
    await scraped(prometheus, 'sum(switchboard_http_request_duration_seconds_count{job="with-token",route="/metrics",status_code="401"}) > bool 0', 1);
  });
});
