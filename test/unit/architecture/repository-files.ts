// The I/O side of the architecture test: lists every file under the declared roots (as git would see them,
// without build output) and reads the facts of each TypeScript source.

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { CheckedFile } from './check-architecture.ts';
import { sourceFacts } from './source-facts.ts';

export const REPOSITORY = join(import.meta.dirname, '../../..');

const SKIPPED = new Set(['node_modules', 'dist', '.DS_Store']);

export function repositoryFiles(roots: readonly string[], repository = REPOSITORY): CheckedFile[] {
  return roots.flatMap((root) =>
    readdirSync(join(repository, root), { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile() && !relative(repository, entry.parentPath).split(sep).some((s) => SKIPPED.has(s)) && !SKIPPED.has(entry.name))
      .map((entry) => {
        const path = relative(repository, join(entry.parentPath, entry.name)).split(sep).join('/');
        const typescript = /\.tsx?$/.test(path) && !path.endsWith('.d.ts');
        return typescript ? { path, facts: sourceFacts(path, readFileSync(join(repository, path), 'utf8')) } : { path };
      }),
  );
}
