import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Unit tests are fast and pure; integration and e2e suites start real processes
// (ZooKeeper, the console, Chromium) and therefore run one file at a time.
export default defineConfig({
  resolve: {
    alias: { '@contract': fileURLToPath(new URL('./server/contract', import.meta.url)) },
  },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
    reporters: ['default'],
  },
});
