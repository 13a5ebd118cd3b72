// `npm start`'s code path as a newcomer meets it: no registry configured, so the server starts the embedded
// registry, the demo fleet and the console, announces them in one start record (stdout is a pipe here, so
// every line is JSON), serves the demo within seconds, and stops cleanly on SIGTERM — as on Ctrl-C, the
// signal goes to the whole process group.

import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { Health } from '../../server/contract/health.ts';
import type { ReleaseList } from '../../server/contract/releases.ts';
import { startConsoleProcess, type ConsoleProcess } from '../support/console-process.ts';
import { waitFor } from '../support/wait-for.ts';

function portOpen(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('npm start without a registry', () => {
  let app: ConsoleProcess | undefined;

  afterEach(() => {
    // Only if the test failed half-way: the process group this test started.
    app?.kill();
    app = undefined;
  });

  it('starts the embedded registry, the demo fleet and the console, then stops cleanly on SIGTERM', async () => {
    const startedAt = Date.now();
    const started = startConsoleProcess(['--port', '0', '--registry-port', '0']);
    app = started;
    const url = await started.consoleUrl();
    const startupMs = Date.now() - startedAt;
    const record = started.startRecord() as { registry: { kind: string; address: string }; mode: unknown; running: Array<{ name: string; detail: string }> };
    expect(record.registry).toMatchObject({ kind: 'embedded', address: expect.stringMatching(/^zookeeper:\/\/127\.0\.0\.1:\d+$/) });
    expect(record.mode).toEqual({ kind: 'local' });
    expect(record.running.find((item) => item.name === 'demo fleet')?.detail).toMatch(/^8 applications, \d+ services, \d+ instances/);
    expect(started.plainLines()).toEqual([]);
    const registryPort = Number(/:(\d+)$/.exec(record.registry.address)?.[1]);

    const health = await waitFor(async () => {
      const body = (await (await fetch(new URL('/api/health', url))).json()) as Health;
      return body.mirror.services >= 20 && body.mirror.applications >= 8 ? body : undefined;
    }, { timeoutMs: 30_000, message: 'demo services in /api/health' });
    expect(health.registry.state).toBe('connected');
    // The demo shows gray releases at once: one completed, one paused at 25%.
    const releases = await waitFor(async () => {
      const body = (await (await fetch(new URL('/api/releases', url))).json()) as ReleaseList;
      const settled = ['paused', 'promoted'];
      return body.items.length === 2 && body.items.every((r) => settled.includes(r.state.kind)) ? body.items : undefined;
    }, { timeoutMs: 30_000, message: 'the two demo releases' });
    const byApp = new Map(releases.map((r) => [r.application, r]));
    expect(byApp.get('pricing-service')?.state.kind).toBe('promoted');
    const paused = byApp.get('inventory-service');
    expect(paused?.state).toMatchObject({ kind: 'paused', step: 1 });
    expect(paused?.steps[1]?.percent).toBe(25);
    expect(paused?.steps[1]?.split?.canaryShare).toBeCloseTo(0.25, 2);
    expect(paused?.timeline.at(-1)?.reason).toBe('waiting for the error-budget review before 50%');
    console.info(`npm start: console URL after ${startupMs} ms; ${health.mirror.services} services, ${health.mirror.providers} provider URLs`);

    await started.stop();
    await started.closed;
    expect(started.stdout()).toContain('"msg":"switchboard stopped"');
    expect(started.stderr()).not.toMatch(/switchboard:|Error/);
    expect(await portOpen('127.0.0.1', Number(new URL(url).port))).toBe(false);
    expect(await portOpen('127.0.0.1', registryPort)).toBe(false);
  }, 120_000);
});
