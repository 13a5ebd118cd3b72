// Golden JSON files for topology answers, checked in under test/fixtures/topology/.
// `UPDATE_GOLDEN=1 npx vitest run test/unit/topology` rewrites them; read the diff before committing.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

const DIR = join(import.meta.dirname, '../../fixtures/topology');

export function expectGolden(name: string, value: unknown): void {
  const file = join(DIR, `${name}.json`);
  const text = `${JSON.stringify(value, null, 2)}\n`;
  if (process.env['UPDATE_GOLDEN'] === '1') {
    writeFileSync(file, text);
    return;
  }
  if (!existsSync(file)) throw new Error(`missing golden ${file}: run UPDATE_GOLDEN=1 npx vitest run test/unit/topology`);
  expect(text, `golden ${name}.json differs (UPDATE_GOLDEN=1 rewrites it)`).toBe(readFileSync(file, 'utf8'));
}
