import { describe, expect, it } from 'vitest';
import { matchTagAddress, routeByTag, type TaggableProvider, type TagRequest } from '../../../server/dubbo/tag-routing.ts';
import { parseTagRule, type TagRule } from '../../../server/dubbo/tag-rule.ts';

const p = (n: number, params: Record<string, string> = {}): TaggableProvider & { id: string } => ({
  id: `p${n}`,
  host: `10.0.0.${n}`,
  port: 20880,
  params,
});

const rule = (tags: TagRule['tags'], more: Partial<TagRule> = {}): TagRule => ({ enabled: true, valid: true, force: false, tags, ...more });
const tag = (name: string, addresses: string[], match: TagRule['tags'][number]['match'] = []): TagRule['tags'][number] => ({ name, addresses, match });

const plain = [p(1), p(2), p(3)];
const withStatic = [p(1), p(2), p(3, { 'dubbo.tag': 'gray' })];
const grayRule = rule([tag('gray', ['10.0.0.1:20880'])]);

describe('tag routing (§5)', () => {
  it.each<[string, readonly (TaggableProvider & { id: string })[], TagRequest, string[]]>([
    ['no rule, untagged request: statically tagged providers are avoided', withStatic, { release: '3.3.1' }, ['p1', 'p2']],
    ['no rule, tagged request: the static tag', withStatic, { release: '3.3.1', tag: 'gray' }, ['p3']],
    ['no rule, unknown tag: falls back to untagged', withStatic, { release: '3.3.1', tag: 'blue' }, ['p1', 'p2']],
    ['no rule, unknown tag with force-tag: nothing', withStatic, { release: '3.3.1', tag: 'blue', forceTag: true }, []],
    ['rule: untagged request avoids the gray group', plain, { release: '3.3.1', rule: grayRule }, ['p2', 'p3']],
    ['rule: untagged request avoids dynamic and static tags', withStatic, { release: '3.3.1', rule: grayRule }, ['p2']],
    ['rule: gray request goes to the gray group', plain, { release: '3.3.1', tag: 'gray', rule: grayRule }, ['p1']],
    [
      'rule: gray group empty now, force false → untagged outside every group',
      [p(2), p(3, { 'dubbo.tag': 'x' })],
      { release: '3.3.1', tag: 'gray', rule: grayRule },
      ['p2'],
    ],
    ['rule: gray group empty now, force true → nothing', [p(2)], { release: '3.3.1', tag: 'gray', rule: rule(grayRule.tags, { force: true }) }, []],
    ['rule: tag not in the rule → static tag', withStatic, { release: '3.3.1', tag: 'gray', rule: rule([tag('blue', ['10.0.0.2:20880'])]) }, ['p3']],
    [
      'rule: every provider in some group → untagged traffic has no provider (§9.12)',
      plain,
      { release: '3.3.1', rule: rule([tag('a', ['10.0.0.1:20880', '10.0.0.2:20880']), tag('b', ['10.0.0.3'])]) },
      [],
    ],
    ['disabled rule → static tags only', withStatic, { release: '3.3.1', tag: 'gray', rule: rule(grayRule.tags, { enabled: false }) }, ['p3']],
    ['invalid rule → static tags only', plain, { release: '3.3.1', rule: rule(grayRule.tags, { valid: false }) }, ['p1', 'p2', 'p3']],
    ['2.6 consumers know static tags only', plain, { release: '2.6.6', tag: 'gray', rule: grayRule }, ['p1', 'p2', 'p3']],
    ['wildcard address', plain, { release: '3.3.1', tag: 'gray', rule: rule([tag('gray', ['10.0.0.*'])]) }, ['p1', 'p2', 'p3']],
    ['0.0.0.0:port address', plain, { release: '3.3.1', rule: rule([tag('gray', ['0.0.0.0:20880'])]) }, []],
    [
      'an address with another port matches nobody: gray falls back to every untagged provider',
      plain,
      { release: '3.3.1', tag: 'gray', rule: rule([tag('gray', ['10.0.0.1:20881'])]) },
      ['p1', 'p2', 'p3'],
    ],
    [
      'match tag on 3.2+',
      [p(1), p(2, { env: 'canary' })],
      { release: '3.2.0', tag: 'canary', rule: rule([tag('canary', [], [{ key: 'env', value: { exact: 'canary' } }])]) },
      ['p2'],
    ],
    [
      'match tag ignored before 3.2 (tag counts as not set)',
      [p(1), p(2, { env: 'canary' })],
      { release: '3.1.11', tag: 'canary', rule: rule([tag('canary', [], [{ key: 'env', value: { exact: 'canary' } }])]) },
      ['p1', 'p2'],
    ],
  ])('%s', (_, providers, request, expected) => {
    expect(routeByTag(providers, request).map((x) => x.id)).toEqual(expected);
  });

  it.each<[string, string, number, boolean]>([
    ['10.0.0.1:20880', '10.0.0.1', 20880, true],
    ['10.0.0.1:20880', '10.0.0.1', 20881, false],
    ['10.0.0.1', '10.0.0.1', 20881, true],
    ['10.0.0.0/24', '10.0.0.77', 1, true],
    ['10.0.1-3.*:20880', '10.0.2.9', 20880, true],
    ['0.0.0.0:20880', '192.168.1.1', 20880, true],
  ])('address %s matches %s:%d → %s', (pattern, host, port, expected) => {
    expect(matchTagAddress(pattern, host, port)).toBe(expected);
  });
});

describe('parseTagRule', () => {
  it('reads a gray rule with Dubbo defaults', () => {
    const parsed = parseTagRule('configVersion: v3.0\nforce: false\nkey: order-service\ntags:\n  - name: gray\n    addresses: ["10.10.1.18:20880"]\n');
    expect(parsed).toEqual({ enabled: true, valid: true, force: false, key: 'order-service', tags: [tag('gray', ['10.10.1.18:20880'])] });
  });

  it('reads match tags and explicit booleans', () => {
    const parsed = parseTagRule('enabled: false\nforce: yes\ntags:\n  - name: canary\n    match:\n      - key: env\n        value: {exact: canary}\n');
    expect(parsed.enabled).toBe(false);
    expect(parsed.force).toBe(true);
    expect(parsed.tags[0]?.match).toEqual([{ key: 'env', value: { exact: 'canary' } }]);
  });

  it('a rule without tags is invalid', () => {
    expect(parseTagRule('key: a\nenabled: true\n').valid).toBe(false);
  });

  it.each(['', 'tags: [ {name: gray\n', '- just\n- a list\n'])('throws where Dubbo fails to parse: %j', (text) => {
    expect(() => parseTagRule(text)).toThrow();
  });
});
