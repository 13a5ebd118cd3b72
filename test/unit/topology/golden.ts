// Golden JSON files for topology answers, checked in under test/fixtures/topology/.
// `UPDATE_GOLDEN=1 npx vitest run test/unit/topology` rewrites them; read the diff before committing.

import { join } from 'node:path';
import { expect } from 'vitest';
import { checkGolden, updatingGoldens } from '../golden/golden-file.ts';

const DIR = join(import.meta.dirname, '../../fixtures/topology');

export function expectGolden(name: string, value: unknown): void {
  const verdict = checkGolden(join(DIR, `${name}.json`), `${JSON.stringify(value, null, 2)}\n`, updatingGoldens());
  if (verdict.kind === 'missing') throw new Error(verdict.message);
  if (verdict.kind === 'differs') {
    expect(`${JSON.stringify(value, null, 2)}\n`, `golden ${name}.json differs (UPDATE_GOLDEN=1 rewrites it)`).toBe(verdict.expected);
  }
}
