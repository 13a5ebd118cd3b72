// What the real server writes to stdout, as `npm start` runs it (`node --import tsx server/main.ts`, the
// embedded demo registry): under a pseudo-terminal (util-linux `script` gives the child a TTY) coloured,
// readable lines and the start banner, no raw JSON; through a pipe nothing but JSON lines; and JSON lines
// on a terminal too when `--log-format json` says so. Ctrl-C on the terminal stops it like an operator would.

import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { STARTED_MESSAGE } from '../../server/start-banner.ts';
import { waitFor } from '../support/wait-for.ts';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const SERVER = ['node', '--import', 'tsx', 'server/main.ts', '--port', '0', '--registry-port', '0'];
const ANSI = /\u001b\[[0-9;]*m/g;

interface Run {
  readonly child: ChildProcess;
  readonly output: () => string;
  /** stdout as lines, carriage returns (a terminal's line ends) and colours removed. */
  readonly lines: () => string[];
}

function start(args: readonly string[], tty: boolean): Run {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('SWITCHBOARD_') && k !== 'NO_COLOR'));
  const command = [...SERVER, ...args];
  const child = tty
    ? spawn('script', ['-qfc', command.join(' '), '/dev/null'], { cwd: REPO, env: { ...env, TERM: 'xterm-256color' }, detached: true, stdio: ['pipe', 'pipe', 'pipe'] })
    : spawn(command[0] ?? 'node', command.slice(1), { cwd: REPO, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const lines = (): string[] => output.replace(ANSI, '').split('\n').map((line) => line.replace(/\r$/, ''));
  return { child, output: () => output, lines };
}

const exited = (child: ChildProcess): Promise<void> =>
  child.exitCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));

const isJsonObject = (line: string): boolean => {
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null;
  } catch {
    return false;
  }
};

describe('the server on a terminal and through a pipe', () => {
  const runs: Run[] = [];
  afterEach(() => {
    // Only if a test failed half-way: the process group it started.
    for (const { child } of runs.splice(0)) {
      if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
    }
  });

  it('writes coloured, readable lines and the banner to a terminal, and stops on Ctrl-C', async () => {
    const run = start([], true);
    runs.push(run);
    const console = await waitFor(() => run.lines().map((l) => /^ {2}Console {3}(http:\/\/\S+)$/.exec(l)?.[1]).find(Boolean), {
      timeoutMs: 60_000,
      message: () => `the banner's Console line in:\n${run.output()}`,
    });
    expect((await fetch(new URL('/api/health', console))).status).toBe(200);
    const lines = run.lines();
    expect(run.output()).toMatch(/\u001b\[32mINFO/);
    expect(run.output()).toContain('\u001b[36m\u001b[1mhttp://127.0.0.1:');
    expect(lines).toContain('  Switchboard 0.1.0 is ready');
    expect(lines.find((l) => l.startsWith('  Registry  '))).toMatch(/^ {2}Registry {2}zookeeper:\/\/127\.0\.0\.1:\d+ {2}embedded, in memory/);
    expect(lines).toContain('  Access    local mode  loopback only, no sign-in');
    expect(lines.find((l) => l.startsWith('  Running   '))).toMatch(/^ {2}Running {3}demo fleet {10}8 applications, \d+ services/);
    expect(lines.find((l) => l.includes('embedded ZooKeeper listening'))).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: embedded-zk: embedded ZooKeeper listening {2}host=127\.0\.0\.1 port=\d+/);
    expect(lines.filter((l) => l.trimStart().startsWith('{') || isJsonObject(l))).toEqual([]);

    run.child.stdin?.write('\u0003');
    await waitFor(() => run.lines().some((l) => /INFO: switchboard stopped$/.test(l)), { timeoutMs: 20_000, message: () => `stopped after Ctrl-C:\n${run.output()}` });
    await exited(run.child);
  }, 120_000);

  it('writes only JSON lines to a pipe, the start announced in one record', async () => {
    const run = start([], false);
    runs.push(run);
    const record = await waitFor(() => run.lines().filter(isJsonObject).map((l) => JSON.parse(l) as Record<string, unknown>).find((r) => r['msg'] === STARTED_MESSAGE), {
      timeoutMs: 60_000,
      message: () => `the start record in:\n${run.output()}`,
    });
    expect(record).toMatchObject({ url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/$/), registry: { kind: 'embedded' }, mode: { kind: 'local' } });
    expect((record['running'] as Array<{ name: string }>).map((item) => item.name)).toEqual(['demo fleet', 'release automation']);
    if (run.child.pid !== undefined) process.kill(-run.child.pid, 'SIGTERM');
    await exited(run.child);
    const lines = run.lines().filter((l) => l !== '');
    expect(lines.length).toBeGreaterThan(5);
    expect(lines.filter((l) => !isJsonObject(l))).toEqual([]);
    expect(run.output()).not.toContain('\u001b[');
    expect(lines.at(-1)).toContain('"msg":"switchboard stopped"');
  }, 120_000);

  it('writes JSON lines to a terminal with --log-format json', async () => {
    const run = start(['--log-format', 'json'], true);
    runs.push(run);
    await waitFor(() => run.output().includes(`"msg":"${STARTED_MESSAGE}"`), { timeoutMs: 60_000, message: () => `the start record in:\n${run.output()}` });
    run.child.stdin?.write('\u0003');
    await waitFor(() => run.output().includes('"msg":"switchboard stopped"'), { timeoutMs: 20_000, message: () => `stopped after Ctrl-C:\n${run.output()}` });
    await exited(run.child);
    // The terminal's own echo of Ctrl-C, on a line of its own; the server wrote the rest.
    const lines = run.lines().filter((l) => l !== '' && l !== '^C');
    expect(lines.some((l) => l.includes('"msg":"stopping (signal again to force)"'))).toBe(true);
    expect(lines.filter((l) => !isJsonObject(l))).toEqual([]);
    expect(run.output()).not.toContain('\u001b[');
  }, 120_000);
});
