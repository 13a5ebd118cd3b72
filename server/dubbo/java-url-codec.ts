import { DubboFormatError } from './dubbo-format-error.ts';

/**
 * java.net.URLEncoder / URLDecoder (UTF-8) semantics. Registry node names are
 * `URLEncoder.encode(url.toFullString())` (dubbo-format.md §1.1); `encodeURIComponent` differs on
 * `! ' ( ) ~` and space, which would create a different node name and leave the old rule alive (§9.7, §9.8).
 */

const HEX = '0123456789ABCDEF';

function isUnreserved(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) || // a-z
    (c >= 0x41 && c <= 0x5a) || // A-Z
    (c >= 0x30 && c <= 0x39) || // 0-9
    c === 0x2e || c === 0x2d || c === 0x2a || c === 0x5f // . - * _
  );
}

function pushByte(out: string[], b: number): void {
  out.push('%', HEX.charAt(b >> 4), HEX.charAt(b & 0xf));
}

function pushCodePoint(out: string[], cp: number): void {
  if (cp < 0x80) {
    pushByte(out, cp);
  } else if (cp < 0x800) {
    pushByte(out, 0xc0 | (cp >> 6));
    pushByte(out, 0x80 | (cp & 0x3f));
  } else if (cp < 0x10000) {
    pushByte(out, 0xe0 | (cp >> 12));
    pushByte(out, 0x80 | ((cp >> 6) & 0x3f));
    pushByte(out, 0x80 | (cp & 0x3f));
  } else {
    pushByte(out, 0xf0 | (cp >> 18));
    pushByte(out, 0x80 | ((cp >> 12) & 0x3f));
    pushByte(out, 0x80 | ((cp >> 6) & 0x3f));
    pushByte(out, 0x80 | (cp & 0x3f));
  }
}

/** `URLEncoder.encode(s, "UTF-8")`: keeps `A-Z a-z 0-9 . - * _`, space → `+`, all else upper-case `%XX`. */
export function encodeJavaUrl(s: string): string {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isUnreserved(c)) {
      out.push(s.charAt(i));
    } else if (c === 0x20) {
      out.push('+');
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const low = s.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        pushCodePoint(out, 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00));
        i++;
      } else {
        pushByte(out, 0x3f); // Java's encoder replaces a lone surrogate with '?'
      }
    } else if (c >= 0xd800 && c <= 0xdfff) {
      pushByte(out, 0x3f);
    } else {
      pushCodePoint(out, c);
    }
  }
  return out.join('');
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

const utf8 = new TextDecoder('utf-8', { fatal: false });

/** Slow path: validates every escape like URLDecoder and decodes bad UTF-8 to U+FFFD instead of failing. */
function decodeStrict(s: string): string {
  let out = '';
  let i = 0;
  while (i < s.length) {
    const ch = s.charAt(i);
    if (ch === '+') {
      out += ' ';
      i++;
    } else if (ch !== '%') {
      out += ch;
      i++;
    } else {
      const bytes: number[] = [];
      while (i < s.length && s.charAt(i) === '%') {
        if (i + 2 >= s.length) {
          throw new DubboFormatError('MALFORMED_URL', `incomplete trailing escape (%) pattern at ${i}`);
        }
        const hi = hexValue(s.charCodeAt(i + 1));
        const lo = hexValue(s.charCodeAt(i + 2));
        if (hi < 0 || lo < 0) {
          throw new DubboFormatError('MALFORMED_URL', `illegal hex characters in escape (%) pattern at ${i}`);
        }
        bytes.push((hi << 4) | lo);
        i += 3;
      }
      out += utf8.decode(new Uint8Array(bytes));
    }
  }
  return out;
}

/** `URLDecoder.decode(s, "UTF-8")`: `+` → space; throws DubboFormatError('MALFORMED_URL') on a bad `%` escape. */
export function decodeJavaUrl(s: string): string {
  if (s.indexOf('%') < 0) {
    return s.indexOf('+') < 0 ? s : s.replace(/\+/g, ' ');
  }
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return decodeStrict(s);
  }
}
