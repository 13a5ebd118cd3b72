// API errors read in the console's language: every stable code the server can answer with has an entry in
// the `errors` catalogue of both languages, whose placeholders only name details every occurrence of that
// code carries; apiErrorText fills them in, and falls back to the server's message for a code it does not know.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n, setLanguage } from '../../../client/i18n/i18n.ts';
import { ApiRequestError } from '../../../client/lib/api-client.ts';
import { apiErrorText } from '../../../client/lib/api-error-text.ts';

const ROOT = join(import.meta.dirname, '../../..');
const errors = (language: string) => JSON.parse(readFileSync(join(ROOT, `client/i18n/locales/${language}/errors.json`), 'utf8')) as Record<string, string>;

/** Where the code and the details sit in each error constructor's arguments. */
const CONSTRUCTORS: Record<string, { code: number; details: number } | undefined> = {
  validationError: { code: 0, details: 2 },
  notFoundError: { code: 0, details: 2 },
  conflictError: { code: 0, details: 2 },
  forbiddenError: { code: 0, details: 2 },
  unauthenticatedError: { code: 0, details: 2 },
  errorBody: { code: 0, details: 2 },
  TooManyRequestsError: { code: 0, details: 3 },
  DomainError: { code: 1, details: 3 },
  // Guardrail and release state-machine refusals: their details are added where they are thrown.
  refuse: { code: 0, details: -1 },
};
const FIXED_CODES: Record<string, string> = {
  registryUnavailableError: 'REGISTRY_UNAVAILABLE',
  registryAccessDeniedError: 'REGISTRY_ACCESS_DENIED',
  unsupportedMediaError: 'UNSUPPORTED_MEDIA_TYPE',
};

type Occurrence = { code: string; where: string; details: Set<string> | 'any' };

function serverFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? serverFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The codes an argument can be: a literal, either branch of a condition, or a local const holding one. */
function literalCodes(node: ts.Expression | undefined, consts: ReadonlyMap<string, ts.Expression>): string[] {
  if (!node) return [];
  if (ts.isStringLiteral(node) && /^[A-Z][A-Z_]{3,}$/.test(node.text)) return [node.text];
  if (ts.isConditionalExpression(node)) return [...literalCodes(node.whenTrue, consts), ...literalCodes(node.whenFalse, consts)];
  if (ts.isIdentifier(node) && consts.has(node.text)) return literalCodes(consts.get(node.text), new Map());
  return [];
}

function detailKeys(node: ts.Expression | undefined): Set<string> | 'any' {
  if (!node || (ts.isIdentifier(node) && node.text === 'undefined')) return new Set();
  if (!ts.isObjectLiteralExpression(node)) return 'any';
  if (node.properties.some((p) => ts.isSpreadAssignment(p))) return 'any';
  return new Set(node.properties.map((p) => p.name?.getText() ?? ''));
}

/** Every code the server raises with a literal: the constructors above, anywhere under server/. */
function serverErrorCodes(): Occurrence[] {
  const found: Occurrence[] = [];
  for (const file of serverFiles(join(ROOT, 'server'))) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const consts = new Map<string, ts.Expression>();
    const collect = (node: ts.Node): void => {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) consts.set(node.name.text, node.initializer);
      ts.forEachChild(node, collect);
    };
    collect(source);
    const visit = (node: ts.Node): void => {
      if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && ts.isIdentifier(node.expression)) {
        const name = node.expression.text;
        const args = node.arguments ?? ts.factory.createNodeArray();
        const where = `${file.slice(ROOT.length + 1)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
        const shape = CONSTRUCTORS[name];
        if (shape) {
          for (const code of literalCodes(args[shape.code], consts)) found.push({ code, where, details: shape.details < 0 ? 'any' : detailKeys(args[shape.details]) });
        }
        const fixed = FIXED_CODES[name];
        if (fixed) found.push({ code: fixed, where, details: detailKeys(args[1]) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

const placeholdersOf = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '');

describe('the errors catalogue', () => {
  const occurrences = serverErrorCodes();

  it('finds the server codes (the scan itself works)', () => {
    const codes = new Set(occurrences.map((o) => o.code));
    for (const code of ['CONFLICT', 'LAST_PROVIDER', 'LOGIN_LOCKED', 'TOKENS_UNAVAILABLE', 'NOT_RUNNING', 'PAYLOAD_TOO_LARGE', 'REGISTRY_UNAVAILABLE']) {
      expect(codes, code).toContain(code);
    }
  });

  it('has an entry for every code the server raises, in both languages', () => {
    for (const language of ['en', 'zh']) {
      const catalogue = errors(language);
      const missing = [...new Set(occurrences.map((o) => o.code))].filter((code) => !(code in catalogue)).sort();
      expect(missing, `missing in ${language}`).toEqual([]);
    }
  });

  it('uses as placeholders only details every occurrence of the code carries', () => {
    const catalogue = errors('en');
    const wrong = occurrences.flatMap((o) => {
      if (o.details === 'any') return [];
      const carried = o.details;
      const needed = placeholdersOf(catalogue[o.code] ?? '').filter((name) => name !== 'message' && !carried.has(name));
      return needed.length ? [`${o.where} ${o.code} lacks ${needed.join(', ')}`] : [];
    });
    expect(wrong).toEqual([]);
  });
});

describe('apiErrorText', () => {
  afterEach(async () => {
    await setLanguage('en');
  });

  const conflict = new ApiRequestError({ status: 409, code: 'LAST_PROVIDER', message: 'server words', details: { serviceKey: 'org.demo.Svc' } });

  it("says a known code in the console's language, with the details filled in", async () => {
    expect(apiErrorText(conflict)).toBe('This would disable the last enabled provider of org.demo.Svc.');
    await setLanguage('zh');
    expect(i18n.language).toBe('zh');
    expect(apiErrorText(conflict)).toBe('此操作将禁用 org.demo.Svc 最后一个已启用的提供者。');
  });

  it("falls back to the server's message for a code the catalogue does not know, and names a bare HTTP status", async () => {
    expect(apiErrorText(new ApiRequestError({ status: 409, code: 'SOMETHING_NEW', message: 'Something new happened' }))).toBe('Something new happened');
    await setLanguage('zh');
    expect(apiErrorText(new ApiRequestError({ status: 418, code: 'HTTP_418', message: 'Request failed (418 Teapot)' }))).toBe('请求失败（HTTP 418）。');
  });
});
