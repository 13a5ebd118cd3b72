// What the architecture check needs to know about one source file, read from its syntax tree (so comments
// and strings never count): every module it references — static imports, side-effect imports
// (`import './x'`), `export … from`, dynamic `import('./x')` and worker URLs (`new URL('./x.ts',
// import.meta.url)`) — whether each is type-only, the clock/randomness calls it makes, and a default export.

import ts from 'typescript';

export type ImportKind = 'import' | 'side-effect' | 'export-from' | 'dynamic' | 'url';

export interface ModuleReference {
  readonly specifier: string;
  readonly kind: ImportKind;
  /** `import type` / `export type`: erased at runtime. */
  readonly typeOnly: boolean;
}

export interface SourceFacts {
  readonly references: readonly ModuleReference[];
  /** `Date.now()`, `Math.random()`, `new Date()`, `performance.now()` as written. */
  readonly clockCalls: readonly string[];
  readonly defaultExport: boolean;
}

const CLOCK_MEMBERS = new Set(['Date.now', 'Math.random', 'performance.now']);

function importTypeOnly(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (!clause) return false;
  if (clause.isTypeOnly) return true;
  const bindings = clause.namedBindings;
  return clause.name === undefined && bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly);
}

function exportTypeOnly(node: ts.ExportDeclaration): boolean {
  const clause = node.exportClause;
  return node.isTypeOnly || (clause !== undefined && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((e) => e.isTypeOnly));
}

const isImportMetaUrl = (node: ts.Expression | undefined): boolean =>
  node !== undefined && ts.isPropertyAccessExpression(node) && ts.isMetaProperty(node.expression) && node.name.text === 'url';

export function sourceFacts(fileName: string, text: string): SourceFacts {
  const kind = fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, kind);
  const references: ModuleReference[] = [];
  const clockCalls: string[] = [];
  let defaultExport = false;
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      references.push({ specifier: node.moduleSpecifier.text, kind: node.importClause ? 'import' : 'side-effect', typeOnly: importTypeOnly(node) });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      references.push({ specifier: node.moduleSpecifier.text, kind: 'export-from', typeOnly: exportTypeOnly(node) });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteralLike(arg)) references.push({ specifier: arg.text, kind: 'dynamic', typeOnly: false });
    } else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression)) {
      const [first, second] = node.arguments ?? [];
      if (node.expression.text === 'URL' && first && ts.isStringLiteralLike(first) && isImportMetaUrl(second) && /\.(ts|tsx|js)$/.test(first.text)) {
        references.push({ specifier: first.text, kind: 'url', typeOnly: false });
      }
      if (node.expression.text === 'Date' && (node.arguments?.length ?? 0) === 0) clockCalls.push('new Date()');
    } else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && ts.isIdentifier(node.expression.expression)) {
      const member = `${node.expression.expression.text}.${node.expression.name.text}`;
      if (CLOCK_MEMBERS.has(member)) clockCalls.push(`${member}()`);
    }
    if (ts.isExportAssignment(node) && !node.isExportEquals) defaultExport = true;
    if (ts.canHaveModifiers(node) && ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword)) defaultExport = true;
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { references, clockCalls, defaultExport };
}
