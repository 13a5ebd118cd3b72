// Static checks of the client's i18n: finds text a component would show that does not come from the
// catalogue, and translation keys the source uses that the catalogue lacks. Uses the TypeScript parser,
// so it sees JSX text, attributes and string literals as the compiler does, not as regexes guess.

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface ScanFinding {
  readonly file: string;
  readonly line: number;
  readonly text: string;
  readonly why: string;
}

/** Attributes whose value a person reads or a screen reader speaks. */
const SPOKEN_ATTRIBUTES = new Set(['title', 'aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'placeholder', 'alt', 'label']);
/** Calls whose string arguments are for developers, not operators. */
const DEVELOPER_SINKS = /^(Error|TypeError|RangeError|console\.\w+|assertNever|invariant)$/;
const LETTER = /\p{L}/u;
/** Two words: the shape of a sentence or label (single identifiers such as 'weight' are left alone). */
const WORDS = /\p{L}{2,}[\s]+\p{L}+/u;
/** Han characters: Chinese text belongs in the zh catalogue. */
const HAN = /\p{Script=Han}/u;
const IGNORE_MARK = 'i18n-ignore';

export function clientSourceFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(path);
    }
  };
  walk(root);
  return out.sort();
}

function calleeName(node: ts.CallExpression | ts.NewExpression): string {
  const callee = node.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return `${callee.expression.getText()}.${callee.name.text}`;
  return '';
}

/** The key-taking calls: `t(...)`, `i18n.t(...)`, `x.t(...)`. */
function isTranslateCall(node: ts.Node): node is ts.CallExpression {
  if (!ts.isCallExpression(node)) return false;
  const name = calleeName(node);
  return name === 't' || name.endsWith('.t');
}

function inside(node: ts.Node, test: (n: ts.Node) => boolean): boolean {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) if (test(n)) return true;
  return false;
}

function ignoredLine(source: ts.SourceFile, node: ts.Node): boolean {
  const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
  const lines = source.text.split('\n');
  return (lines[line] ?? '').includes(IGNORE_MARK) || (lines[line - 1] ?? '').includes(IGNORE_MARK);
}

/** Text outside the catalogue: JSX text with letters, spoken attributes, and sentence-like literals. */
export function findRawText(file: string, text = readFileSync(file, 'utf8'), root = ''): ScanFinding[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const findings: ScanFinding[] = [];
  const add = (node: ts.Node, value: string, why: string) => {
    if (ignoredLine(source, node)) return;
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    findings.push({ file: root ? relative(root, file) : file, line: line + 1, text: value.trim().slice(0, 80), why });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && LETTER.test(node.text)) add(node, node.text, 'JSX text');
    else if (ts.isJsxAttribute(node) && node.initializer && ts.isStringLiteral(node.initializer)) {
      const name = node.name.getText(source);
      if (SPOKEN_ATTRIBUTES.has(name) && LETTER.test(node.initializer.text)) add(node, node.initializer.text, `${name} attribute`);
    } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node)) {
      const value = node.text;
      const sentence = WORDS.test(value) || HAN.test(value);
      const skip =
        ts.isImportDeclaration(node.parent) ||
        ts.isExportDeclaration(node.parent) ||
        ts.isLiteralTypeNode(node.parent) ||
        (ts.isJsxAttribute(node.parent) && node.parent.name.getText(source) === 'className') || // class names are markup
        inside(node, isTranslateCall) ||
        inside(node, (n) => (ts.isCallExpression(n) || ts.isNewExpression(n)) && DEVELOPER_SINKS.test(calleeName(n)));
      if (sentence && !skip) add(node, value, 'string literal');
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return findings;
}

export interface KeyUse {
  readonly file: string;
  readonly line: number;
  /** `namespace:key`, or a prefix ending in the template's static part when `prefix` is set. */
  readonly key: string;
  readonly prefix: boolean;
}

/** Literal keys passed to `t`/`i18n.t`, resolved against the file's `useTranslation(namespace)`. */
export function findKeyUses(file: string, text = readFileSync(file, 'utf8'), root = ''): KeyUse[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const namespaces: string[] = [];
  const calls: ts.CallExpression[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && calleeName(node) === 'useTranslation') {
      const arg = node.arguments[0];
      if (arg && ts.isStringLiteral(arg)) namespaces.push(arg.text);
      if (arg && ts.isArrayLiteralExpression(arg)) for (const e of arg.elements) if (ts.isStringLiteral(e)) namespaces.push(e.text);
    }
    if (isTranslateCall(node)) calls.push(node);
    ts.forEachChild(node, visit);
  };
  visit(source);
  const defaultNs = namespaces[0] ?? 'common';
  const uses: KeyUse[] = [];
  for (const call of calls) {
    const arg = call.arguments[0];
    if (!arg) continue;
    const { line } = source.getLineAndCharacterOfPosition(call.getStart(source));
    const qualify = (key: string) => (key.includes(':') ? key : `${defaultNs}:${key}`);
    const where = { file: root ? relative(root, file) : file, line: line + 1 };
    if (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) uses.push({ ...where, key: qualify(arg.text), prefix: false });
    else if (ts.isTemplateExpression(arg) && arg.head.text) uses.push({ ...where, key: qualify(arg.head.text), prefix: true });
  }
  return uses;
}
