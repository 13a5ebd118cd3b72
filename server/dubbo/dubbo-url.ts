import { DubboFormatError } from './dubbo-format-error.ts';
import { decodeJavaUrl, encodeJavaUrl } from './java-url-codec.ts';
import { intern } from './string-interner.ts';

/**
 * Dubbo's URL (`protocol://[user[:pwd]@]host[:port]/path?k=v&…`) as it appears, decoded, in registry node
 * names and override/route rules. Parsing follows 3.x `URLStrParser.parseDecodedStr`; formatting follows
 * `URL.toFullString` (parameters sorted by key, values trimmed, nothing escaped), dubbo-format.md §1.1 and §2.
 * Invariant: `toNodeName(parseNodeName(n)) === n` for every node Dubbo itself wrote.
 */
export interface DubboUrl {
  readonly protocol: string;
  readonly username?: string;
  readonly password?: string;
  readonly host: string;
  /** 0 when absent (consumers, `0.0.0.0` overrides). */
  readonly port: number;
  /** Without the leading slash; '' when absent. */
  readonly path: string;
  readonly params: Readonly<Record<string, string>>;
}

function malformed(full: string, why: string): DubboFormatError {
  return new DubboFormatError('MALFORMED_URL', `${why}: "${full.length > 200 ? `${full.slice(0, 200)}…` : full}"`);
}

/**
 * Splits on `&` only. 3.x also splits on `;`, but no Dubbo writer puts a `;` between parameters, and keeping
 * it inside the value keeps node names round-trippable. A key without `=` gets '' (3.x); the first `=` splits
 * key from value; later duplicates win (HashMap.put).
 */
function parseQuery(query: string): Record<string, string> {
  const entries = new Map<string, string>();
  for (const part of query.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq);
    if (key === '') continue;
    entries.set(intern(key), eq < 0 ? '' : intern(part.slice(eq + 1)));
  }
  // Object.fromEntries defines own properties, so a hostile `__proto__=` key cannot touch the prototype.
  return Object.fromEntries(entries);
}

function parsePort(full: string, text: string): number {
  if (text === '') return 0;
  if (!/^\d{1,5}$/.test(text) || Number(text) > 65535) throw malformed(full, `bad port "${text}"`);
  return Number(text);
}

function parseHostPort(full: string, hostPort: string): { host: string; port: number } {
  if (hostPort.startsWith('[')) {
    const close = hostPort.indexOf(']');
    if (close < 0) throw malformed(full, 'unterminated IPv6 address');
    const rest = hostPort.slice(close + 1);
    if (rest !== '' && !rest.startsWith(':')) throw malformed(full, 'garbage after IPv6 address');
    return { host: hostPort.slice(0, close + 1), port: parsePort(full, rest.slice(1)) };
  }
  const colon = hostPort.lastIndexOf(':');
  // Like URLStrParser: a `%` after the last colon is an IPv6 scope id, not a port.
  if (colon < 0 || hostPort.lastIndexOf('%') > colon) return { host: hostPort, port: 0 };
  return { host: hostPort.slice(0, colon), port: parsePort(full, hostPort.slice(colon + 1)) };
}

/** Parses a decoded full URL string; throws DubboFormatError('MALFORMED_URL'). */
export function parseDubboUrl(full: string): DubboUrl {
  const q = full.indexOf('?');
  let body = q >= 0 ? full.slice(0, q) : full;
  const params = q >= 0 ? parseQuery(full.slice(q + 1)) : {};
  const pound = body.indexOf('#');
  if (pound >= 0) body = body.slice(0, pound);
  const protoEnd = body.indexOf('://');
  if (protoEnd < 0) throw malformed(full, 'missing "://"');
  if (protoEnd === 0) throw malformed(full, 'missing protocol');
  const protocol = body.slice(0, protoEnd);
  let authority = body.slice(protoEnd + 3);
  let path = '';
  const slash = authority.indexOf('/');
  if (slash >= 0) {
    path = authority.slice(slash + 1);
    authority = authority.slice(0, slash);
  }
  let username: string | undefined;
  let password: string | undefined;
  const at = authority.lastIndexOf('@');
  if (at >= 0) {
    const userInfo = authority.slice(0, at);
    const colon = userInfo.indexOf(':');
    username = colon < 0 ? userInfo : userInfo.slice(0, colon);
    if (colon >= 0) password = userInfo.slice(colon + 1);
    authority = authority.slice(at + 1);
  }
  const { host, port } = parseHostPort(full, authority);
  return {
    protocol: intern(protocol),
    ...(username !== undefined && username !== '' ? { username } : {}),
    ...(password !== undefined && password !== '' ? { password } : {}),
    host: intern(host),
    port,
    path: intern(path),
    params,
  };
}

/** Java `String.trim()`: strips every char <= U+0020, nothing else. */
function javaTrim(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && s.charCodeAt(start) <= 0x20) start++;
  while (end > start && s.charCodeAt(end - 1) <= 0x20) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

/** `URL.toFullString()`: keys sorted by UTF-16 code unit (TreeMap), values trimmed, not escaped. */
export function formatDubboUrl(url: DubboUrl): string {
  let s = url.protocol === '' ? '' : `${url.protocol}://`;
  if (url.username !== undefined && url.username !== '') {
    s += url.username;
    if (url.password !== undefined && url.password !== '') s += `:${url.password}`;
    s += '@';
  }
  if (url.host !== '') {
    s += url.host;
    if (url.port > 0) s += `:${url.port}`;
  }
  if (url.path !== '') s += `/${url.path}`;
  const keys = Object.keys(url.params).filter((k) => k !== '').sort();
  keys.forEach((key, i) => {
    s += `${i === 0 ? '?' : '&'}${key}=${javaTrim(url.params[key] ?? '')}`;
  });
  return s;
}

/** A ZooKeeper child name under `/dubbo/<iface>/<category>`: decode once, then parse. */
export function parseNodeName(nodeName: string): DubboUrl {
  return parseDubboUrl(decodeJavaUrl(nodeName));
}

/** The node name Dubbo would create for this URL: `URL.encode(url.toFullString())`. */
export function toNodeName(url: DubboUrl): string {
  return encodeJavaUrl(formatDubboUrl(url));
}

/** An own parameter (never something inherited from Object.prototype such as `constructor`). */
export function paramOf(url: DubboUrl, key: string): string | undefined {
  return Object.hasOwn(url.params, key) ? url.params[key] : undefined;
}

/**
 * `getParameterAndDecoded`: for values Dubbo encodes itself before the whole URL is encoded (`rule=`,
 * `mock=`), dubbo-format.md §1.1. Throws DubboFormatError('MALFORMED_URL') on a bad escape, as Java would.
 */
export function paramDecoded(url: DubboUrl, key: string): string | undefined {
  const value = paramOf(url, key);
  return value === undefined || value === '' ? value : decodeJavaUrl(value);
}
