import { describe, expect, it } from 'vitest';
import { DubboFormatError } from '../../../server/dubbo/dubbo-format-error.ts';
import {
  formatDubboUrl,
  paramDecoded,
  paramOf,
  parseDubboUrl,
  parseNodeName,
  toNodeName,
  type DubboUrl,
} from '../../../server/dubbo/dubbo-url.ts';
import { encodeJavaUrl } from '../../../server/dubbo/java-url-codec.ts';

// The example URLs of dubbo-format.md §2, already in toFullString form (sorted parameters).
const EXAMPLES = {
  'provider 2.6': 'dubbo://192.168.1.10:20880/com.foo.DemoService?anyhost=true&application=demo-provider&dubbo=2.0.2&generic=false&group=g1&interface=com.foo.DemoService&methods=sayHello,sayBye&pid=4312&revision=1.0.0&side=provider&timestamp=1700000000000&version=1.0.0',
  'consumer 2.6': 'consumer://192.168.1.20/com.foo.DemoService?application=demo-consumer&category=consumers&check=false&dubbo=2.0.2&group=g1&interface=com.foo.DemoService&methods=sayHello,sayBye&pid=9876&side=consumer&timestamp=1700000100000&version=1.0.0',
  'provider 2.7': 'dubbo://192.168.1.10:20880/org.apache.dubbo.demo.DemoService?anyhost=true&application=demo-provider&deprecated=false&dubbo=2.0.2&dynamic=true&generic=false&interface=org.apache.dubbo.demo.DemoService&methods=sayHello&pid=4312&release=2.7.8&side=provider&timestamp=1700000000000&weight=100',
  'provider 3.1': 'dubbo://30.221.146.35:20880/org.apache.dubbo.samples.api.GreetingsService?anyhost=true&application=first-dubbo-provider&background=false&deprecated=false&dubbo=2.0.2&dynamic=true&environment=product&generic=false&interface=org.apache.dubbo.samples.api.GreetingsService&ipv6=fd00:1:5:5200:3218:774a:4f67:2341&methods=sayHi&pid=85639&release=3.1.4&service-name-mapping=true&side=provider&timestamp=1674960780647',
  'provider 3.3': 'tri://10.0.0.5:50051/org.apache.dubbo.demo.GreeterService?application=demo-provider&deprecated=false&dubbo=2.0.2&dynamic=true&generic=false&interface=org.apache.dubbo.demo.GreeterService&methods=greet&prefer.serialization=fastjson2,hessian2&release=3.3.1&service-name-mapping=true&side=provider&timestamp=1729000000000',
} as const;

describe('parseDubboUrl on the §2 examples', () => {
  it.each([
    ['provider 2.6', 'dubbo', '192.168.1.10', 20880, 'com.foo.DemoService', { group: 'g1', version: '1.0.0', side: 'provider' }],
    ['consumer 2.6', 'consumer', '192.168.1.20', 0, 'com.foo.DemoService', { category: 'consumers', methods: 'sayHello,sayBye' }],
    ['provider 2.7', 'dubbo', '192.168.1.10', 20880, 'org.apache.dubbo.demo.DemoService', { release: '2.7.8', weight: '100' }],
    ['provider 3.1', 'dubbo', '30.221.146.35', 20880, 'org.apache.dubbo.samples.api.GreetingsService', { ipv6: 'fd00:1:5:5200:3218:774a:4f67:2341' }],
    ['provider 3.3', 'tri', '10.0.0.5', 50051, 'org.apache.dubbo.demo.GreeterService', { 'prefer.serialization': 'fastjson2,hessian2' }],
  ] as const)('%s', (name, protocol, host, port, path, someParams) => {
    const url = parseDubboUrl(EXAMPLES[name]);
    expect(url).toMatchObject({ protocol, host, port, path, params: someParams });
    expect(url.username).toBeUndefined();
  });

  it.each(Object.entries(EXAMPLES))('%s formats back to the same string and node name', (_, full) => {
    const url = parseDubboUrl(full);
    expect(formatDubboUrl(url)).toBe(full);
    const node = encodeJavaUrl(full);
    expect(toNodeName(url)).toBe(node);
    expect(parseNodeName(node)).toEqual(url);
    expect(toNodeName(parseNodeName(node))).toBe(node);
  });
});

describe('parseDubboUrl edge cases', () => {
  it.each<[string, Partial<DubboUrl>]>([
    ['dubbo://[::1]:20880/a.B?x=1', { host: '[::1]', port: 20880, path: 'a.B' }],
    ['dubbo://[fe80::1%en0]/a.B', { host: '[fe80::1%en0]', port: 0 }],
    ['dubbo://user:pwd@10.0.0.1:20880/a.B', { username: 'user', password: 'pwd', host: '10.0.0.1', port: 20880 }],
    ['zookeeper://admin@10.0.0.1:2181', { username: 'admin', host: '10.0.0.1', port: 2181, path: '' }],
    ['override://0.0.0.0/a.B?weight=5', { host: '0.0.0.0', port: 0, path: 'a.B' }],
    ['consumer://10.0.0.1', { host: '10.0.0.1', port: 0, path: '', params: {} }],
    ['empty://0.0.0.0/a.B?category=providers', { protocol: 'empty', params: { category: 'providers' } }],
    ['route://0.0.0.0/a.B?rule=host+%3D+1&empty=&flag&a=b=c&&x=1&x=2', { params: { rule: 'host+%3D+1', empty: '', flag: '', a: 'b=c', x: '2' } }],
    ['dubbo://10.0.0.1:20880/a/b/c?x=1', { path: 'a/b/c' }],
    ['dubbo://10.0.0.1:20880/a.B#frag', { path: 'a.B' }],
  ])('%s', (full, expected) => {
    expect(parseDubboUrl(full)).toMatchObject(expected);
  });

  it('keeps a hostile __proto__ key as a plain parameter', () => {
    const url = parseDubboUrl('dubbo://1.2.3.4:1/a?__proto__=x&constructor=y');
    expect(paramOf(url, '__proto__')).toBe('x');
    expect(paramOf(url, 'toString')).toBeUndefined();
    expect(Object.getPrototypeOf(url.params)).toBe(Object.prototype);
  });

  it.each(['no-scheme-here', '://1.2.3.4/a', 'dubbo://1.2.3.4:abc/a', 'dubbo://1.2.3.4:70000/a', 'dubbo://[::1/a', 'dubbo://[::1]x/a'])(
    'rejects %j with MALFORMED_URL',
    (full) => {
      expect(() => parseDubboUrl(full)).toThrow(expect.objectContaining({ code: 'MALFORMED_URL' }) as DubboFormatError);
    },
  );

  it('rejects a node name with a broken escape', () => {
    expect(() => parseNodeName('dubbo%3A%2F%2F1.2.3.4%ZZ')).toThrow(DubboFormatError);
  });
});

describe('formatDubboUrl', () => {
  it.each<[DubboUrl, string]>([
    [
      { protocol: 'override', host: '0.0.0.0', port: 0, path: 'a.B', params: { weight: '5', category: 'configurators', dynamic: 'false' } },
      'override://0.0.0.0/a.B?category=configurators&dynamic=false&weight=5',
    ],
    [{ protocol: 'dubbo', host: '1.2.3.4', port: 20880, path: '', params: {} }, 'dubbo://1.2.3.4:20880'],
    [{ protocol: 'dubbo', username: 'u', password: 'p', host: 'h', port: 1, path: 'x', params: { b: ' 2 ', a: '1', '': 'dropped' } }, 'dubbo://u:p@h:1/x?a=1&b=2'],
    [{ protocol: 'dubbo', host: 'h', port: 1, path: 'x', params: { Z: '1', a: '2', _: '3' } }, 'dubbo://h:1/x?Z=1&_=3&a=2'],
  ])('formats %j', (url, expected) => {
    expect(formatDubboUrl(url)).toBe(expected);
  });
});

describe('paramDecoded', () => {
  const url = parseNodeName(
    encodeJavaUrl('override://10.0.0.2/com.foo.Svc?category=configurators&mock=force%3Areturn+null&rule=host+%3D+1.1.1.1+%3D%3E+false&plain=x'),
  );
  it.each([
    ['mock', 'force:return null'],
    ['rule', 'host = 1.1.1.1 => false'],
    ['plain', 'x'],
    ['missing', undefined],
  ])('%s', (key, expected) => {
    expect(paramDecoded(url, key)).toBe(expected);
  });
});
