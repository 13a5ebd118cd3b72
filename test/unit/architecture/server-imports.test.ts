// Keeps DESIGN.md's shape visible and enforced: a pure core behind thin I/O edges.
// Fails on a forbidden import or on clock/randomness in pure code (STYLE.md convention 4).

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1] ?? '');
}

/** Folders of pure code and the mirror files allowed to reach the ZooKeeper edge. */
const PURE = ['server/contract', 'server/dubbo', 'server/registry', 'server/topology', 'server/governance'];
const EDGE_IMPORTS = /^(express|node-zookeeper-client|pino|node:(fs|net|http|https|child_process|dgram)|fs|net|http)$/;
const MAY_USE_ZK = new Set([
  'server/registry/registry-mirror.ts',
  // The rule store and its sibling readers: governance's only door to ZooKeeper (STYLE.md §4).
  'server/governance/rule-store.ts',
  'server/governance/history-store.ts',
  'server/governance/audit-store.ts',
]);

describe('server architecture', () => {
  const pureFiles = PURE.flatMap((dir) => {
    try {
      return sourceFiles(dir);
    } catch {
      return [];
    }
  });

  it.each(pureFiles)('%s imports no I/O library', (file) => {
    const offending = importsOf(file).filter(
      (spec) =>
        MAY_USE_ZK.has(file)
          ? spec.includes('/http/') || /^(express|node-zookeeper-client)$/.test(spec)
          : EDGE_IMPORTS.test(spec) || spec.includes('/zk/') || spec.includes('/http/'),
    );
    expect(offending).toEqual([]);
  });

  it.each(pureFiles.filter((f) => !MAY_USE_ZK.has(f)))('%s takes no clock or randomness of its own', (file) => {
    const text = readFileSync(join(ROOT, file), 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
    expect(text).not.toMatch(/Date\.now\(|Math\.random\(|new Date\(\)|performance\.now\(/);
  });

  it('contract imports only zod and itself', () => {
    for (const file of sourceFiles('server/contract')) {
      for (const spec of importsOf(file)) expect(spec === 'zod' || spec.startsWith('./'), `${file}: ${spec}`).toBe(true);
    }
  });

  it('only the composition root imports the demo fleet', () => {
    const importers = sourceFiles('server').filter(
      (file) => !file.startsWith('server/demo/') && importsOf(file).some((spec) => spec.includes('/demo/')),
    );
    expect(importers.filter((f) => f !== 'server/main.ts' && f !== 'server/embedded-registry.ts')).toEqual([]);
  });

  it('only server/zk imports node-zookeeper-client', () => {
    const importers = sourceFiles('server').filter((file) => importsOf(file).includes('node-zookeeper-client'));
    expect(importers.every((f) => f.startsWith('server/zk/'))).toBe(true);
  });
});
