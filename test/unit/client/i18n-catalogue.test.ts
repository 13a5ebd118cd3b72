// The catalogues are complete and the components use them: English and Chinese hold the same keys with the
// same placeholders, no Chinese entry is English left untranslated, every key the source asks for exists,
// and no component shows text from outside the catalogue (test/support/i18n-scan.ts).

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogueFrom, type Messages } from '../../../client/i18n/catalogue.ts';
import { LANGUAGES } from '../../../client/i18n/language.ts';
import { clientSourceFiles, findKeyUses, findRawText } from '../../support/i18n-scan.ts';

const ROOT = join(import.meta.dirname, '../../..');
const CLIENT = join(ROOT, 'client');
const LOCALES = join(CLIENT, 'i18n/locales');
const PLURAL = /_(zero|one|two|few|many|other)$/;

const catalogue = catalogueFrom(
  Object.fromEntries(
    LANGUAGES.flatMap((language) =>
      readdirSync(join(LOCALES, language)).map((file) => [
        `./locales/${language}/${file}`,
        JSON.parse(readFileSync(join(LOCALES, language, file), 'utf8')) as Messages,
      ]),
    ),
  ),
);

function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === 'string') out.set(`${prefix}${key}`, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

/** namespace:key (plural suffix dropped) → the texts of that key in one language. */
function entries(language: (typeof LANGUAGES)[number]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [ns, messages] of Object.entries(catalogue[language])) {
    for (const [key, value] of flatten(messages)) {
      const base = `${ns}:${key.replace(PLURAL, '')}`;
      out.set(base, [...(out.get(base) ?? []), value]);
    }
  }
  return out;
}

const placeholders = (texts: readonly string[]) => [...new Set(texts.flatMap((t) => [...t.matchAll(/\{\{\s*(\w+)[^}]*\}\}/g)].map((m) => m[1])))].sort();

describe('the message catalogues', () => {
  const en = entries('en');
  const zh = entries('zh');

  it('have the same namespaces and keys in English and Chinese', () => {
    expect(Object.keys(catalogue.zh).sort()).toEqual(Object.keys(catalogue.en).sort());
    expect([...en.keys()].filter((k) => !zh.has(k)), 'missing in zh').toEqual([]);
    expect([...zh.keys()].filter((k) => !en.has(k)), 'missing in en').toEqual([]);
  });

  it('use the same placeholders in both languages, and no entry is empty', () => {
    const mismatched = [...en].filter(([key, texts]) => JSON.stringify(placeholders(texts)) !== JSON.stringify(placeholders(zh.get(key) ?? [])));
    expect(mismatched.map(([key]) => key)).toEqual([]);
    const empty = [...en, ...zh].filter(([, texts]) => texts.some((t) => t.trim() === ''));
    expect(empty.map(([key]) => key)).toEqual([]);
  });

  it('translate every Chinese entry that reads as English words', () => {
    const untranslated = [...zh].filter(([key, texts]) => texts.some((t) => /\p{Script=Latin}{2,}\s+\p{Script=Latin}{2,}/u.test(t) && !/\p{Script=Han}/u.test(t)) && en.has(key));
    expect(untranslated.map(([key, texts]) => `${key}: ${texts.join(' | ')}`)).toEqual([]);
  });
});

describe('the client source', () => {
  const files = clientSourceFiles(CLIENT);

  it('asks only for keys the catalogue has', () => {
    const en = entries('en');
    const missing = files
      .flatMap((file) => findKeyUses(file, undefined, ROOT))
      .filter((use) => (use.prefix ? ![...en.keys()].some((k) => k.startsWith(use.key)) : !en.has(use.key)))
      .map((use) => `${use.file}:${use.line} ${use.key}`);
    expect(missing).toEqual([]);
  });

  it('shows no text from outside the catalogue', () => {
    const raw = files
      .flatMap((file) => findRawText(file, undefined, ROOT))
      .map((f) => `${f.file}:${f.line} [${f.why}] ${f.text}`);
    expect(raw).toEqual([]);
  });
});
