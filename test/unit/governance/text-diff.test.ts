import { describe, expect, it } from 'vitest';
import { rebaseText } from '../../../server/governance/rebase-text.ts';
import { configuratorNode } from '../../../server/governance/rule-node.ts';
import { unifiedDiff } from '../../../server/governance/text-diff.ts';

describe('unifiedDiff', () => {
  it.each([
    ['a\nb\nc\n', 'a\nB\nc\n', '--- a/n\n+++ b/n\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n'],
    [undefined, 'x\n', '--- /dev/null\n+++ b/n\n@@ -0,0 +1 @@\n+x\n'],
    ['x\n', undefined, '--- a/n\n+++ /dev/null\n@@ -1 +0,0 @@\n-x\n'],
    ['same\n', 'same\n', ''],
  ])('%j → %j', (before, after, expected) => {
    expect(unifiedDiff(before, after, 'n')).toBe(expected);
  });

  it('keeps distant changes in separate hunks', () => {
    const a = Array.from({ length: 20 }, (_, i) => `l${i}`).join('\n') + '\n';
    const b = a.replace('l1\n', 'L1\n').replace('l18\n', 'L18\n');
    expect(unifiedDiff(a, b, 'n').match(/^@@/gm)).toHaveLength(2);
  });
});

describe('rebaseText', () => {
  it('keeps the original bytes of lines the edit did not touch', () => {
    const original = 'a: 1   # spaced\nb: 2\n';
    const pristine = 'a: 1 # spaced\nb: 2\n';
    expect(rebaseText(original, pristine, 'a: 1 # spaced\nb: 3\n')).toBe('a: 1   # spaced\nb: 3\n');
    expect(rebaseText(original, pristine, 'a: 1 # spaced\nb: 2\nc: 4\n')).toBe('a: 1   # spaced\nb: 2\nc: 4\n');
  });
});

describe('configuratorNode', () => {
  it.each([
    [{ scope: 'service', serviceKey: 'g1/org.foo.Svc:1.0.0' }, 'org.foo.Svc:1.0.0:g1.configurators', 'g1/org.foo.Svc:1.0.0'],
    [{ scope: 'service', serviceKey: 'org.foo.Svc' }, 'org.foo.Svc::.configurators', 'org.foo.Svc'],
    [{ scope: 'application', application: 'shop' }, 'shop.configurators', 'shop'],
  ] as const)('%j', (target, node, key) => {
    expect(configuratorNode('/dubbo', target)).toEqual({ node, path: `/dubbo/config/dubbo/${node}`, scope: target.scope, key });
  });
});
