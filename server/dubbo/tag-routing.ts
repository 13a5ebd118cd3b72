import { isStringMatch, type ParamMatch } from './condition-match.ts';
import { parseRelease, releaseAtLeast } from './dubbo-release.ts';
import { matchIpExpression } from './ip-expression.ts';
import type { TagRule } from './tag-rule.ts';

/**
 * Dubbo's tag router as a consumer runs it (dubbo-format.md §5; 3.x `TagStateRouter`): a tagged request goes
 * to its dynamic tag group, else to providers with that static `dubbo.tag`, else (unless force-tag) to the
 * untagged providers outside every dynamic group; an untagged request avoids every dynamic group and every
 * statically tagged provider — which can leave nothing at all (§9.12).
 */
export interface TaggableProvider {
  readonly host: string;
  readonly port: number;
  readonly params: Readonly<Record<string, string>>;
}

export interface TagRequest {
  /** The consumer's release: dynamic rules need 2.7+, `match` tags 3.2+. */
  readonly release: string;
  /** The request tag: the `dubbo.tag` attachment, else the consumer URL's `dubbo.tag`. */
  readonly tag?: string;
  /** `dubbo.force.tag`: no fallback to untagged providers. */
  readonly forceTag?: boolean;
  /** The provider application's `.tag-router`, when one is stored. */
  readonly rule?: TagRule;
}

const TAG_KEY = 'dubbo.tag';

function staticTagOf(p: TaggableProvider): string {
  return p.params[TAG_KEY] ?? '';
}

/** `NetUtils.matchIpExpression(pattern, host, port)`: a `:port` in an IPv4 pattern must equal the port. */
export function matchTagAddress(pattern: string, host: string, port: number): boolean {
  const p = pattern.trim();
  if (p === `0.0.0.0:${port}`) return true;
  if (p.includes('/')) return matchIpExpression(p, host);
  const colon = p.lastIndexOf(':');
  if (colon > 0 && !p.includes('[')) {
    if (p.slice(colon + 1) !== String(port)) return false;
    return matchIpExpression(p.slice(0, colon), host);
  }
  return matchIpExpression(p, host);
}

function inAddresses(p: TaggableProvider, addresses: readonly string[]): boolean {
  return addresses.some((a) => matchTagAddress(a, p.host, p.port));
}

function matchesParams(p: TaggableProvider, match: readonly ParamMatch[]): boolean {
  return match.every((m) => {
    const input = m.key === undefined ? undefined : p.params[m.key];
    return input !== undefined && m.value !== undefined && isStringMatch(m.value, input);
  });
}

/** `TagRouterRule.getTagnameToAddresses` for the current providers: explicit addresses, or `match` (3.2+). */
function tagAddresses<P extends TaggableProvider>(rule: TagRule, providers: readonly P[], release: string): Map<string, string[]> {
  const withMatch = releaseAtLeast(parseRelease(release), 3, 2);
  const result = new Map<string, string[]>();
  for (const tag of rule.tags) {
    if (tag.name === '') continue;
    let addresses = [...tag.addresses];
    if (addresses.length === 0 && withMatch && tag.match.length > 0) {
      addresses = providers.filter((p) => matchesParams(p, tag.match)).map((p) => `${p.host}:${p.port}`);
    }
    if (addresses.length > 0) result.set(tag.name, addresses);
  }
  return result;
}

function staticOnly<P extends TaggableProvider>(providers: readonly P[], request: TagRequest): P[] {
  const tag = request.tag ?? '';
  if (tag === '') return providers.filter((p) => staticTagOf(p) === '');
  const tagged = providers.filter((p) => staticTagOf(p) === tag);
  if (tagged.length > 0 || request.forceTag === true) return tagged;
  return providers.filter((p) => staticTagOf(p) === '');
}

export function routeByTag<P extends TaggableProvider>(providers: readonly P[], request: TagRequest): P[] {
  if (providers.length === 0) return [];
  const rule = request.rule;
  const dynamic = releaseAtLeast(parseRelease(request.release), 2, 7);
  if (!dynamic || rule === undefined || !rule.valid || !rule.enabled) return staticOnly(providers, request);
  const groups = tagAddresses(rule, providers, request.release);
  const allTagged = [...groups.values()].flat();
  const tag = request.tag ?? '';
  if (tag === '') {
    const outside = providers.filter((p) => !inAddresses(p, allTagged));
    return outside.filter((p) => staticTagOf(p) === '');
  }
  const group = groups.get(tag);
  let result: P[];
  if (group !== undefined) {
    result = providers.filter((p) => inAddresses(p, group));
    if (result.length > 0 || rule.force) return result;
  } else {
    result = providers.filter((p) => staticTagOf(p) === tag);
  }
  if (result.length > 0 || request.forceTag === true) return result;
  return providers.filter((p) => !inAddresses(p, allTagged) && staticTagOf(p) === '');
}
