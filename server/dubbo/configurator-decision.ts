import { evaluateConditionMatch } from './condition-match.ts';
import type { Configurator } from './configurator.ts';
import { releaseAtLeast, type DubboRelease } from './dubbo-release.ts';
import { paramOf } from './dubbo-url.ts';
import { javaBoolean } from './java-values.ts';
import { serviceKeyOf, serviceIdOfUrl } from './service-key.ts';

/**
 * Whether one configurator changes one URL, replaying `AbstractConfigurator.configure` of the emulated release
 * (dubbo-format.md §3a "What the host means", §3b "Matching by version"): 2.6.x, 2.7.0–3.1.x, 3.2.0+.
 * An unknown consumer (host/application undefined) turns consumer-dependent checks into 'consumer-specific'.
 */
export interface ConfigureTarget {
  readonly side: 'provider' | 'consumer';
  /** The provider whose URL is being configured. */
  readonly host: string;
  readonly port: number;
  readonly address: string;
  /** Consumer side: the consumer's IP (`NetUtils.getLocalHost`); undefined = every consumer. */
  readonly localHost: string | undefined;
  /** The URL's `application`: the provider's own, or at a consumer the consumer's; undefined = unknown. */
  readonly application: string | undefined;
  readonly serviceKey: string;
  /** Parameters as the configured URL exposes them (3.x consumers expose very few, see effective-state). */
  readonly param: (key: string) => string | undefined;
}

export type ConfigureDecision =
  | {
      readonly kind: 'apply';
      readonly mode: 'override' | 'absent';
      /** The configurator's parameters minus the condition keys: what gets merged. */
      readonly params: ReadonlyArray<readonly [string, string]>;
    }
  | { readonly kind: 'skip' | 'consumer-specific'; readonly reason: string };

type Verdict = true | { readonly kind: 'skip' | 'consumer-specific'; readonly reason: string };

const skip = (reason: string): Verdict => ({ kind: 'skip', reason });
const skipped = (reason: string): ConfigureDecision => ({ kind: 'skip', reason });
const onlySome = (reason: string): Verdict => ({ kind: 'consumer-specific', reason });

/** A definite mismatch beats "depends on the consumer", which beats a match. */
function combine(verdicts: readonly Verdict[]): Verdict {
  return verdicts.find((v) => v !== true && v.kind === 'skip') ?? verdicts.find((v) => v !== true) ?? true;
}

const BASE_CONDITION_KEYS = ['category', 'check', 'dynamic', 'enabled'];
const V27_CONDITION_KEYS = [
  ...BASE_CONDITION_KEYS,
  ...['group', 'version', 'application', 'side', 'configVersion', 'compatible_config', 'interfaces'],
];
/** Removed from YAML-derived URLs by `AbstractConfiguratorListener` from 3.0.2 on. */
const SECURITY_KEYS = ['accesslog.fixed.path', 'router', 'rule', 'runtime', 'type'];

type Flavor = '2.6' | '2.7' | '3.2';

function flavorOf(r: DubboRelease): Flavor {
  if (!releaseAtLeast(r, 2, 7)) return '2.6';
  return releaseAtLeast(r, 3, 2) ? '3.2' : '2.7';
}

function applicationCheck(c: Configurator, t: ConfigureTarget): Verdict {
  const own = paramOf(c.url, 'application');
  const app = own === undefined || own === '' ? c.url.username : own;
  if (app === undefined || app === '*') return true;
  if (t.application === undefined) return onlySome(`only for consumer application ${app}`);
  return app === t.application ? true : skip(`application ${app} is not ${t.application}`);
}

function providerAddressesCheck(c: Configurator, t: ConfigureTarget, flavor: Flavor): Verdict {
  const providers = paramOf(c.url, 'providerAddresses') ?? '';
  if (flavor === '2.6' || providers === '') return true;
  if (flavor === '2.7') {
    // 2.7–3.1 test the joined string with `contains`, so 10.0.0.1:2088 also "contains" 10.0.0.1:20880's prefix.
    const hit = providers.includes(t.address) || providers.includes('0.0.0.0');
    return hit ? true : skip(`providerAddresses ${providers} miss ${t.address}`);
  }
  const ok = providers.split(',').some(
    (a) => a === t.address || a === '0.0.0.0' || a === '0.0.0.0:*' || a === `0.0.0.0:${t.port}` || a === t.host,
  );
  return ok ? true : skip(`providerAddresses ${providers} miss ${t.address}`);
}

function serviceCheck(c: Configurator, t: ConfigureTarget): Verdict {
  const key = serviceKeyOf(serviceIdOfUrl(c.url));
  return key === '*' || key === t.serviceKey ? true : skip(`service ${key} is not ${t.serviceKey} (3.2+ checks it)`);
}

/** `isDeprecatedConditionMatch`: `~key`, `application` and `side` parameters must equal the URL's. */
function tildeCheck(c: Configurator, t: ConfigureTarget): Verdict[] {
  const verdicts: Verdict[] = [];
  for (const [key, value] of Object.entries(c.url.params)) {
    const tilde = key.startsWith('~');
    if ((!tilde && key !== 'application' && key !== 'side') || value === '*') continue;
    const name = tilde ? key.slice(1) : key;
    if (name === 'application' && t.application === undefined) {
      verdicts.push(onlySome(`${key}=${value} depends on the consumer`));
    } else {
      const actual = name === 'application' ? t.application : name === 'side' ? t.side : t.param(name);
      verdicts.push(value === actual ? true : skip(`${key}=${value} does not match ${actual ?? '(absent)'}`));
    }
  }
  return verdicts;
}

function conditionKeys(c: Configurator, flavor: Flavor, v30: boolean): Set<string> {
  const keys = new Set(flavor === '2.6' ? BASE_CONDITION_KEYS : V27_CONDITION_KEYS);
  for (const k of Object.keys(c.url.params)) {
    if (!v30 && (k.startsWith('~') || k === 'application' || k === 'side')) keys.add(k);
  }
  return keys;
}

function configureIfMatch(
  c: Configurator,
  t: ConfigureTarget,
  host: string | undefined,
  r: DubboRelease,
): ConfigureDecision {
  const flavor = flavorOf(r);
  const verdicts: Verdict[] = [];
  if (c.url.host !== '0.0.0.0') {
    if (host === undefined) verdicts.push(onlySome(`only for consumer ${c.url.host}`));
    else if (host !== c.url.host) verdicts.push(skip(`host ${c.url.host} is not ${host}`));
  }
  verdicts.push(providerAddressesCheck(c, t, flavor), applicationCheck(c, t));
  if (flavor === '3.2') verdicts.push(serviceCheck(c, t));
  const v30 = flavor === '3.2' && (paramOf(c.url, 'configVersion') ?? '').startsWith('v3.0');
  if (v30 && c.match !== undefined) {
    const m = evaluateConditionMatch(c.match, { ...t, host });
    if (m === false) verdicts.push(skip('match does not select this URL'));
    else if (m !== true) verdicts.push(onlySome('match depends on the consumer'));
  } else if (!v30) {
    verdicts.push(...tildeCheck(c, t));
  }
  const verdict = combine(verdicts);
  if (verdict !== true) return verdict;
  const drop = conditionKeys(c, flavor, v30);
  if (c.origin !== 'legacy' && releaseAtLeast(r, 3, 0, 2)) SECURITY_KEYS.forEach((k) => drop.add(k));
  return {
    kind: 'apply',
    mode: c.url.protocol === 'absent' ? 'absent' : 'override',
    params: Object.entries(c.url.params).filter(([k]) => !drop.has(k)),
  };
}

export function decideConfigurator(c: Configurator, t: ConfigureTarget, r: DubboRelease): ConfigureDecision {
  if (!javaBoolean(paramOf(c.url, 'enabled'), true)) return skipped('the rule is disabled');
  if (c.url.host === '') return skipped('the rule has no host');
  const flavor = flavorOf(r);
  const configVersion = paramOf(c.url, 'configVersion') ?? '';
  if (flavor !== '2.6' && configVersion !== '') {
    const side = paramOf(c.url, 'side');
    if (side !== t.side) return skipped(`side ${side ?? '(none)'} never targets the ${t.side}`);
    if (t.side === 'consumer') {
      if (flavor === '2.7' && c.url.port !== 0) return skipped('consumer-side address with a port (2.7–3.1)');
      return configureIfMatch(c, t, t.localHost, r);
    }
    if (flavor === '2.7' && c.url.port !== t.port) {
      return skipped(`port ${c.url.port} is not ${t.port} (2.7–3.1 compare ports; 0.0.0.0 without port does nothing)`);
    }
    return configureIfMatch(c, t, t.host, r);
  }
  // Legacy meaning of the host: ip:port = one provider, ip = one consumer, 0.0.0.0 = everyone (§3a).
  if (c.url.port !== 0) {
    return c.url.port === t.port ? configureIfMatch(c, t, t.host, r) : skipped(`port ${c.url.port} is not ${t.port}`);
  }
  return configureIfMatch(c, t, t.side === 'consumer' ? t.localHost : '0.0.0.0', r);
}
