// The golden-file check itself: a missing golden is a failure and is not created, a differing one is
// reported with what was expected, and only an explicit update writes.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkGolden } from './golden-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'golden-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('checkGolden', () => {
  it('fails on a missing golden and does not write it', () => {
    const file = join(dir, 'absent', 'case.yaml');
    expect(checkGolden(file, 'text\n', false)).toMatchObject({ kind: 'missing' });
    expect(existsSync(file)).toBe(false);
  });

  it('reports a differing golden with its expected text', () => {
    const file = join(dir, 'differs.yaml');
    writeFileSync(file, 'old\n');
    expect(checkGolden(file, 'new\n', false)).toEqual({ kind: 'differs', expected: 'old\n' });
    expect(checkGolden(file, 'old\n', false)).toEqual({ kind: 'match' });
  });

  it('writes only when asked to update', () => {
    const file = join(dir, 'new', 'case.yaml');
    expect(checkGolden(file, 'fresh\n', true)).toEqual({ kind: 'written' });
    expect(readFileSync(file, 'utf8')).toBe('fresh\n');
  });
});
