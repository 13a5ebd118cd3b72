import { describe, expect, it } from 'vitest';
import { DubboFormatError } from '../../../server/dubbo/dubbo-format-error.ts';
import { decodeJavaUrl, encodeJavaUrl } from '../../../server/dubbo/java-url-codec.ts';

describe('encodeJavaUrl', () => {
  it.each([
    // dubbo-format.md §1.1: checked against java.net.URLEncoder
    ["mock=force:return null&x=a*b!~'()", 'mock%3Dforce%3Areturn+null%26x%3Da*b%21%7E%27%28%29'],
    ['AZaz09.-*_', 'AZaz09.-*_'],
    [':/?&=,%+', '%3A%2F%3F%26%3D%2C%25%2B'],
    ['dubbo://1.2.3.4:20880/a.B?x=1', 'dubbo%3A%2F%2F1.2.3.4%3A20880%2Fa.B%3Fx%3D1'],
    ['é', '%C3%A9'],
    ['中', '%E4%B8%AD'],
    ['😀', '%F0%9F%98%80'],
    ['\ud800', '%3F'], // a lone surrogate becomes '?', like Java's encoder
    ['', ''],
  ])('encodes %j', (input, expected) => {
    expect(encodeJavaUrl(input)).toBe(expected);
  });
});

describe('decodeJavaUrl', () => {
  it.each([
    ['mock%3Dforce%3Areturn+null%26x%3Da*b%21%7E%27%28%29', "mock=force:return null&x=a*b!~'()"],
    ['a+b%20c', 'a b c'],
    ['%c3%a9', 'é'],
    ['plain', 'plain'],
    ['%FF', '\ufffd'], // invalid UTF-8 is replaced, not rejected (new String(bytes, UTF_8))
  ])('decodes %j', (input, expected) => {
    expect(decodeJavaUrl(input)).toBe(expected);
  });

  it.each(['%', '%4', 'abc%G1', '%%41', 'x%2'])('rejects the malformed escape in %j', (input) => {
    expect(() => decodeJavaUrl(input)).toThrow(DubboFormatError);
    try {
      decodeJavaUrl(input);
    } catch (e) {
      expect((e as DubboFormatError).code).toBe('MALFORMED_URL');
    }
  });

  it.each([
    "mock=force:return null&x=a*b!~'()",
    'route://0.0.0.0/com.foo.Svc?rule=host+%3D+1.1.1.1+%3D%3E+host+%3D+2.2.2.2',
    '100% sure, 50+50',
    'emoji 😀 and ümlaut',
  ])('round-trips %j', (input) => {
    expect(decodeJavaUrl(encodeJavaUrl(input))).toBe(input);
  });

  it('decodes a double-encoded rule= value in two steps (§1.1)', () => {
    const stored = 'route%3A%2F%2F0.0.0.0%2Fcom.foo.Svc%3Fcategory%3Drouters%26rule%3Dhost%2B%253D%2B1.1.1.1%2B%253D%253E%2Bfalse';
    const once = decodeJavaUrl(stored);
    expect(once).toBe('route://0.0.0.0/com.foo.Svc?category=routers&rule=host+%3D+1.1.1.1+%3D%3E+false');
    expect(decodeJavaUrl(once.slice(once.indexOf('rule=') + 5))).toBe('host = 1.1.1.1 => false');
  });
});
