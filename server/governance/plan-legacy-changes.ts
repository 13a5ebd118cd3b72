/**
 * All 2.6 `override://` node changes of one operation, across the services it touches: create our copy in
 * legacy mode, and in any mode remove the legacy nodes that would defeat the operation — a pure weight
 * node of the instance with another weight (a 2.6-style weight wins at every consumer, dubbo-format.md §3a)
 * or, on enable, a pure disable node of the instance. Paths are exact: `<root>/<folder>/configurators/<node>`.
 */
import { decodeJavaUrl } from '../dubbo/java-url-codec.ts';
import type { AffectedService } from './governance-context.ts';
import type { RuleOperation } from './governance-operation.ts';
import type { LegacyFolderChange } from './plan-preview.ts';
import { legacyFolderName, legacyNodePath, planLegacyOverride, type LegacyEffect } from './plan-legacy-override.ts';

export interface LegacyChanges {
  /** ZooKeeper paths to create (persistent, empty data) and to delete. */
  readonly create: readonly string[];
  readonly remove: readonly string[];
  readonly folders: readonly LegacyFolderChange[];
}

function wanted(op: RuleOperation): LegacyEffect | { readonly kind: 'enabled' } {
  if (op.action.kind === 'set-weight') return { kind: 'weight', weight: op.action.weight };
  return op.action.kind === 'disable' ? { kind: 'disabled' } : { kind: 'enabled' };
}

export function planLegacyChanges(
  root: string,
  op: RuleOperation,
  addresses: readonly string[],
  services: readonly AffectedService[],
): LegacyChanges & { readonly diff: string } {
  const folders = new Map<string, { create: string[]; remove: string[] }>();
  for (const s of services) {
    const folderName = legacyFolderName(s.entry.folder, s.entry.id);
    for (const address of addresses) {
      const provider = s.providers.find((p) => p.group.address === address);
      if (!provider) continue;
      if (op.target.scope === 'application' && provider.url.params['application'] !== op.target.application) continue;
      const plan = planLegacyOverride(s.entry.folder, s.entry.id, address, wanted(op), op.legacy);
      const change = folders.get(folderName) ?? { create: [], remove: [] };
      for (const n of plan.create) if (!change.create.includes(n)) change.create.push(n);
      for (const n of plan.remove) if (!change.remove.includes(n)) change.remove.push(n);
      folders.set(folderName, change);
    }
  }
  const list = [...folders].map(([folderName, c]) => ({ folderName, ...c })).filter((c) => c.create.length + c.remove.length > 0);
  const path = (folderName: string, n: string): string => legacyNodePath(root, folderName, n);
  const create = list.flatMap((c) => c.create.map((n) => path(c.folderName, n)));
  const remove = list.flatMap((c) => c.remove.map((n) => path(c.folderName, n)));
  const lines = [
    ...list.flatMap((c) => c.remove.map((n) => `- ${path(c.folderName, n)}\n    ${decodeJavaUrl(n)}`)),
    ...list.flatMap((c) => c.create.map((n) => `+ ${path(c.folderName, n)}\n    ${decodeJavaUrl(n)}`)),
  ];
  const diff = lines.length === 0 ? '' : `legacy override nodes (2.6):\n${lines.join('\n')}\n`;
  return { create, remove, folders: list, diff };
}
