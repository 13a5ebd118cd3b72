import { describe, expect, it } from 'vitest';
import { diffStats, diffTexts, foldContext, parseUnifiedDiff } from '../../../client/lib/line-diff.ts';

describe('line diffs', () => {
  it('parses a unified diff into numbered lines', () => {
    const lines = parseUnifiedDiff('--- a/x\n+++ b/x\n@@ -2,3 +2,3 @@\n keep\n-    weight: 300\n+    weight: 500\n tail\n');
    expect(lines).toEqual([
      { kind: 'meta', text: '--- a/x' },
      { kind: 'meta', text: '+++ b/x' },
      { kind: 'hunk', text: '@@ -2,3 +2,3 @@' },
      { kind: 'context', text: 'keep', oldLine: 2, newLine: 2 },
      { kind: 'remove', text: '    weight: 300', oldLine: 3, newLine: undefined },
      { kind: 'add', text: '    weight: 500', oldLine: undefined, newLine: 3 },
      { kind: 'context', text: 'tail', oldLine: 4, newLine: 4 },
    ]);
    expect(parseUnifiedDiff('')).toEqual([]);
  });

  it.each<[string | null, string | null, { added: number; removed: number }]>([
    ['a\nb\nc\n', 'a\nB\nc\n', { added: 1, removed: 1 }],
    [null, 'a\nb\n', { added: 2, removed: 0 }],
    ['a\nb\n', null, { added: 0, removed: 2 }],
    ['same\n', 'same\n', { added: 0, removed: 0 }],
  ])('diffs %j → %j', (before, after, stats) => {
    expect(diffStats(diffTexts(before, after))).toEqual(stats);
  });

  it('numbers old and new lines', () => {
    expect(diffTexts('a\nb\n', 'a\nc\nb\n')).toEqual([
      { kind: 'context', text: 'a', oldLine: 1, newLine: 1 },
      { kind: 'add', text: 'c', oldLine: undefined, newLine: 2 },
      { kind: 'context', text: 'b', oldLine: 2, newLine: 3 },
    ]);
  });

  it('folds unchanged runs far from any change', () => {
    const before = Array.from({ length: 20 }, (_, i) => `l${i}`).join('\n');
    const after = before.replace('l10', 'L10');
    const folded = foldContext(diffTexts(before, after), 2);
    expect(folded[0]).toEqual({ kind: 'skip', count: 8 });
    expect(folded.filter((line) => line.kind === 'context')).toHaveLength(4);
    expect(folded.at(-1)).toEqual({ kind: 'skip', count: 7 });
  });
});
