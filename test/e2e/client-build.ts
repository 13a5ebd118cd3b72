// End-to-end suites test the client the server really serves: dist/client, built by Vite. A suite
// builds it only when it is missing or older than its sources (client/, the contract it imports,
// public/ and the Vite config), so repeated runs cost nothing and a stale bundle is never tested.

import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const BUILD_TIMEOUT_MS = 240_000;

export interface ClientBuild {
  /** The directory to pass to startTestConsole(registry, { clientDir }). */
  readonly clientDir: string;
  /** Whether this call ran Vite (false: the bundle was already up to date). */
  readonly built: boolean;
  readonly durationMs: number;
}

export async function ensureClientBuilt(repoRoot: string): Promise<ClientBuild> {
  const clientDir = join(repoRoot, 'dist', 'client');
  const index = join(clientDir, 'index.html');
  const sources = ['client', 'server/contract', 'public', 'vite.config.ts'].map((path) => join(repoRoot, path));
  const started = Date.now();
  if (existsSync(index) && statSync(index).mtimeMs >= newestMtime(sources)) {
    return { clientDir, built: false, durationMs: 0 };
  }
  try {
    await run('npx', ['vite', 'build', '--logLevel', 'warn'], {
      cwd: repoRoot,
      timeout: BUILD_TIMEOUT_MS,
      maxBuffer: 16 * 1024 * 1024,
      env: { ...process.env, NODE_ENV: 'production' },
    });
  } catch (error) {
    const { stdout = '', stderr = '', message } = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`\`npx vite build\` failed, so the end-to-end suite cannot run: ${message}\n${stdout}\n${stderr}`.trim());
  }
  if (!existsSync(index)) throw new Error(`\`npx vite build\` succeeded but wrote no ${index}`);
  return { clientDir, built: true, durationMs: Date.now() - started };
}

function newestMtime(paths: readonly string[]): number {
  let newest = 0;
  const visit = (path: string): void => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    newest = Math.max(newest, stat.mtimeMs);
    if (!stat.isDirectory()) return;
    for (const entry of readdirSync(path)) visit(join(path, entry));
  };
  for (const path of paths) visit(path);
  return newest;
}
