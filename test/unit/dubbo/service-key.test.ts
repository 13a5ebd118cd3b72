import { describe, expect, it } from 'vitest';
import { parseDubboUrl } from '../../../server/dubbo/dubbo-url.ts';
import {
  looksLikeRuleKey,
  parseRuleKey,
  parseServiceKey,
  ruleKeyOf,
  serviceIdOfUrl,
  serviceKeyOf,
  type ServiceId,
} from '../../../server/dubbo/service-key.ts';

const id = (iface: string, group = '', version = ''): ServiceId => ({ interface: iface, group, version });

describe('service key [group/]interface[:version] (§1.2)', () => {
  it.each<[ServiceId, string]>([
    [id('org.foo.Svc'), 'org.foo.Svc'],
    [id('org.foo.Svc', 'g1'), 'g1/org.foo.Svc'],
    [id('org.foo.Svc', '', '1.0.0'), 'org.foo.Svc:1.0.0'],
    [id('org.foo.Svc', 'g1', '1.0.0'), 'g1/org.foo.Svc:1.0.0'],
    [id('servicekey', 'testgroup', '1.0.0'), 'testgroup/servicekey:1.0.0'],
  ])('%j ⇄ %s', (sid, key) => {
    expect(serviceKeyOf(sid)).toBe(key);
    expect(parseServiceKey(key)).toEqual(sid);
  });

  it.each<[string, ServiceId]>([
    // A colon key written into a YAML `key` is read like this by ConfigParser (§9.1).
    ['org.foo.Svc::', id('org.foo.Svc', '', ':')],
    ['org.foo.Svc:1.0.0:g1', id('org.foo.Svc', '', '1.0.0:g1')],
    ['/org.foo.Svc', id('/org.foo.Svc')],
    ['*', id('*')],
  ])('parses the odd key %s like Dubbo', (key, expected) => {
    expect(parseServiceKey(key)).toEqual(expected);
  });

  it.each(['', 'g1/', 'g1/:1.0.0', ':1.0.0'])('rejects %j with MALFORMED_KEY', (key) => {
    expect(() => parseServiceKey(key)).toThrow(expect.objectContaining({ code: 'MALFORMED_KEY' }));
  });
});

describe('rule key interface:version:group (§1.2)', () => {
  it.each<[ServiceId, string]>([
    [id('org.foo.Svc'), 'org.foo.Svc::'],
    [id('org.foo.Svc', '', '1.0.0'), 'org.foo.Svc:1.0.0:'],
    [id('org.foo.Svc', 'g1'), 'org.foo.Svc::g1'],
    [id('org.apache.dubbo.demo.DemoService', 'g1', '1.0.0'), 'org.apache.dubbo.demo.DemoService:1.0.0:g1'],
  ])('%j ⇄ %s', (sid, key) => {
    expect(ruleKeyOf(sid)).toBe(key);
    expect(parseRuleKey(key)).toEqual(sid);
  });

  it.each<[string, ServiceId]>([
    ['org.foo.Svc', id('org.foo.Svc')],
    ['org.foo.Svc:1.0.0', id('org.foo.Svc', '', '1.0.0')],
    ['org.foo.Svc:1:g:x', id('org.foo.Svc', 'g:x', '1')],
  ])('reads the short or long form %s', (key, expected) => {
    expect(parseRuleKey(key)).toEqual(expected);
  });

  it('rejects an empty interface', () => {
    expect(() => parseRuleKey(':1.0.0:g')).toThrow(expect.objectContaining({ code: 'MALFORMED_KEY' }));
  });

  it.each([
    ['org.foo.Svc::', true],
    ['org.foo.Svc:1.0.0:g1', true],
    ['g1/org.foo.Svc:1.0.0', false],
    ['org.foo.Svc', false],
  ] as const)('looksLikeRuleKey(%s) = %s', (key, expected) => {
    expect(looksLikeRuleKey(key)).toBe(expected);
  });
});

describe('serviceIdOfUrl', () => {
  it.each<[string, ServiceId]>([
    ['dubbo://1.2.3.4:20880/com.foo.Svc?group=g1&version=1.0.0', id('com.foo.Svc', 'g1', '1.0.0')],
    ['dubbo://1.2.3.4:20880/custom/path?interface=com.foo.Svc', id('com.foo.Svc')],
    ['consumer://1.2.3.4/com.foo.Svc?group=*&version=*', id('com.foo.Svc', '*', '*')],
    ['consumer://1.2.3.4/com.foo.Svc?group=a,b', id('com.foo.Svc', 'a,b')],
    ['override://0.0.0.0/com.foo.Svc?interface=', id('com.foo.Svc')],
  ])('%s', (full, expected) => {
    expect(serviceIdOfUrl(parseDubboUrl(full))).toEqual(expected);
  });
});
