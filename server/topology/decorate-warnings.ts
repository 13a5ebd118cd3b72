/**
 * Warnings step: counts the registry warnings (broken nodes, broken rule files) each node owns,
 * when ownership can be told from the path: a rule file belongs to its application, or to its
 * service and that service's provider apps; a broken node in an interface folder belongs to every
 * service of that interface, and to an application only when its text names one (`application=`).
 * Unattributable warnings stay in /api/warnings only. Nodes without warnings get no field.
 */
import { decodeJavaUrl } from '../dubbo/java-url-codec.ts';
import type { RegistryWarning } from '../contract/warnings.ts';
import type { RegistrySnapshot } from '../registry/registry-snapshot.ts';
import { classifyRuleNode } from '../registry/rule-catalog.ts';
import { serviceIndex } from '../registry/service-index.ts';
import { appsOf, type GraphDecorator } from './build-base-graph.ts';

export interface WarningOwners {
  readonly applications: readonly string[];
  readonly services: readonly string[];
}

export const decorateWarnings: GraphDecorator = (graph, snapshot) => {
  if (snapshot.warnings.size === 0) return graph;
  const perApplication = new Map<string, number>();
  const perService = new Map<string, number>();
  const bump = (counts: Map<string, number>, name: string): void => {
    counts.set(name, (counts.get(name) ?? 0) + 1);
  };
  for (const warning of snapshot.warnings.values()) {
    const owners = warningOwners(snapshot, warning);
    for (const app of new Set(owners.applications)) bump(perApplication, app);
    for (const key of new Set(owners.services)) bump(perService, key);
  }
  return {
    ...graph,
    nodes: graph.nodes.map((node) => {
      const count = node.kind === 'application' ? perApplication.get(node.label) : perService.get(node.key);
      return count ? { ...node, warnings: count } : node;
    }),
  };
};

export function warningOwners(snapshot: RegistrySnapshot, warning: RegistryWarning): WarningOwners {
  const path = warning.path.startsWith('read:') ? warning.path.slice('read:'.length) : warning.path;
  const segments = path.split('/');
  if (warning.code === 'MALFORMED_INSTANCE') return { applications: [segments.at(-2) ?? ''], services: [] };
  const rootPrefix = `${snapshot.root}/`;
  if (!path.startsWith(rootPrefix)) return { applications: [], services: [] };
  const [first, second, third] = path.slice(rootPrefix.length).split('/');
  if (first === 'config' && second === 'dubbo' && third) return ruleOwners(snapshot, third);
  const folder = first === undefined ? undefined : snapshot.interfaces.get(first);
  if (!folder) return { applications: [], services: [] };
  const services = keysByInterface(snapshot).get(folder.interfaceName) ?? [];
  const named = third === undefined ? undefined : applicationNamedIn(third);
  return { applications: named ? [named] : [], services };
}

function ruleOwners(snapshot: RegistrySnapshot, node: string): WarningOwners {
  const { target } = classifyRuleNode(node);
  if (target.scope === 'application') return { applications: [target.application], services: [] };
  const entry = serviceIndex(snapshot).get(target.serviceKey);
  return { applications: entry ? [...appsOf(entry).providerApps] : [], services: [target.serviceKey] };
}

const keysMemo = new WeakMap<RegistrySnapshot, ReadonlyMap<string, readonly string[]>>();

function keysByInterface(snapshot: RegistrySnapshot): ReadonlyMap<string, readonly string[]> {
  const cached = keysMemo.get(snapshot);
  if (cached) return cached;
  const keys = new Map<string, string[]>();
  for (const entry of serviceIndex(snapshot).values()) {
    const list = keys.get(entry.id.interface);
    if (list) list.push(entry.key);
    else keys.set(entry.id.interface, [entry.key]);
  }
  keysMemo.set(snapshot, keys);
  return keys;
}

/** The `application=` parameter of a node name that failed to parse as a whole, if it can be read. */
function applicationNamedIn(child: string): string | undefined {
  let text = child;
  try {
    text = decodeJavaUrl(child);
  } catch {
    // Not valid URL encoding: look at the raw name.
  }
  const match = /[?&]application=([^&]+)/.exec(text);
  return match?.[1];
}
