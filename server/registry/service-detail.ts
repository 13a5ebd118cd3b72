/**
 * The detail view of one service: every provider instance with its registered and effective
 * weight and enabled state, its predicted traffic share, and the rules that apply.
 * Effective state is evaluated as "any consumer" would see it (rules addressed to all
 * consumers); rules addressed to some consumers only are listed separately per instance.
 */
import type { Consumer, Instance } from '../contract/instance.ts';
import type { RuleRef } from '../contract/rule-ref.ts';
import type { ServiceDetail } from '../contract/services.ts';
import type { DubboUrl } from '../dubbo/dubbo-url.ts';
import { registeredWeightOf } from '../dubbo/registry-entry.ts';
import { predictShares } from '../dubbo/traffic-share.ts';
import { legacyRuleRefs } from './legacy-rules.ts';
import { evaluateProviders } from './provider-evaluation.ts';
import { releaseOf } from './provider-instances.ts';
import { ruleCatalog, type RuleCatalog } from './rule-catalog.ts';
import type { RegistrySnapshot, UrlNode } from './registry-snapshot.ts';
import type { ServiceEntry } from './service-index.ts';

export function serviceDetail(snapshot: RegistrySnapshot, entry: ServiceEntry): ServiceDetail {
  const refs = ruleRefsByNode(snapshot, entry, ruleCatalog(snapshot));
  const consumers = entry.consumers.map(toConsumer);
  const evaluated = evaluateProviders(snapshot, entry);
  const loadbalance = evaluated[0]?.state.params['loadbalance'] ?? evaluated[0]?.url.params['loadbalance'] ?? 'random';
  const prediction = predictShares(
    evaluated.map(({ state }) => ({
      weight: state.weight,
      enabled: state.enabled,
      hasExplicitWeight: state.params['weight'] !== undefined,
      hasTimestamp: state.params['timestamp'] !== undefined,
    })),
    { release: evaluated[0]?.release ?? '', loadbalance },
  );
  const providers: Instance[] = evaluated.map(({ group, url, state }, i) => ({
    address: group.address,
    host: url.host,
    port: url.port,
    protocol: url.protocol,
    application: url.params['application'] ?? '',
    registeredWeight: registeredWeightOf(url),
    weight: state.weight,
    registeredEnabled: url.params['enabled'] !== 'false' && url.params['disabled'] !== 'true',
    enabled: state.enabled,
    share: prediction.shares[i] ?? 0,
    tags: tagsOf(url),
    release: releaseOf(url),
    dubboVersion: url.params['dubbo'] ?? '',
    params: { ...url.params },
    appliedRules: lookupRefs(refs, state.applied),
    consumerSpecificRules: lookupRefs(refs, state.consumerSpecific),
    nodes: group.nodes.length,
    discovery: group.discovery,
  }));
  const methods = new Set<string>();
  for (const { url } of evaluated) for (const m of (url.params['methods'] ?? '').split(',')) if (m) methods.add(m);
  return {
    revision: snapshot.revision,
    key: entry.key,
    interface: entry.id.interface,
    group: entry.id.group,
    version: entry.id.version,
    methods: [...methods].sort(),
    providers,
    consumers,
    rules: [...refs.values()],
    loadbalance,
    sharesPredictable: prediction.predictable,
    ...(prediction.note ? { shareNote: prediction.note } : {}),
  };
}

function ruleRefsByNode(snapshot: RegistrySnapshot, entry: ServiceEntry, catalog: RuleCatalog): Map<string, RuleRef> {
  const refs = new Map<string, RuleRef>();
  if (entry.folder) for (const ref of legacyRuleRefs(snapshot.root, entry.folder)) refs.set(ref.node, ref);
  const apps = new Set(entry.providers.map((p) => p.url.params['application'] ?? ''));
  for (const instance of entry.appInstances) apps.add(instance.application);
  for (const app of apps) for (const rule of catalog.byApplication.get(app) ?? []) refs.set(rule.ref.node, rule.ref);
  for (const rule of catalog.byService.get(entry.key) ?? []) refs.set(rule.ref.node, rule.ref);
  return refs;
}

function lookupRefs(refs: ReadonlyMap<string, RuleRef>, nodes: readonly string[]): RuleRef[] {
  return [...new Set(nodes)].flatMap((node) => {
    const ref = refs.get(node);
    return ref ? [ref] : [];
  });
}

function tagsOf(url: DubboUrl): string[] {
  const tag = url.params['dubbo.tag'] ?? url.params['tag'];
  return tag ? [tag] : [];
}

function toConsumer(node: UrlNode): Consumer {
  const { url } = node;
  return {
    address: url.host,
    host: url.host,
    application: url.params['application'] ?? '',
    release: releaseOf(url),
    dubboVersion: url.params['dubbo'] ?? '',
    params: { ...url.params },
  };
}

