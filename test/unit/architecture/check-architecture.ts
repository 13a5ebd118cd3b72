// The architecture checker, a pure function of a declaration (parts.ts) and a set of source files (path +
// facts): it answers every violation as one readable line, so the real-repository test and the tests of
// the checker itself read the same way. Nothing here touches the file system.

import { posix } from 'node:path';
import { PURE_FORBIDDEN_PACKAGES, type ArchitectureDeclaration, type ArrowDeclaration, type PartDeclaration } from './parts.ts';
import type { ModuleReference, SourceFacts } from './source-facts.ts';

export interface CheckedFile {
  /** Repository-relative, `/`-separated. */
  readonly path: string;
  /** Absent for files that are not TypeScript (css, html, md): they only need an owner. */
  readonly facts?: SourceFacts;
}

interface Owner {
  readonly part: PartDeclaration;
  /** The room inside a part with rooms (`Feature/topology`), else the part name. */
  readonly room: string;
}

interface CompiledGlob {
  readonly part: PartDeclaration;
  readonly glob: string;
  readonly pattern: RegExp;
}

function compileGlob(glob: string): RegExp {
  const body = glob
    .split('/')
    .map((segment) => (segment === '**' ? '.+' : segment.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('([^/]+)')))
    .join('/');
  return new RegExp(`^${body}$`);
}

/** `@scope/name/x` → `@scope/name`, `elkjs/lib/x` → `elkjs`, `node:fs` stays. */
export function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

export function checkArchitecture(declaration: ArchitectureDeclaration, files: readonly CheckedFile[]): string[] {
  const globs: CompiledGlob[] = declaration.parts.flatMap((part) => part.globs.map((glob) => ({ part, glob, pattern: compileGlob(glob) })));
  const ownerOf = (path: string): Owner | undefined => {
    for (const { part, pattern } of globs) {
      const m = pattern.exec(path);
      if (m) return { part, room: part.rooms && m[1] !== undefined ? `${part.name}/${m[1]}` : part.name };
    }
    return undefined;
  };
  const inRoots = (path: string): boolean => declaration.roots.some((root) => path.startsWith(`${root}/`));
  const violations: string[] = [];

  for (const { part, glob, pattern } of globs) {
    if (!files.some((f) => pattern.test(f.path))) violations.push(`missing part: ${part.name} declares ${glob}, which matches no file`);
  }
  for (const file of files) {
    if (inRoots(file.path) && !ownerOf(file.path)) violations.push(`unowned file: ${file.path} belongs to no declared part`);
    if (/(^|\/)index\.tsx?$/.test(file.path)) violations.push(`barrel file: ${file.path} (no index.ts files, STYLE.md §3)`);
  }
  for (const file of files) {
    const owner = ownerOf(file.path);
    if (!owner || !file.facts) continue;
    if (file.facts.defaultExport) violations.push(`default export: ${file.path} (named exports only, STYLE.md §3)`);
    if (owner.part.pure) {
      for (const call of new Set(file.facts.clockCalls)) violations.push(`impure call: ${file.path} calls ${call} (pure ${owner.part.name}: inject a clock or rng)`);
    }
    for (const reference of file.facts.references) {
      const problem = checkReference(declaration, file.path, owner, reference, ownerOf);
      if (problem) violations.push(problem);
    }
  }
  return violations;
}

export function resolveTarget(declaration: ArchitectureDeclaration, from: string, specifier: string): string | undefined {
  for (const [alias, target] of Object.entries(declaration.aliases)) {
    if (specifier.startsWith(alias)) return `${target}${specifier.slice(alias.length)}`;
  }
  return specifier.startsWith('.') ? posix.normalize(posix.join(posix.dirname(from), specifier)) : undefined;
}

const findArrow = (list: readonly ArrowDeclaration[], from: string, to: string): ArrowDeclaration | undefined =>
  list.find((a) => a.from === from && a.to === to);

function checkReference(
  declaration: ArchitectureDeclaration,
  path: string,
  owner: Owner,
  reference: ModuleReference,
  ownerOf: (path: string) => Owner | undefined,
): string | undefined {
  const how = `${reference.kind}${reference.typeOnly ? ', type-only' : ''}`;
  const target = resolveTarget(declaration, path, reference.specifier);
  if (target === undefined) return checkPackage(declaration, path, owner.part, packageName(reference.specifier), how);
  const to = ownerOf(target);
  if (!to) return `undeclared target: ${path} imports ${reference.specifier} (${how}), outside every declared part`;
  if (to.room === owner.room) return undefined;
  const [fromName, toName] = [owner.part.name, to.part.name];
  const arrow = `${fromName}→${toName}${fromName === toName ? ` (${owner.room} → ${to.room})` : ''}`;
  const forbidden = findArrow(declaration.forbidden, fromName, toName);
  if (forbidden) return `forbidden arrow ${arrow}: ${path} imports ${reference.specifier} (${how}); ${forbidden.reason}`;
  const allowed = findArrow(declaration.allowed, fromName, toName);
  if (!allowed) return `undeclared arrow ${arrow}: ${path} imports ${reference.specifier} (${how}); declare it in parts.ts with its reason, or remove it`;
  if (allowed.typeOnly && !reference.typeOnly) return `arrow ${arrow} is type-only: ${path} imports ${reference.specifier} (${how})`;
  return undefined;
}

function checkPackage(declaration: ArchitectureDeclaration, path: string, part: PartDeclaration, name: string, how: string): string | undefined {
  if (part.pure && PURE_FORBIDDEN_PACKAGES.test(name)) return `impure import: ${path} imports ${name} (${how}); pure ${part.name} imports no I/O library`;
  if (part.packages && !part.packages.includes(name)) return `package not allowed: ${path} imports ${name} (${how}); ${part.name} may import only ${part.packages.join(', ')}`;
  const exclusive = declaration.exclusivePackages.find((e) => e.packageName === name);
  if (exclusive && !exclusive.parts.includes(part.name)) return `exclusive package: ${path} imports ${name} (${how}); only ${exclusive.parts.join(', ')}: ${exclusive.reason}`;
  return undefined;
}
