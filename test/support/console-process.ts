// The console as an operator starts it: `npx tsx server/main.ts <args>` in its own process group,
// with the SWITCHBOARD_* environment cleared so only the arguments count. Its stdout is a pipe, so it
// writes JSON lines; collects stdout and stderr, resolves once the start record (server/start-banner.ts)
// is logged, and stops the whole group the way Ctrl-C does. kill() is the safety net for a test that failed half-way.

import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { STARTED_MESSAGE } from '../../server/start-banner.ts';
import { waitFor } from './wait-for.ts';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SWITCHBOARD_ENV = [
  'SWITCHBOARD_REGISTRY',
  'SWITCHBOARD_DEMO',
  'SWITCHBOARD_PORT',
  'SWITCHBOARD_REGISTRY_PORT',
  'SWITCHBOARD_HOST',
  'SWITCHBOARD_USERS',
  'SWITCHBOARD_SESSION_SECRET',
  'SWITCHBOARD_SESSION_SECRET_FILE',
  'SWITCHBOARD_TRUST_PROXY',
  'SWITCHBOARD_PUBLIC_URL',
  'SWITCHBOARD_LOG_FORMAT',
];

export interface ConsoleProcess {
  readonly pid: number;
  readonly stdout: () => string;
  readonly stderr: () => string;
  /** stdout's lines that are not pino JSON (none, unless something writes around the logger). */
  readonly plainLines: () => string[];
  /** stdout's pino JSON lines, parsed. */
  readonly logLines: () => Array<Record<string, unknown>>;
  /** The start record (`msg` STARTED_MESSAGE), once logged. */
  readonly startRecord: () => Record<string, unknown> | undefined;
  /** Resolves once the process has closed its output (after stop()). */
  readonly closed: Promise<void>;
  /** Waits for the start record and returns its URL. */
  consoleUrl(timeoutMs?: number): Promise<string>;
  /** SIGTERM to the process group, as on Ctrl-C; resolves once every process of the group exited. */
  stop(timeoutMs?: number): Promise<void>;
  /** SIGKILL to the group if any of it still runs. */
  kill(): void;
}

export function startConsoleProcess(args: readonly string[], env: NodeJS.ProcessEnv = {}): ConsoleProcess {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  for (const key of SWITCHBOARD_ENV) if (!(key in env)) delete childEnv[key];
  const child: ChildProcess = spawn('npx', ['tsx', 'server/main.ts', ...args], {
    cwd: REPO_ROOT,
    env: childEnv,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
  const pid = child.pid ?? 0;
  const plainLines = (): string[] => stdout.split('\n').filter((line) => line !== '' && !line.startsWith('{'));
  // Only complete lines: a chunk may end half-way through one.
  const logLines = (): Array<Record<string, unknown>> =>
    stdout.split('\n').slice(0, -1).filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as Record<string, unknown>);
  const startRecord = (): Record<string, unknown> | undefined => logLines().find((line) => line['msg'] === STARTED_MESSAGE);

  return {
    pid,
    stdout: () => stdout,
    stderr: () => stderr,
    plainLines,
    logLines,
    startRecord,
    closed,
    async consoleUrl(timeoutMs = 60_000) {
      const record = await waitFor(startRecord, { timeoutMs, intervalMs: 50, message: `start record logged (stderr: ${stderr})` });
      return String(record['url']);
    },
    async stop(timeoutMs = 15_000) {
      if (groupAlive(pid)) process.kill(-pid, 'SIGTERM');
      await waitFor(() => !groupAlive(pid), { timeoutMs, message: 'every process of the console group exited' });
    },
    kill() {
      if (pid !== 0 && groupAlive(pid)) process.kill(-pid, 'SIGKILL');
    },
  };
}

function groupAlive(pid: number): boolean {
  if (pid === 0) return false;
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}
