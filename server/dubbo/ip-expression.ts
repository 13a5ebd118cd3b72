/**
 * The address patterns Dubbo's v3.0 `match` understands (dubbo-format.md §3b schema): `NetUtils.matchIpExpression`
 * for `cird` and `UrlUtils.isMatchGlobPattern` for `wildcard`. IPv4 only for ranges and CIDR; any other
 * host must equal the pattern (Java would also resolve host names, which a pure console cannot).
 */

/** `UrlUtils.isMatchGlobPattern(pattern, value)`: a single `*` at the start, the end or in the middle. */
export function isMatchGlobPattern(pattern: string, value: string | undefined): boolean {
  if (pattern === '*') return true;
  const v = value ?? '';
  if (pattern === '' && v === '') return true;
  if (pattern === '' || v === '') return false;
  const star = pattern.lastIndexOf('*');
  if (star < 0) return v === pattern;
  if (star === pattern.length - 1) return v.startsWith(pattern.slice(0, -1));
  if (star === 0) return v.endsWith(pattern.slice(1));
  return v.startsWith(pattern.slice(0, star)) && v.endsWith(pattern.slice(star + 1));
}

function ipv4Octets(host: string): number[] | undefined {
  const parts = host.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)) return undefined;
  return parts.map(Number);
}

function inCidr(pattern: string, host: string): boolean {
  const [base = '', bitsText = ''] = pattern.split('/');
  const net = ipv4Octets(base);
  const ip = ipv4Octets(host);
  const bits = Number(bitsText);
  if (net === undefined || ip === undefined || !/^\d{1,2}$/.test(bitsText) || bits > 32) return false;
  const toInt = (o: number[]): number => o.reduce((acc, x) => acc * 256 + x, 0);
  const size = 2 ** (32 - bits);
  return Math.floor(toInt(net) / size) === Math.floor(toInt(ip) / size);
}

function segmentMatches(mask: string, octet: number): boolean {
  if (mask === '*' || mask === String(octet)) return true;
  if (mask.includes('-')) {
    const [lo = '', hi = ''] = mask.split('-');
    return /^\d+$/.test(lo) && /^\d+$/.test(hi) && octet >= Number(lo) && octet <= Number(hi);
  }
  return /^0{1,4}$/.test(mask) && octet === 0;
}

/** `NetUtils.matchIpExpression(pattern, host)` for IPv4: `*`, `10.0.*.1-9`, `10.0.0.0/8`, or an exact host. */
export function matchIpExpression(pattern: string, host: string): boolean {
  const p = pattern.trim();
  if (p === '*' || p === '*.*.*.*') return true;
  if (p.includes('/')) return inCidr(p, host);
  const ip = ipv4Octets(host);
  if (ip === undefined || p.includes(':')) return p === host; // a port in the pattern never matches a bare host
  const mask = p.split('.');
  if (mask.length !== 4) return false;
  return mask.every((m, i) => segmentMatches(m, ip[i] ?? -1));
}
