// Golden files: the checked-in expected output of a pure function (topology answers, governance rule files).
// A missing golden fails like a differing one; only `UPDATE_GOLDEN=1` writes goldens (read the diff before
// committing). A test that wrote its own missing golden would pass on exactly the output it should check.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export type GoldenVerdict =
  | { readonly kind: 'match' }
  | { readonly kind: 'written' }
  | { readonly kind: 'missing'; readonly message: string }
  | { readonly kind: 'differs'; readonly expected: string };

/** Compares `actual` with the golden `file`; writes it only when `update` is true. */
export function checkGolden(file: string, actual: string, update: boolean): GoldenVerdict {
  if (update) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return { kind: 'written' };
  }
  if (!existsSync(file)) return { kind: 'missing', message: `missing golden ${file}: create it with UPDATE_GOLDEN=1 and review it` };
  const expected = readFileSync(file, 'utf8');
  return expected === actual ? { kind: 'match' } : { kind: 'differs', expected };
}

export const updatingGoldens = (): boolean => process.env['UPDATE_GOLDEN'] === '1';
