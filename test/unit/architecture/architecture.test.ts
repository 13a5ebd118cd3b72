// The repository against its declared architecture (parts.ts): every part exists, every file under server/
// and client/ belongs to one, every import between parts follows a declared arrow, pure parts stay pure.

import { describe, expect, it } from 'vitest';
import { checkArchitecture } from './check-architecture.ts';
import { findImportCycles } from './import-cycles.ts';
import { ARCHITECTURE } from './parts.ts';
import { repositoryFiles } from './repository-files.ts';

describe('architecture', () => {
  const files = repositoryFiles(ARCHITECTURE.roots);

  it('reads the server and client sources', () => {
    expect(files.filter((f) => f.path.startsWith('server/') && f.facts).length).toBeGreaterThan(100);
    expect(files.filter((f) => f.path.startsWith('client/') && f.facts).length).toBeGreaterThan(50);
  });

  it('matches the declared parts and arrows', () => {
    expect(checkArchitecture(ARCHITECTURE, files)).toEqual([]);
  });

  it('has no import cycles between files, type-only ones included', () => {
    expect(findImportCycles(ARCHITECTURE, files)).toEqual([]);
  });

  it('declares no arrow both allowed and forbidden, and only between declared parts', () => {
    const names = new Set(ARCHITECTURE.parts.map((p) => p.name));
    const all = [...ARCHITECTURE.allowed, ...ARCHITECTURE.forbidden];
    expect(all.filter((a) => !names.has(a.from) || !names.has(a.to))).toEqual([]);
    const both = ARCHITECTURE.allowed.filter((a) => ARCHITECTURE.forbidden.some((f) => f.from === a.from && f.to === a.to));
    expect(both).toEqual([]);
    expect(all.filter((a) => a.reason.trim() === '')).toEqual([]);
  });
});
