import { DubboFormatError } from './dubbo-format-error.ts';
import { paramOf, type DubboUrl } from './dubbo-url.ts';

/**
 * The two key formats of dubbo-format.md §1.2, which are easy to mix up:
 * - service key `[group/]interface[:version]` (URL.getServiceKey, the YAML `key` of service-scope rules);
 * - rule key `interface:version:group` with empty parts kept (config-center node names).
 * Writing the rule key into a YAML `key` silently breaks 3.2+ applications (§9.1).
 */
export interface ServiceId {
  readonly interface: string;
  /** '' when absent. Consumers may carry `*` or a comma list; kept raw. */
  readonly group: string;
  /** '' when absent. */
  readonly version: string;
}

/** `BaseServiceMetadata.buildServiceKey`: `[group/]interface[:version]`. */
export function serviceKeyOf(id: ServiceId): string {
  return `${id.group === '' ? '' : `${id.group}/`}${id.interface}${id.version === '' ? '' : `:${id.version}`}`;
}

/**
 * Inverse of serviceKeyOf, split like `ConfigParser.appendService`: group before the first `/` (only when
 * it is not the first character), version after the first `:` of the rest. So `org.foo.Svc::` yields
 * version `:` — exactly what Dubbo reads from a colon key put into a YAML `key` (§9.1).
 */
export function parseServiceKey(key: string): ServiceId {
  let rest = key;
  let group = '';
  let version = '';
  const slash = rest.indexOf('/');
  if (slash > 0) {
    group = rest.slice(0, slash);
    rest = rest.slice(slash + 1);
  }
  const colon = rest.indexOf(':');
  if (colon > 0) {
    version = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  if (rest === '' || rest.startsWith(':')) {
    throw new DubboFormatError('MALFORMED_KEY', `service key without interface: "${key}"`);
  }
  return { interface: rest, group, version };
}

/** `URL.getColonSeparatedKey` / `DynamicConfiguration.getRuleKey`: `interface:version:group`, empty parts kept. */
export function ruleKeyOf(id: ServiceId): string {
  return `${id.interface}:${id.version}:${id.group}`;
}

/**
 * Inverse of ruleKeyOf. A bare interface (no colon) is accepted as `interface::`. Anything after the second
 * colon belongs to the group, since versions never contain a colon in keys Dubbo builds.
 */
export function parseRuleKey(s: string): ServiceId {
  const first = s.indexOf(':');
  const iface = first < 0 ? s : s.slice(0, first);
  if (iface === '') throw new DubboFormatError('MALFORMED_KEY', `rule key without interface: "${s}"`);
  if (first < 0) return { interface: iface, group: '', version: '' };
  const rest = s.slice(first + 1);
  const second = rest.indexOf(':');
  return second < 0
    ? { interface: iface, version: rest, group: '' }
    : { interface: iface, version: rest.slice(0, second), group: rest.slice(second + 1) };
}

/** `URL.getServiceInterface()` + group/version: the `interface` parameter, falling back to the path. */
export function serviceIdOfUrl(url: DubboUrl): ServiceId {
  const iface = paramOf(url, 'interface');
  return {
    interface: iface === undefined || iface === '' ? url.path : iface,
    group: paramOf(url, 'group') ?? '',
    version: paramOf(url, 'version') ?? '',
  };
}

/** True when `key` looks like a rule key (`a:b:c`, `a::`), i.e. probably written into a YAML `key` by mistake. */
export function looksLikeRuleKey(key: string): boolean {
  return !key.includes('/') && (key.match(/:/g) ?? []).length === 2;
}
