import { decideConfigurator, type ConfigureTarget } from './configurator-decision.ts';
import { orderConfigurators } from './configurator-order.ts';
import type { Configurator } from './configurator.ts';
import { parseRelease, releaseAtLeast, type DubboRelease } from './dubbo-release.ts';
import { paramOf, type DubboUrl } from './dubbo-url.ts';
import { javaBoolean, javaInt } from './java-values.ts';
import { applicationOf, providerAddressOf } from './registry-entry.ts';
import { serviceIdOfUrl, serviceKeyOf, type ServiceId } from './service-key.ts';

/**
 * What consumers make of one registered provider once every configurator has run (dubbo-format.md §3, §2,
 * §6 step 1–2). Two passes, as in Dubbo:
 * 1. the provider configures its own URL and, from 2.7 on, re-registers it (`RegistryProtocol.OverrideListener`);
 * 2. each consumer configures its copy (`RegistryDirectory.overrideWithConfigurator`) — since 3.0 on a
 *    separate override URL that holds only application/side (+ group/version from 3.3.0), which is what
 *    tilde keys, `match.param` and `absent://` then see.
 * 2.6 applications read only legacy URLs and do not re-register, so only pass 2 counts for them.
 */
export interface EffectiveStateInput {
  readonly provider: DubboUrl;
  readonly configurators: readonly Configurator[];
  /** Dubbo release to emulate, e.g. '2.6.5', '2.7.8', '3.1.11', '3.3.1'; '' = 3.3. */
  readonly release: string;
  /** Absent: "every consumer" — consumer-dependent rules are reported in consumerSpecific, not applied. */
  readonly consumer?: { readonly host: string; readonly application: string };
}

export interface EffectiveProviderState {
  weight: number;
  enabled: boolean;
  /** The provider URL's parameters as a consumer of the emulated release sees them: overrides merged, and
   * from 3.0 on without `timestamp`/`pid`. Override leftovers such as `providerAddresses` stay, as in Dubbo. */
  params: Record<string, string>;
  /** Source nodes of the configurators that matched this provider (provider or consumer side). */
  applied: string[];
  /** Source nodes of configurators that would apply for some consumers only (a consumer IP or application). */
  consumerSpecific: string[];
}

/** `UrlUtils.isMatch`: the registry hands a legacy URL to a subscriber only for its interface/group/version. */
function deliveredByRegistry(c: Configurator, service: ServiceId): boolean {
  // empty:// is made by the registry client from the subscriber's own URL, so it always belongs to it.
  if (c.origin !== 'legacy' || c.url.protocol === 'empty') return true;
  const id = serviceIdOfUrl(c.url);
  const ifaceOk = id.interface === '*' || service.interface === '*' || id.interface === service.interface;
  const groupOk = service.group === '*' || id.group === service.group || service.group.split(',').includes(id.group);
  const versionOk = service.version === '*' || id.version === service.version;
  return ifaceOk && groupOk && versionOk;
}

class Recorder {
  readonly applied: string[] = [];
  readonly consumerSpecific: string[] = [];
  note(list: string[], source: string): void {
    if (!list.includes(source)) list.push(source);
  }
}

function runPass(
  ordered: readonly Configurator[],
  target: (view: Map<string, string>) => ConfigureTarget,
  view: Map<string, string>,
  r: DubboRelease,
  rec: Recorder,
): void {
  for (const c of ordered) {
    const d = decideConfigurator(c, target(view), r);
    if (d.kind === 'consumer-specific') rec.note(rec.consumerSpecific, c.source);
    if (d.kind !== 'apply') continue;
    rec.note(rec.applied, c.source);
    for (const [k, v] of d.params) {
      if (d.mode === 'override' || !view.has(k)) view.set(k, v);
    }
  }
}

function providerPass(
  input: EffectiveStateInput,
  ordered: readonly Configurator[],
  r: DubboRelease,
  rec: Recorder,
): Map<string, string> {
  const p = input.provider;
  const params = new Map(Object.entries(p.params));
  if (!releaseAtLeast(r, 2, 7)) return params;
  runPass(ordered, (view) => ({
    side: 'provider',
    host: p.host,
    port: p.port,
    address: providerAddressOf(p),
    localHost: undefined,
    application: applicationOf(p) ?? '',
    serviceKey: serviceKeyOf(serviceIdOfUrl(p)),
    param: (k) => view.get(k),
  }), params, r, rec);
  return params;
}

const SEEDED = new Set(['application', 'side', 'group', 'version']);

function consumerPass(
  input: EffectiveStateInput,
  registered: Map<string, string>,
  r: DubboRelease,
  rec: Recorder,
): Map<string, string> {
  const p = input.provider;
  const ordered = orderConfigurators(input.configurators, r, releaseAtLeast(r, 2, 7));
  const addressUrl = releaseAtLeast(r, 3, 0);
  const withGroupVersion = releaseAtLeast(r, 3, 3);
  const group = registered.get('group') ?? '';
  const version = registered.get('version') ?? '';
  // 3.x: DubboServiceAddressURL's override URL; 2.x: the merged provider URL itself.
  const view = addressUrl ? new Map<string, string>() : new Map(registered);
  if (addressUrl && withGroupVersion) {
    if (group !== '') view.set('group', group);
    if (version !== '') view.set('version', version);
  }
  const serviceKey = !addressUrl
    ? serviceKeyOf(serviceIdOfUrl({ ...p, params: Object.fromEntries(registered) }))
    : serviceKeyOf({ interface: p.path, group: withGroupVersion ? group : '', version: withGroupVersion ? version : '' });
  runPass(ordered, (v) => ({
    side: 'consumer',
    host: p.host,
    port: p.port,
    address: providerAddressOf(p),
    localHost: input.consumer?.host,
    application: input.consumer?.application,
    serviceKey,
    // At a consumer the configured URL carries the consumer's application and side=consumer.
    param: (k) => (k === 'application' ? input.consumer?.application : k === 'side' ? 'consumer' : v.get(k)),
  }), view, r, rec);
  if (!addressUrl) return view;
  const merged = new Map(registered);
  // 3.x interface discovery strips these before building invokers (VARIABLE_KEYS, §1.1), which is what makes
  // the 3.0.1+ random-LB quirk bite (§6).
  merged.delete('timestamp');
  merged.delete('pid');
  for (const [k, v] of view) {
    // DubboServiceAddressURL.getParameter: a non-empty override value wins, else the provider's.
    if (!SEEDED.has(k) && v !== '') merged.set(k, v);
  }
  return merged;
}

export function effectiveProviderState(input: EffectiveStateInput): EffectiveProviderState {
  const r = parseRelease(input.release);
  const service = serviceIdOfUrl(input.provider);
  // 2.6 applications have no config center: only the legacy /configurators children exist for them.
  const usable = input.configurators.filter(
    (c) => (releaseAtLeast(r, 2, 7) || c.origin === 'legacy') && deliveredByRegistry(c, service),
  );
  const rec = new Recorder();
  const registered = providerPass(input, orderConfigurators(usable, r, false), r, rec);
  const merged = consumerPass({ ...input, configurators: usable }, registered, r, rec);
  const disabled = merged.get('disabled') ?? '';
  // toInvokers: a `disabled` parameter, when present, decides; `enabled=false` at registration hides the provider.
  const enabled =
    javaBoolean(paramOf(input.provider, 'enabled'), true) &&
    (disabled !== '' ? !javaBoolean(disabled, false) : javaBoolean(merged.get('enabled'), true));
  const weight = Math.max(javaInt(merged.get('weight')) ?? 100, 0);
  return {
    weight,
    enabled,
    params: Object.fromEntries(merged),
    applied: rec.applied,
    consumerSpecific: rec.consumerSpecific,
  };
}
