// A test of the architecture test: the checker, fed the real file list with synthetic files added, removed
// or renamed, reports each kind of violation — so a green architecture test means something.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkArchitecture, type CheckedFile } from './check-architecture.ts';
import { ARCHITECTURE, type ArchitectureDeclaration } from './parts.ts';
import { repositoryFiles } from './repository-files.ts';
import { sourceFacts } from './source-facts.ts';

const real = repositoryFiles(ARCHITECTURE.roots);
const synthetic = (path: string, text: string): CheckedFile => ({ path, facts: sourceFacts(path, text) });
const check = (files: readonly CheckedFile[]): string[] => checkArchitecture(ARCHITECTURE, files);
const withFile = (path: string, text: string): string[] => check([...real, synthetic(path, text)]);

describe('the architecture checker', () => {
  it('passes the repository as it is (the baseline of the cases below)', () => {
    expect(check(real)).toEqual([]);
  });

  it.each([
    ['a static import', "import { ZkClient } from '../zk/zk-client.ts';"],
    ['a side-effect import', "import '../zk/zk-client.ts';"],
    ['a dynamic import', "export async function later() { return import('../zk/zk-client.ts'); }"],
    ['an export … from', "export { parentPath } from '../zk/zk-path.ts';"],
    ['an export * from', "export * from '../zk/zk-path.ts';"],
    ['a type-only import', "import type { ZkClient } from '../zk/zk-client.ts';"],
  ])('reports the forbidden arrow Http→Zk through %s', (_how, text) => {
    const violations = withFile('server/http/zk-shortcut.ts', text);
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatch(/^forbidden arrow Http→Zk: server\/http\/zk-shortcut\.ts imports \.\.\/zk\/zk-(client|path)\.ts .*only the mirror and the rule store/);
  });

  it('does not count imports written in comments or strings', () => {
    expect(withFile('server/http/quiet.ts', "// import '../zk/zk-client.ts';\nexport const text = \"import('../zk/zk-client.ts')\";")).toEqual([]);
  });

  it('reports an arrow nobody declared', () => {
    expect(withFile('server/topology/uses-governance.ts', "import { planRuleChange } from '../governance/plan-rule-change.ts';")).toEqual([
      expect.stringMatching(/^undeclared arrow Topology→Governance: server\/topology\/uses-governance\.ts/),
    ]);
  });

  it('reports a value import over a type-only arrow', () => {
    expect(withFile('server/governance/store-call.ts', "import { RuleStore } from './rule-store.ts';\nexport const make = RuleStore;")).toEqual([
      expect.stringMatching(/^arrow Governance→RuleStore is type-only/),
    ]);
    expect(withFile('server/governance/store-type.ts', "import type { RuleStore } from './rule-store.ts';\nexport type S = RuleStore;")).toEqual([]);
  });

  it('reports production code importing the demo fleet', () => {
    expect(withFile('server/http/demo-peek.ts', "import '../demo/demo-fleet.ts';")).toEqual([expect.stringMatching(/^forbidden arrow Http→Demo/)]);
  });

  it('keeps pure parts free of I/O libraries, clocks and randomness', () => {
    expect(withFile('server/governance/reads-files.ts', "import { readFileSync } from 'node:fs';")).toEqual([expect.stringMatching(/^impure import: .* node:fs/)]);
    expect(withFile('server/registry/serves.ts', "import express from 'express';")).toEqual([
      expect.stringMatching(/^impure import: .* express/),
    ]);
    const clocks = withFile('server/topology/stamp.ts', 'export const at = () => [Date.now(), Math.random(), new Date(), new Date(0)];\n// Date.now() in a comment is fine');
    expect(clocks).toEqual([
      expect.stringMatching(/calls Date\.now\(\)/),
      expect.stringMatching(/calls Math\.random\(\)/),
      expect.stringMatching(/calls new Date\(\)/),
    ]);
    expect(withFile('server/http/stamp.ts', 'export const at = () => Date.now();')).toEqual([]);
  });

  it('keeps the contract to zod and the ZooKeeper library to server/zk', () => {
    expect(withFile('server/contract/yaml-shape.ts', "import { parse } from 'yaml';")).toEqual([expect.stringMatching(/^package not allowed: .* yaml/)]);
    expect(withFile('server/http/raw-zk.ts', "import zookeeper from 'node-zookeeper-client';")).toEqual([
      expect.stringMatching(/^exclusive package: .* node-zookeeper-client/),
    ]);
  });

  it('keeps client features apart and the client off the server internals', () => {
    expect(withFile('client/features/rules/peek.ts', "import '../topology/topology-url-state.ts';")).toEqual([
      expect.stringMatching(/^forbidden arrow Feature→Feature \(Feature\/rules → Feature\/topology\)/),
    ]);
    expect(withFile('client/lib/reach.ts', "import { serviceKeyOf } from '../../server/dubbo/service-key.ts';")).toEqual([expect.stringMatching(/^forbidden arrow Lib→Dubbo/)]);
    expect(withFile('client/components/up.tsx', "import { AppShell } from '../app/app-shell.tsx';")).toEqual([expect.stringMatching(/^forbidden arrow Components→App/)]);
    expect(withFile('client/features/rules/ok.ts', "import type { RuleRef } from '@contract/rule-ref.ts';\nimport { apiGet } from '../../lib/api-client.ts';")).toEqual([]);
  });

  it('reports barrel files and default exports', () => {
    expect(withFile('client/lib/index.ts', "export const x = 1;")).toEqual([expect.stringMatching(/^barrel file: client\/lib\/index\.ts/)]);
    expect(withFile('client/components/thing.tsx', 'export default function Thing() { return null; }')).toEqual([
      expect.stringMatching(/^default export: client\/components\/thing\.tsx/),
    ]);
  });

  it('reports a declared folder that is missing', () => {
    const violations = check(real.filter((f) => !f.path.startsWith('server/topology/')));
    expect(violations).toContain('missing part: Topology declares server/topology/**, which matches no file');
  });

  it('reports a renamed folder twice: the declared part is missing and its files belong to no part', () => {
    const renamed = real.map((f) => (f.path.startsWith('server/zk/') ? { ...f, path: f.path.replace('server/zk/', 'server/zookeeper/') } : f));
    const violations = check(renamed);
    expect(violations).toContain('missing part: Zk declares server/zk/**, which matches no file');
    expect(violations).toContain('unowned file: server/zookeeper/zk-client.ts belongs to no declared part');
  });
});

describe('the architecture checker on files on disk', () => {
  const dir = mkdtempSync(join(tmpdir(), 'architecture-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const declaration: ArchitectureDeclaration = {
    roots: ['server'],
    aliases: {},
    parts: [
      { name: 'Http', globs: ['server/http/**'], reason: 'edge' },
      { name: 'Zk', globs: ['server/zk/**'], reason: 'edge' },
      { name: 'Releases', globs: ['server/releases/**'], pure: true, reason: 'declared before its folder exists' },
    ],
    allowed: [],
    forbidden: [{ from: 'Http', to: 'Zk', reason: 'no shortcut' }],
    exclusivePackages: [],
  };

  it('reads imports from a temporary tree and reports the forbidden import and the missing folder', () => {
    mkdirSync(join(dir, 'server/http'), { recursive: true });
    mkdirSync(join(dir, 'server/zk'), { recursive: true });
    writeFileSync(join(dir, 'server/zk/zk-client.ts'), 'export const client = 1;\n');
    writeFileSync(join(dir, 'server/http/route.ts'), "import '../zk/zk-client.ts';\n");
    expect(checkArchitecture(declaration, repositoryFiles(declaration.roots, dir))).toEqual([
      'missing part: Releases declares server/releases/**, which matches no file',
      'forbidden arrow Http→Zk: server/http/route.ts imports ../zk/zk-client.ts (side-effect); no shortcut',
    ]);
  });
});
