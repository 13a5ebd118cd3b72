import { javaBoolean, javaInt } from './java-values.ts';
import { paramOf, type DubboUrl } from './dubbo-url.ts';

/**
 * Classifying the children of `/dubbo/<iface>/<category>` (dubbo-format.md §1.1, §2). The category folder
 * is authoritative for where a node lives; the helpers here read the URL itself.
 */
export type RegistryCategory = 'providers' | 'consumers' | 'configurators' | 'routers';

export const REGISTRY_CATEGORIES: readonly RegistryCategory[] = ['providers', 'consumers', 'configurators', 'routers'];

export function isRegistryCategory(s: string): s is RegistryCategory {
  return (REGISTRY_CATEGORIES as readonly string[]).includes(s);
}

const ROUTE_PROTOCOLS = new Set(['route', 'condition', 'script', 'tag', 'file']);
const OVERRIDE_PROTOCOLS = new Set(['override', 'absent']);

/**
 * What the URL says about itself, like `RegistryDirectory.judgeCategory`: the protocol decides for rules,
 * then the `category` parameter (first entry of a list), then `consumer://` vs. anything else.
 */
export function registryCategoryOf(url: DubboUrl): RegistryCategory {
  if (OVERRIDE_PROTOCOLS.has(url.protocol)) return 'configurators';
  if (ROUTE_PROTOCOLS.has(url.protocol)) return 'routers';
  const category = (paramOf(url, 'category') ?? '').split(',')[0]?.trim() ?? '';
  if (isRegistryCategory(category)) return category;
  return url.protocol === 'consumer' ? 'consumers' : 'providers';
}

/** `URL.getAddress()`: `host:port`, or the host alone when there is no port. Instances are keyed by it. */
export function providerAddressOf(url: DubboUrl): string {
  return url.port > 0 ? `${url.host}:${url.port}` : url.host;
}

/** The application a URL belongs to: `application`, else the username (`URL.getApplication(username)`). */
export function applicationOf(url: DubboUrl): string | undefined {
  const app = paramOf(url, 'application');
  return app === undefined || app === '' ? url.username : app;
}

/**
 * Whether consumers would use this registered provider before any override: `enabled=false` hides it
 * (`UrlUtils.isMatch`), and `disabled=true` — present only when re-registered after a provider-side
 * override — drops it in `RegistryDirectory.toInvokers` (§2 `enabled`/`disabled`).
 */
export function isEnabledByRegistration(url: DubboUrl): boolean {
  return javaBoolean(paramOf(url, 'enabled'), true) && !javaBoolean(paramOf(url, 'disabled'), false);
}

/** Weight as registered: explicit `weight` or Dubbo's DEFAULT_WEIGHT 100 (§2). */
export function registeredWeightOf(url: DubboUrl): number {
  const n = javaInt(paramOf(url, 'weight'));
  return n === undefined ? 100 : Math.max(n, 0);
}

/**
 * 3.x consumers only parse configurator and router children whose raw name contains the encoded `://`
 * (`CacheableFailbackRegistry`, case-sensitive, §1.1); an unencoded rule node is silently ignored by them.
 */
export function isReadableRuleNodeName(nodeName: string): boolean {
  return nodeName.includes('%3A%2F%2F');
}
