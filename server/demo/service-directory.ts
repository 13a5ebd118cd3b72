import { parseConfiguratorRule, parseLegacyOverride, type Configurator } from '../dubbo/configurator.ts';
import { parseRelease, releaseAtLeast } from '../dubbo/dubbo-release.ts';
import { parseNodeName, type DubboUrl } from '../dubbo/dubbo-url.ts';
import { effectiveProviderState } from '../dubbo/effective-state.ts';
import { decodeJavaUrl, encodeJavaUrl } from '../dubbo/java-url-codec.ts';
import { applicationOf, isReadableRuleNodeName, providerAddressOf } from '../dubbo/registry-entry.ts';
import { parseServiceKey, ruleKeyOf, serviceIdOfUrl, type ServiceId } from '../dubbo/service-key.ts';
import { joinPath } from '../zk/zk-path.ts';
import { LastGood } from './last-good.ts';
import { metadataProviderUrls } from './metadata-providers.ts';
import type { Invoker } from './provider-selection.ts';
import type { RegistryWatch } from './registry-watch.ts';
import { parseTagRule, type TagRule } from '../dubbo/tag-rule.ts';

/**
 * One consumer instance's view of one service, as Dubbo's RegistryDirectory builds it: the providers of
 * `/dubbo/<iface>/providers` that match its group/version (3.x: else the application-level instances found
 * through `/dubbo/mapping` and reported metadata), every configurator that reaches them (legacy folder,
 * service key, consumer app, provider app — dubbo-format.md §3), and the provider app's `.tag-router` (§5).
 * Recomputed only when the instance's registry view changed. Legacy `route://` rules are watched, not applied.
 */
export interface ConsumerIdentity {
  readonly host: string;
  readonly application: string;
  readonly release: string;
}

export interface RegistryPaths {
  readonly root: string;
  readonly servicesRoot: string;
}

export interface DirectoryState {
  readonly invokers: readonly Invoker[];
  readonly tagRule?: TagRule;
}

export class ServiceDirectory {
  private readonly id: ServiceId;
  private readonly v3: boolean;
  private memo: { readonly revision: number; readonly state: DirectoryState } | undefined;
  private readonly serviceRules = new LastGood((text, node) => parseConfiguratorRule(text, { node, scope: 'service' }).configurators);
  private readonly appRules = new LastGood((text, node) => parseConfiguratorRule(text, { node, scope: 'application' }).configurators);
  private readonly tagRules = new LastGood((text) => parseTagRule(text));

  constructor(
    private readonly watch: RegistryWatch,
    private readonly paths: RegistryPaths,
    readonly serviceKey: string,
    private readonly consumer: ConsumerIdentity,
  ) {
    this.id = parseServiceKey(serviceKey);
    this.v3 = releaseAtLeast(parseRelease(consumer.release), 3, 0);
  }

  current(): DirectoryState {
    const revision = this.watch.revision;
    if (this.memo?.revision === revision) return this.memo.state;
    const state = this.compute();
    this.memo = { revision, state };
    return state;
  }

  private compute(): DirectoryState {
    const folder = joinPath(this.paths.root, encodeJavaUrl(this.id.interface));
    this.watch.children(joinPath(folder, 'routers'));
    const registered = this.interfaceProviders(folder);
    const providers =
      registered.length > 0 || !this.v3 ? registered : metadataProviderUrls(this.watch, this.paths, this.id);
    const providerApps = [...new Set(providers.map((p) => applicationOf(p) ?? ''))].filter((a) => a !== '');
    const apps = [...new Set([this.consumer.application, ...providerApps])];
    const configurators = [
      ...this.legacyConfigurators(folder),
      ...apps.flatMap((app) => this.ruleFile(this.appRules, `${app}.configurators`)),
      ...this.ruleFile(this.serviceRules, `${ruleKeyOf(this.id)}.configurators`),
    ];
    const invokers = providers.map((provider) => this.invoker(provider, configurators));
    const tagApp = providers[0] === undefined ? undefined : applicationOf(providers[0]);
    const tagRule = tagApp === undefined ? undefined : this.tagRules.get(tagApp, this.configText(`${tagApp}.tag-router`));
    return tagRule === undefined ? { invokers } : { invokers, tagRule };
  }

  private invoker(provider: DubboUrl, configurators: readonly Configurator[]): Invoker {
    const state = effectiveProviderState({
      provider,
      configurators,
      release: this.consumer.release,
      consumer: { host: this.consumer.host, application: this.consumer.application },
    });
    return {
      address: providerAddressOf(provider),
      host: provider.host,
      port: provider.port,
      params: state.params,
      weight: state.weight,
      enabled: state.enabled,
    };
  }

  /** `UrlUtils.isMatch`: same interface, the consumer's group (or `*`, or one of a list) and version (or `*`). */
  private interfaceProviders(folder: string): DubboUrl[] {
    const urls: DubboUrl[] = [];
    for (const name of this.watch.children(joinPath(folder, 'providers')) ?? []) {
      const url = parseOrUndefined(name);
      if (url === undefined || url.protocol === 'empty') continue;
      const id = serviceIdOfUrl(url);
      const groupOk = this.id.group === '*' || this.id.group.split(',').includes(id.group);
      const versionOk = this.id.version === '*' || this.id.version === id.version;
      if (id.interface === this.id.interface && groupOk && versionOk) urls.push(url);
    }
    return urls;
  }

  /** 3.x reads only children whose raw name holds the encoded `://`; 2.x decodes and looks for `://` (§1.1). */
  private legacyConfigurators(folder: string): Configurator[] {
    const result: Configurator[] = [];
    for (const name of this.watch.children(joinPath(folder, 'configurators')) ?? []) {
      const readable = this.v3 ? isReadableRuleNodeName(name) : safeDecode(name).includes('://');
      const url = readable ? parseOrUndefined(name) : undefined;
      if (url === undefined || !['override', 'absent', 'empty'].includes(url.protocol)) continue;
      result.push(parseLegacyOverride(url, name));
    }
    return result;
  }

  private ruleFile(files: LastGood<readonly Configurator[]>, node: string): readonly Configurator[] {
    return files.get(node, this.configText(node)) ?? [];
  }

  private configText(node: string): string | undefined {
    return this.watch.data(joinPath(this.paths.root, 'config', 'dubbo', node));
  }
}

function parseOrUndefined(name: string): DubboUrl | undefined {
  try {
    return parseNodeName(name);
  } catch {
    return undefined;
  }
}

function safeDecode(name: string): string {
  try {
    return decodeJavaUrl(name);
  } catch {
    return '';
  }
}
