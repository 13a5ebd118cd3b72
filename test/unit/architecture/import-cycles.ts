// Import cycles between source files: modules that import each other, directly or around a loop, even
// when only for types. A cycle means two files are one concept split in two, or one of them should
// depend on a narrow interface it declares itself. Pure: a function of the declaration's aliases and
// the files' references; answers each cycle as one readable line.

import type { ArchitectureDeclaration } from './parts.ts';
import { resolveTarget, type CheckedFile } from './check-architecture.ts';

function importGraph(declaration: ArchitectureDeclaration, files: readonly CheckedFile[]): Map<string, string[]> {
  const known = new Set(files.map((f) => f.path));
  const graph = new Map<string, string[]>();
  for (const file of files) {
    if (!file.facts) continue;
    const targets = file.facts.references
      .map((r) => resolveTarget(declaration, file.path, r.specifier))
      .filter((t): t is string => t !== undefined && known.has(t) && t !== file.path);
    graph.set(file.path, [...new Set(targets)].sort());
  }
  return graph;
}

/** Strongly connected components of more than one file (Tarjan), each sorted, in path order. */
function cyclicComponents(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let next = 0;
  const visit = (node: string): void => {
    index.set(node, next);
    low.set(node, next);
    next += 1;
    stack.push(node);
    onStack.add(node);
    for (const target of graph.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node)!, index.get(target)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    for (;;) {
      const member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
      if (member === node) break;
    }
    if (component.length > 1) components.push(component.sort());
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return components.sort((a, b) => a[0]!.localeCompare(b[0]!));
}

export function findImportCycles(declaration: ArchitectureDeclaration, files: readonly CheckedFile[]): string[] {
  return cyclicComponents(importGraph(declaration, files)).map((members) => `import cycle: ${members.join(' ⇄ ')}`);
}
