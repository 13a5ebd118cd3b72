// Rolldown reports plugin timings only when a build's plugins were slow — on a busy machine, not on every
// run — so the quiet build (test/integration/client-build-output.test.ts) cannot catch the report coming
// back; this checks the setting that turns it off, and that warnings and errors are still shown.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import config from '../../../vite.config.ts';

describe('the Vite build configuration', () => {
  it('turns off the bundler timing report and keeps the chunk-size limit above the layout bundle', () => {
    expect(config.build?.rolldownOptions?.checks?.bundlerTimings).toBe(false);
    expect(config.build?.chunkSizeWarningLimit).toBeGreaterThanOrEqual(1500);
  });

  it('builds at log level warn from package.json, so a failing build prints its error', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts['build']).toBe('vite build --logLevel warn');
    expect(pkg.scripts['start']).toMatch(/^npm run build --silent && node --import tsx server\/main\.ts$/);
  });
});
