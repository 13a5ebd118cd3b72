// Small files, one concept each (STYLE.md): no TypeScript source in server/, client/ or test/ grows past
// 300 lines. A file that does is two concepts waiting to be split.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPOSITORY, repositoryFiles } from './repository-files.ts';

const MAX_LINES = 300;

describe('file size', () => {
  it(`keeps every TypeScript source at ${MAX_LINES} lines or fewer`, () => {
    const sources = repositoryFiles(['server', 'client', 'test']).filter((f) => /\.tsx?$/.test(f.path));
    expect(sources.length).toBeGreaterThan(300);
    const long = sources
      .map((f) => ({ path: f.path, lines: readFileSync(join(REPOSITORY, f.path), 'utf8').split('\n').length - 1 }))
      .filter((f) => f.lines > MAX_LINES)
      .map((f) => `${f.path}: ${f.lines} lines`);
    expect(long).toEqual([]);
  });
});
