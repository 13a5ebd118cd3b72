// `npm start -- --registry zookeeper://127.0.0.1:<closed port>` as an operator meets it: health names the
// registry unreachable with its address, the last error and the next attempt; registry reads and
// ZooKeeper-backed calls answer 503 REGISTRY_UNAVAILABLE at once instead of waiting out the client's
// connection wait (set to 60 s here, so an answer within the 20 s fetch bound proves the fail-fast);
// the terminal gets one short line per failed attempt, no stack; and when a ZooKeeper starts on that
// port the console connects, logs the recovery and serves.

import { afterEach, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../server/contract/api-error.ts';
import { healthSchema, type Health } from '../../server/contract/health.ts';
import { closedPort } from '../support/closed-port.ts';
import { startConsoleProcess, type ConsoleProcess } from '../support/console-process.ts';
import { requireZooKeeper } from '../support/use-zookeeper.ts';
import { waitFor } from '../support/wait-for.ts';
import { startZooKeeper, type ZooKeeperProcess } from '../support/zookeeper-server.ts';

/** The console's wait for a connection (the registry address' `timeout`): far above the fetch bound. */
const CONNECT_WAIT_MS = 60_000;
const FETCH_BOUND_MS = 20_000;
const ATTEMPT_LINE = /^ZooKeeper connection attempt (\d+) failed: connect ECONNREFUSED 127\.0\.0\.1:(\d+); next attempt in \d+ s$/;

async function get(url: URL): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url, { signal: AbortSignal.timeout(FETCH_BOUND_MS) });
  return { status: response.status, body: await response.json() };
}

describe.runIf(requireZooKeeper())('a console whose registry is unreachable', () => {
  let app: ConsoleProcess | undefined;
  let zookeeper: ZooKeeperProcess | undefined;

  afterEach(async () => {
    app?.kill();
    app = undefined;
    await zookeeper?.stop();
    zookeeper = undefined;
  });

  it('says so in health, fails registry calls fast, logs one line per attempt, and recovers', async () => {
    const port = await closedPort();
    const started = startConsoleProcess(['--port', '0', '--registry', `zookeeper://127.0.0.1:${port}?timeout=${CONNECT_WAIT_MS}`], {
      SWITCHBOARD_LOG_LEVEL: 'info',
    });
    app = started;
    const url = await started.consoleUrl();
    const logLines = started.logLines;

    // Health: unreachable, with the address, the last error and when the next attempt starts.
    const health: Health = await waitFor(
      async () => {
        const body = healthSchema.parse((await get(new URL('/api/health', url))).body);
        return body.registry.failedAttempts >= 2 ? body : undefined;
      },
      { timeoutMs: 20_000, message: 'two failed attempts in /api/health' },
    );
    expect(health.status).toBe('degraded');
    expect(health.registry).toMatchObject({
      address: `zookeeper://127.0.0.1:${port}`,
      state: 'connecting',
      unreachable: true,
      lastSyncAt: null,
      lastError: { code: 'ECONNREFUSED', server: `127.0.0.1:${port}`, message: `connect ECONNREFUSED 127.0.0.1:${port}` },
    });
    expect(Date.parse(health.registry.lastError?.at ?? '')).not.toBeNaN();
    // Between attempts the next one is scheduled; it is after the last failure.
    const waiting = await waitFor(
      async () => {
        const body = healthSchema.parse((await get(new URL('/api/health', url))).body);
        return body.registry.nextRetryAt !== null ? body.registry : undefined;
      },
      { message: 'a scheduled next attempt' },
    );
    expect(Date.parse(waiting.nextRetryAt ?? '')).toBeGreaterThan(Date.parse(waiting.lastError?.at ?? ''));

    // Registry reads (from the mirror) and ZooKeeper reads (audit) answer 503 REGISTRY_UNAVAILABLE, not
    // "empty", and well before the 60 s the client would otherwise wait for a connection.
    for (const path of ['/api/services', '/api/topology', '/api/services/org.demo.Missing', '/api/rules', '/api/audit']) {
      const answer = await get(new URL(path, url));
      expect(answer.status, path).toBe(503);
      const error = apiErrorSchema.parse(answer.body).error;
      expect(error.code, path).toBe('REGISTRY_UNAVAILABLE');
      expect(error.message, path).toContain('unreachable');
    }

    // The terminal: one short line per failed attempt, numbered 1, 2, 3…, no stack anywhere.
    const attempts = logLines().filter((line) => typeof line['msg'] === 'string' && line['msg'].startsWith('ZooKeeper connection attempt'));
    expect(attempts.length).toBeGreaterThanOrEqual(2);
    attempts.forEach((line, index) => {
      const match = ATTEMPT_LINE.exec(String(line['msg']));
      expect(match?.[1], String(line['msg'])).toBe(String(index + 1));
      expect(match?.[2]).toBe(String(port));
      expect(line).toMatchObject({ level: 40, code: 'ECONNREFUSED', server: `127.0.0.1:${port}`, attempt: index + 1 });
      expect(line).not.toHaveProperty('err');
    });
    expect(started.stdout()).not.toMatch(/"stack"|\n\s+at /);
    expect(started.stderr()).toBe('');

    // A ZooKeeper starts on that port: the console connects by itself, says so, and serves.
    zookeeper = await startZooKeeper({ port });
    const recovered = await waitFor(
      async () => {
        const body = healthSchema.parse((await get(new URL('/api/health', url))).body);
        return body.status === 'ok' ? body : undefined;
      },
      { timeoutMs: 40_000, message: 'the console connected and synced once ZooKeeper started' },
    );
    expect(recovered.registry).toMatchObject({ state: 'connected', unreachable: false, failedAttempts: 0, lastError: null, nextRetryAt: null });
    const recovery = await waitFor(() => logLines().find((line) => String(line['msg']).startsWith('ZooKeeper reachable again')), {
      message: 'the recovery logged',
    });
    expect(recovery['msg']).toMatch(/^ZooKeeper reachable again: connected after \d+ failed attempts \(\d+(\.\d)? s\)$/);
    expect(recovery['level']).toBe(30);
    const services = await get(new URL('/api/services', url));
    expect(services).toMatchObject({ status: 200, body: { total: 0, items: [] } });

    await started.stop();
    expect(started.stdout()).toContain('"msg":"switchboard stopped"');
  }, 150_000);
});
