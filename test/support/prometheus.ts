// Starts a real Prometheus (Debian's /usr/bin/prometheus, or $PROMETHEUS_BIN) scraping the given targets
// every second, from a generated config, on a free loopback port with a temp TSDB folder; stop() ends it and
// deletes the folder. requirePrometheus() gates suites like requireZooKeeper: a missing binary fails under
// CI=true and skips (with a warning) elsewhere. Readiness is `/-/ready`; every wait polls with a deadline.

import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closedPort } from './closed-port.ts';
import { requireTool } from './require-tool.ts';
import { waitFor } from './wait-for.ts';

const BINARY = process.env['PROMETHEUS_BIN'] ?? '/usr/bin/prometheus';
const READY_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 5_000;

const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export function requirePrometheus(): boolean {
  return requireTool('Prometheus', existsSync(BINARY), 'apt-get install prometheus, or set PROMETHEUS_BIN');
}

export interface ScrapeTarget {
  readonly job: string;
  /** `host:port` of the console. */
  readonly address: string;
  /** Sent as `Authorization: Bearer <token>` (team mode). */
  readonly bearer?: string;
}

export interface PrometheusTarget {
  readonly job: string;
  readonly health: 'up' | 'down' | 'unknown';
  readonly lastError: string;
}

export interface RunningPrometheus {
  readonly url: string;
  targets(): Promise<PrometheusTarget[]>;
  /** Waits until `job`'s target has been scraped with that health, and answers it. */
  waitForTarget(job: string, health: 'up' | 'down'): Promise<PrometheusTarget>;
  /** An instant query; answers each series' labels and value. */
  query(expr: string): Promise<Array<{ readonly metric: Record<string, string>; readonly value: number }>>;
  stop(): Promise<void>;
}

function config(targets: readonly ScrapeTarget[]): string {
  // JSON is YAML, so the config needs no serialiser of its own.
  return JSON.stringify({
    global: { scrape_interval: '1s', scrape_timeout: '1s', evaluation_interval: '1s' },
    scrape_configs: targets.map((t) => ({
      job_name: t.job,
      metrics_path: '/metrics',
      static_configs: [{ targets: [t.address] }],
      ...(t.bearer === undefined ? {} : { authorization: { type: 'Bearer', credentials: t.bearer } }),
    })),
  }, null, 2);
}

async function api<T>(base: string, path: string): Promise<T> {
  const res = await fetch(new URL(path, base));
  const body = (await res.json()) as { status: string; data: T; error?: string };
  if (body.status !== 'success') throw new Error(`Prometheus ${path}: ${body.error ?? res.status}`);
  return body.data;
}

export async function startPrometheus(targets: readonly ScrapeTarget[]): Promise<RunningPrometheus> {
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-prometheus-'));
  writeFileSync(join(dir, 'prometheus.yml'), config(targets));
  const port = await closedPort();
  const url = `http://127.0.0.1:${port}/`;
  const log = openSync(join(dir, 'prometheus.log'), 'a');
  const child = spawn(BINARY, [
    `--config.file=${join(dir, 'prometheus.yml')}`,
    `--storage.tsdb.path=${join(dir, 'data')}`,
    `--web.listen-address=127.0.0.1:${port}`,
    '--log.level=warn',
  ], { stdio: ['ignore', log, log] });
  closeSync(log);
  running.add(child);
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once('exit', () => { exited = true; running.delete(child); resolve(); }));
  const stop = async (): Promise<void> => {
    if (!exited) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      await exit;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitFor(async () => {
      if (exited) throw new Error(`Prometheus exited: ${readFileSync(join(dir, 'prometheus.log'), 'utf8').slice(-2000)}`);
      return (await fetch(new URL('/-/ready', url))).status === 200;
    }, { timeoutMs: READY_TIMEOUT_MS, intervalMs: 100, message: `Prometheus ready on ${url}` });
  } catch (error) {
    await stop();
    throw error;
  }
  const prometheus: RunningPrometheus = {
    url,
    async targets() {
      const data = await api<{ activeTargets: Array<{ labels: { job: string }; health: PrometheusTarget['health']; lastError: string }> }>(url, '/api/v1/targets?state=active');
      return data.activeTargets.map((t) => ({ job: t.labels.job, health: t.health, lastError: t.lastError }));
    },
    async waitForTarget(job, health) {
      let seen: PrometheusTarget[] = [];
      return waitFor(async () => {
        seen = await prometheus.targets();
        return seen.find((t) => t.job === job && t.health === health);
      }, { timeoutMs: 30_000, intervalMs: 200, message: () => `target ${job} ${health} (targets: ${JSON.stringify(seen)})` });
    },
    async query(expr) {
      const data = await api<{ result: Array<{ metric: Record<string, string>; value: [number, string] }> }>(url, `/api/v1/query?query=${encodeURIComponent(expr)}`);
      return data.result.map((r) => ({ metric: r.metric, value: Number(r.value[1]) }));
    },
    stop,
  };
  return prometheus;
}
