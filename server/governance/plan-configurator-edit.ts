/**
 * Edits one `.configurators` Document for a governance action, touching only managed items
 * (managed-items.ts) — except that enabling an instance also takes it out of foreign items whose only
 * effect is `disabled: true`. Invariants: each instance sits in at most one managed item per kind; an edit
 * that finds the wanted state already written changes nothing (idempotence); the header is fixed only when an
 * item is added or updated, so an enable that only removes items restores the text as it was.
 */
import { isMap, isSeq, type YAMLMap } from 'yaml';
import { javaToString } from '../dubbo/java-values.ts';
import {
  addInstances,
  buildItem,
  classifyItem,
  removeInstance,
  setItemWeight,
  type ManagedItem,
  type ManagedKind,
} from './managed-items.ts';
import { DEFAULT_CONFIG_VERSION, fileEnabled, readHeaderField, setHeaderField, type RuleDocument } from './rule-document.ts';
import type { RuleNode } from './rule-node.ts';

export type ConfiguratorEdit =
  | { readonly kind: 'set-weights'; readonly weights: ReadonlyArray<{ readonly address: string; readonly weight: number }> }
  | { readonly kind: 'disable'; readonly addresses: readonly string[]; readonly sides: readonly ManagedKind[] }
  | { readonly kind: 'enable'; readonly addresses: readonly string[] };

export interface EditNote {
  readonly code: string;
  readonly message: string;
}

export interface ConfiguratorEditResult {
  readonly changed: boolean;
  readonly notes: EditNote[];
}

interface Entry {
  readonly node: YAMLMap;
  readonly json: Record<string, unknown>;
  readonly managed: ManagedItem | undefined;
}

function entriesOf(rule: RuleDocument): Entry[] {
  return rule.configs.items.flatMap((node) => {
    if (!isMap(node)) return [];
    const json = node.toJS(rule.doc) as Record<string, unknown>;
    return [{ node, json, managed: classifyItem(json) }];
  });
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.map((e) => javaToString(e)) : [];
}

/** The provider instances a foreign item names: provider-side `addresses`, consumer-side `providerAddresses`. */
function namedInstances(json: Record<string, unknown>): { listKey: string; instances: string[] } {
  return json['side'] === 'consumer'
    ? { listKey: 'providerAddresses', instances: strings(json['providerAddresses']) }
    : { listKey: 'addresses', instances: strings(json['addresses']) };
}

function deleteItem(rule: RuleDocument, node: YAMLMap): void {
  rule.configs.items = rule.configs.items.filter((n) => n !== node);
}

function takeOut(rule: RuleDocument, e: Entry, listKey: string, address: string): void {
  if (removeInstance(e.node, listKey, address) === 0) deleteItem(rule, e.node);
}

/** Items that are untyped (or `general`) follow the top-level `enabled` (ConfigParser.parseEnabled, §3b). */
function isUntyped(json: Record<string, unknown>): boolean {
  return json['type'] === undefined || json['type'] === null || json['type'] === 'general';
}

/**
 * A file switched off at the top (Dubbo Admin writes `enabled: false`) may be switched on only when that
 * wakes no foreign untyped item; otherwise new items use the typed form, which carries its own `enabled`.
 */
function decideTyped(rule: RuleDocument): boolean {
  if (fileEnabled(rule)) return false;
  return entriesOf(rule).some((e) => e.managed === undefined && isUntyped(e.json));
}

/**
 * Makes the header say what Dubbo needs for the managed items to apply: scope, service-key `key`, a
 * configVersion, and `enabled: true` when an untyped managed item exists. Returns whether anything changed.
 */
function fixHeader(rule: RuleDocument, node: RuleNode, notes: EditNote[]): boolean {
  let changed = false;
  const scope = readHeaderField(rule, 'scope');
  if (scope !== node.scope && setHeaderField(rule, 'scope', node.scope)) {
    changed = true;
    if (scope !== undefined) notes.push({ code: 'SCOPE_REWRITTEN', message: `scope was "${scope}"; the node name makes it ${node.scope}` });
  }
  const key = readHeaderField(rule, 'key');
  if (key !== node.key && setHeaderField(rule, 'key', node.key)) {
    changed = true;
    if (key !== undefined) {
      notes.push({
        code: 'KEY_REWRITTEN',
        message: `key was "${key}", which Dubbo 3.2+ does not match to ${node.key} (dubbo-format.md §9.1); other items in this file now apply on 3.2+ too`,
      });
    }
  }
  if (readHeaderField(rule, 'configVersion') === undefined) changed = setHeaderField(rule, 'configVersion', DEFAULT_CONFIG_VERSION) || changed;
  const untypedManaged = entriesOf(rule).some((e) => e.managed !== undefined && !e.managed.typed);
  if (untypedManaged && !fileEnabled(rule)) {
    changed = setHeaderField(rule, 'enabled', true) || changed;
    notes.push({ code: 'FILE_ENABLED', message: 'top-level enabled was false; typed items keep their own enabled flag' });
  } else if (readHeaderField(rule, 'enabled') === undefined) {
    changed = setHeaderField(rule, 'enabled', true) || changed;
  }
  return changed;
}

function setWeights(rule: RuleDocument, edit: Extract<ConfiguratorEdit, { kind: 'set-weights' }>, typed: boolean): boolean {
  let changed = false;
  const pending = new Map<number, string[]>();
  for (const { address, weight } of edit.weights) {
    const holders = entriesOf(rule).filter((e) => e.managed?.kind === 'weight' && e.managed.instances.includes(address));
    if (holders.length === 1 && holders[0]?.managed?.weight === weight) continue;
    changed = true;
    const sole = holders.find((e) => e.managed?.instances.length === 1);
    for (const h of holders) if (h !== sole) takeOut(rule, h, 'addresses', address);
    if (sole) setItemWeight(sole.node, weight);
    else pending.set(weight, [...(pending.get(weight) ?? []), address]);
  }
  for (const [weight, addresses] of pending) {
    const entries = entriesOf(rule);
    const shadowedAfter = (i: number): boolean =>
      entries.slice(i + 1).some((e) => e.managed === undefined && namedInstances(e.json).instances.some((a) => addresses.includes(a)));
    const at = entries.findLastIndex((e) => e.managed?.kind === 'weight' && e.managed.weight === weight && e.managed.typed === typed);
    const target = at >= 0 && !shadowedAfter(at) ? entries[at] : undefined;
    if (target) addInstances(target.node, 'addresses', addresses);
    else rule.configs.items.push(buildItem(rule.doc, 'weight', addresses, { weight, typed }));
  }
  return changed;
}

function disable(rule: RuleDocument, edit: Extract<ConfiguratorEdit, { kind: 'disable' }>, typed: boolean): boolean {
  let changed = false;
  for (const kind of edit.sides) {
    const entries = entriesOf(rule).filter((e) => e.managed?.kind === kind);
    const missing = edit.addresses.filter((a) => !entries.some((e) => e.managed?.instances.includes(a)));
    if (missing.length === 0) continue;
    changed = true;
    const target = entries.findLast((e) => e.managed?.typed === typed);
    if (target?.managed) addInstances(target.node, target.managed.listKey, missing);
    else rule.configs.items.push(buildItem(rule.doc, kind, missing, { typed }));
  }
  return changed;
}

function enable(rule: RuleDocument, addresses: readonly string[], notes: EditNote[]): boolean {
  let changed = false;
  for (const address of addresses) {
    for (const e of entriesOf(rule)) {
      if (e.managed) {
        if (e.managed.kind === 'weight' || !e.managed.instances.includes(address)) continue;
        takeOut(rule, e, e.managed.listKey, address);
        changed = true;
        continue;
      }
      const params = e.json['parameters'];
      if (!isMap(e.node.get('parameters', true)) || typeof params !== 'object' || params === null) continue;
      const disabled = (params as Record<string, unknown>)['disabled'];
      const named = namedInstances(e.json);
      if (disabled === undefined || javaToString(disabled) !== 'true' || !named.instances.includes(address)) continue;
      if (Object.keys(params).length === 1 && isSeq(e.node.get(named.listKey, true))) {
        takeOut(rule, e, named.listKey, address);
        changed = true;
      } else {
        notes.push({
          code: 'FOREIGN_DISABLE_KEPT',
          message: `an item that also sets ${Object.keys(params).join(', ')} disables ${address}; it was left as written`,
        });
      }
    }
  }
  return changed;
}

export function applyConfiguratorEdit(rule: RuleDocument, node: RuleNode, edit: ConfiguratorEdit): ConfiguratorEditResult {
  const notes: EditNote[] = [];
  if (edit.kind === 'enable') return { changed: enable(rule, edit.addresses, notes), notes };
  const typed = decideTyped(rule);
  const itemsChanged = edit.kind === 'set-weights' ? setWeights(rule, edit, typed) : disable(rule, edit, typed);
  // Managed items already in place still need a header Dubbo reads (e.g. Admin's colon-form key, §9.1).
  const hasManaged = entriesOf(rule).some((e) => e.managed !== undefined);
  const headerChanged = (itemsChanged || hasManaged) && fixHeader(rule, node, notes);
  const changed = itemsChanged || headerChanged;
  if (itemsChanged && typed) {
    notes.push({ code: 'TYPED_ITEMS', message: 'the file is disabled at the top and holds untyped items; new items carry their own enabled flag' });
  }
  return { changed, notes };
}
