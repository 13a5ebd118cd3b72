// A test of the import-cycle check: synthetic files added to the real file list form a loop, a
// type-only loop and a three-file loop, and each is reported once with its members.

import { describe, expect, it } from 'vitest';
import type { CheckedFile } from './check-architecture.ts';
import { findImportCycles } from './import-cycles.ts';
import { ARCHITECTURE } from './parts.ts';
import { repositoryFiles } from './repository-files.ts';
import { sourceFacts } from './source-facts.ts';

const real = repositoryFiles(ARCHITECTURE.roots);
const synthetic = (path: string, text: string): CheckedFile => ({ path, facts: sourceFacts(path, text) });
const cyclesWith = (...files: CheckedFile[]): string[] => findImportCycles(ARCHITECTURE, [...real, ...files]);

describe('the import-cycle check', () => {
  it('finds none in the repository as it is', () => {
    expect(findImportCycles(ARCHITECTURE, real)).toEqual([]);
  });

  it('reports two files that import each other, even for types only', () => {
    const cycles = cyclesWith(
      synthetic('server/dubbo/loop-a.ts', "import type { B } from './loop-b.ts';\nexport interface A { b: B }"),
      synthetic('server/dubbo/loop-b.ts', "import type { A } from './loop-a.ts';\nexport interface B { a: A }"),
    );
    expect(cycles).toEqual(['import cycle: server/dubbo/loop-a.ts ⇄ server/dubbo/loop-b.ts']);
  });

  it('reports a loop around three files as one cycle, and a file importing itself not at all', () => {
    const cycles = cyclesWith(
      synthetic('server/topology/ring-1.ts', "import { two } from './ring-2.ts';\nexport const one = () => two();"),
      synthetic('server/topology/ring-2.ts', "import { three } from './ring-3.ts';\nexport const two = () => three();"),
      synthetic('server/topology/ring-3.ts', "import { one } from './ring-1.ts';\nexport const three = () => one();"),
      synthetic('server/topology/selfish.ts', "export * from './selfish.ts';"),
    );
    expect(cycles).toEqual(['import cycle: server/topology/ring-1.ts ⇄ server/topology/ring-2.ts ⇄ server/topology/ring-3.ts']);
  });

  it('reports a loop closed through real files: the four-letter words importing the server core back', () => {
    const path = 'server/embedded-zk/four-letter-words.ts';
    const changed = synthetic(path, "import type { ServerCore } from './server-core.ts';\nexport type Host = ServerCore;");
    const cycles = findImportCycles(ARCHITECTURE, [...real.filter((f) => f.path !== path), changed]);
    expect(cycles).toEqual(['import cycle: server/embedded-zk/four-letter-words.ts ⇄ server/embedded-zk/server-core.ts']);
  });
});
