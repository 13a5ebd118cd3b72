// `npm start`'s code path as a newcomer meets it: no registry configured, so the server starts the embedded
// registry, the demo fleet and the console, prints one line for each (the console URL last), serves the demo
// within seconds, and stops cleanly on SIGTERM — as on Ctrl-C, the signal goes to the whole process group.

import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Health } from '../../server/contract/health.ts';
import { waitFor } from '../support/wait-for.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

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

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('npm start without a registry', () => {
  let child: ChildProcess | undefined;

  afterAll(() => {
    // Only if the test failed half-way: the process group this test started.
    if (child?.pid !== undefined && groupAlive(child.pid)) process.kill(-child.pid, 'SIGKILL');
  });

  it('starts the embedded registry, the demo fleet and the console, then stops cleanly on SIGTERM', async () => {
    const env = { ...process.env };
    for (const key of ['SWITCHBOARD_REGISTRY', 'SWITCHBOARD_DEMO', 'SWITCHBOARD_PORT', 'SWITCHBOARD_REGISTRY_PORT', 'SWITCHBOARD_HOST']) delete env[key];
    const startedAt = Date.now();
    const spawned = spawn('npx', ['tsx', 'server/main.ts', '--port', '0', '--registry-port', '0'], {
      cwd: repoRoot,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = spawned;
    let stdout = '';
    let stderr = '';
    spawned.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    spawned.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const closed = new Promise<void>((resolve) => spawned.once('close', () => resolve()));
    const lines = (): string[] => stdout.split('\n').filter((l) => l !== '' && !l.startsWith('{'));

    const consoleLine = await waitFor(() => lines().find((l) => l.startsWith('Switchboard console: ')), {
      timeoutMs: 60_000,
      intervalMs: 50,
      message: `console URL printed (stderr: ${stderr})`,
    });
    const startupMs = Date.now() - startedAt;
    const url = /^Switchboard console: (\S+)/.exec(consoleLine)?.[1] ?? '';
    const [registryLine, demoLine, last] = lines();
    expect(registryLine).toMatch(/^Embedded registry: zookeeper:\/\/127\.0\.0\.1:\d+/);
    expect(demoLine).toMatch(/^Demo fleet: 8 applications, \d+ services, \d+ instances/);
    expect(last).toBe(consoleLine);
    const registryPort = Number(/:(\d+)/.exec(registryLine?.replace('zookeeper://', '') ?? '')?.[1]);

    const health = await waitFor(async () => {
      const body = (await (await fetch(new URL('/api/health', url))).json()) as Health;
      return body.mirror.services >= 20 && body.mirror.applications >= 8 ? body : undefined;
    }, { timeoutMs: 30_000, message: 'demo services in /api/health' });
    expect(health.registry.state).toBe('connected');
    console.info(`npm start: console URL after ${startupMs} ms; ${health.mirror.services} services, ${health.mirror.providers} provider URLs`);

    process.kill(-(spawned.pid ?? 0), 'SIGTERM');
    await closed;
    await waitFor(() => !groupAlive(spawned.pid ?? 0), { timeoutMs: 15_000, message: 'every process of the group exited' });
    expect(stdout).toContain('"msg":"switchboard stopped"');
    expect(stderr).not.toMatch(/switchboard:|Error/);
    expect(await portOpen('127.0.0.1', Number(new URL(url).port))).toBe(false);
    expect(await portOpen('127.0.0.1', registryPort)).toBe(false);
  }, 120_000);
});
