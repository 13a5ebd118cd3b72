// `npm start` builds the client before every start: a build that succeeds prints nothing (no bundler timing
// report, no chunk-size warning) so the terminal shows the console's own banner and lines. A failing build
// still prints its error: the build runs at --logLevel warn, not silenced.

import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../..', import.meta.url));

describe('the client build npm start runs', () => {
  it('prints nothing when it succeeds', async () => {
    const result = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile('npm', ['run', 'build', '--silent'], { cwd: REPO, timeout: 240_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
        resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
      });
    });
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
  }, 240_000);
});
