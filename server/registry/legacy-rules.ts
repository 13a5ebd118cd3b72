/**
 * Legacy 2.6-style rules that live inside an interface folder
 * (`/<root>/<iface>/configurators|routers`), as configurators and rule references.
 * Memoised per category map, which the snapshot replaces only when its children change.
 */
import type { RuleRef } from '../contract/rule-ref.ts';
import { parseLegacyOverride, type Configurator } from '../dubbo/configurator.ts';
import { decodeJavaUrl } from '../dubbo/java-url-codec.ts';
import type { InterfaceFolder, UrlNode } from './registry-snapshot.ts';

const memo = new WeakMap<ReadonlyMap<string, UrlNode>, readonly Configurator[]>();

export function legacyConfigurators(folder: InterfaceFolder): readonly Configurator[] {
  const cached = memo.get(folder.configurators);
  if (cached) return cached;
  const result: Configurator[] = [];
  for (const { node, url } of folder.configurators.values()) {
    if (url.protocol !== 'override' && url.protocol !== 'absent') continue;
    result.push(parseLegacyOverride(url, node));
  }
  memo.set(folder.configurators, result);
  return result;
}

export function legacyRuleRefs(root: string, folder: InterfaceFolder): RuleRef[] {
  const refs: RuleRef[] = [];
  for (const node of folder.configurators.keys()) {
    const path = `${root}/${folder.name}/configurators/${node}`;
    refs.push({ node, label: legacyRuleLabel(node), path, kind: 'legacy-override', scope: 'legacy' });
  }
  for (const node of folder.routers.keys()) {
    const path = `${root}/${folder.name}/routers/${node}`;
    refs.push({ node, label: legacyRuleLabel(node), path, kind: 'legacy-route', scope: 'legacy' });
  }
  return refs;
}

/** A legacy rule's node name is its URL, Java-URL-encoded: people read the decoded URL. */
export function legacyRuleLabel(node: string): string {
  try {
    return decodeJavaUrl(node);
  } catch {
    return node;
  }
}
