/**
 * The configurator items governance writes, recognised by shape (Dubbo 2.7 reads items into beans, so no
 * marker field can be added). An item is "managed" only when it has exactly one of these shapes and nothing
 * else; every other item is foreign and is left alone. The shapes (dubbo-format.md §3b, §9.2, §9.6, §9.16):
 * weight `{side: provider, addresses: [ip:port…], parameters: {weight: N}}`, consumer-side disable
 * `{side: consumer, addresses: ["0.0.0.0"], providerAddresses: [ip:port…], parameters: {disabled: true}}`,
 * provider-side disable `{side: provider, addresses: [ip:port…], parameters: {disabled: true}}`, each
 * optionally in Dubbo Admin's typed form (`type: weight|disabled`, `enabled: true`).
 */
import { Scalar, YAMLMap, YAMLSeq, isMap, isScalar, isSeq, type Document } from 'yaml';
import { javaToString } from '../dubbo/java-values.ts';
import { canonicalAddress } from './governance-operation.ts';

export type ManagedKind = 'weight' | 'consumer-disable' | 'provider-disable';

export interface ManagedItem {
  readonly kind: ManagedKind;
  /** The list naming the instances: `addresses` (weight, provider-disable) or `providerAddresses`. */
  readonly listKey: 'addresses' | 'providerAddresses';
  readonly instances: readonly string[];
  /** weight items only. */
  readonly weight?: number;
  readonly typed: boolean;
}

const TYPE_OF: Record<ManagedKind, string> = { weight: 'weight', 'consumer-disable': 'disabled', 'provider-disable': 'disabled' };

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function instanceList(v: unknown): string[] | undefined {
  if (!Array.isArray(v) || v.length === 0) return undefined;
  const list = v.map((a) => (typeof a === 'string' && canonicalAddress(a) === a ? a : undefined));
  return list.every((a): a is string => a !== undefined) ? list : undefined;
}

function onlyKeys(json: Record<string, unknown>, allowed: readonly string[]): boolean {
  return Object.keys(json).every((k) => allowed.includes(k));
}

function singleParameter(json: Record<string, unknown>): readonly [string, string] | undefined {
  const p = json['parameters'];
  if (!isRecord(p)) return undefined;
  const entries = Object.entries(p);
  const first = entries[0];
  return entries.length === 1 && first && first[1] !== null ? [first[0], javaToString(first[1])] : undefined;
}

function typedForm(json: Record<string, unknown>, kind: ManagedKind): boolean | undefined {
  if (json['type'] === undefined && json['enabled'] === undefined) return false;
  return json['type'] === TYPE_OF[kind] && json['enabled'] === true ? true : undefined;
}

/** The managed shape of a plain (toJSON'd) item, or undefined for a foreign item. */
export function classifyItem(json: unknown): ManagedItem | undefined {
  if (!isRecord(json)) return undefined;
  const param = singleParameter(json);
  if (param === undefined) return undefined;
  const [name, value] = param;
  if (json['side'] === 'provider' && onlyKeys(json, ['side', 'addresses', 'parameters', 'type', 'enabled'])) {
    const instances = instanceList(json['addresses']);
    if (instances === undefined) return undefined;
    if (name === 'weight' && /^\d{1,5}$/.test(value)) {
      const typed = typedForm(json, 'weight');
      return typed === undefined ? undefined : { kind: 'weight', listKey: 'addresses', instances, weight: Number(value), typed };
    }
    if (name === 'disabled' && value === 'true') {
      const typed = typedForm(json, 'provider-disable');
      return typed === undefined ? undefined : { kind: 'provider-disable', listKey: 'addresses', instances, typed };
    }
    return undefined;
  }
  const consumerKeys = ['side', 'addresses', 'providerAddresses', 'parameters', 'type', 'enabled'];
  if (json['side'] !== 'consumer' || !onlyKeys(json, consumerKeys) || name !== 'disabled' || value !== 'true') {
    return undefined;
  }
  const addresses = json['addresses'];
  if (!Array.isArray(addresses) || addresses.length !== 1 || addresses[0] !== '0.0.0.0') return undefined;
  const instances = instanceList(json['providerAddresses']);
  const typed = typedForm(json, 'consumer-disable');
  if (instances === undefined || typed === undefined) return undefined;
  return { kind: 'consumer-disable', listKey: 'providerAddresses', instances, typed };
}

export function quotedList(values: readonly string[]): YAMLSeq {
  const seq = new YAMLSeq();
  seq.flow = true;
  for (const v of values) {
    const s = new Scalar(v);
    s.type = Scalar.QUOTE_DOUBLE;
    seq.items.push(s);
  }
  return seq;
}

function flowMap(doc: Document, entries: Record<string, unknown>): YAMLMap {
  const map = doc.createNode(entries) as YAMLMap;
  map.flow = true;
  return map;
}

/** A new managed item, keys in the order of dubbo-format.md §3b's examples. */
export function buildItem(
  doc: Document,
  kind: ManagedKind,
  instances: readonly string[],
  options: { readonly weight?: number; readonly typed: boolean },
): YAMLMap {
  const item = new YAMLMap();
  item.set('side', kind === 'consumer-disable' ? 'consumer' : 'provider');
  if (kind === 'consumer-disable') {
    item.set('addresses', quotedList(['0.0.0.0']));
    item.set('providerAddresses', quotedList(instances));
  } else {
    item.set('addresses', quotedList(instances));
  }
  // Integers as bigint, like every integer read with intAsBigInt (a JS number would read back as a Double).
  item.set('parameters', flowMap(doc, kind === 'weight' ? { weight: BigInt(options.weight ?? 100) } : { disabled: true }));
  if (options.typed) {
    item.set('type', TYPE_OF[kind]);
    item.set('enabled', true);
  }
  return item;
}

/** Adds instances to a managed item's list, in the list's own style. */
export function addInstances(item: YAMLMap, listKey: ManagedItem['listKey'], instances: readonly string[]): void {
  const list = item.get(listKey, true);
  if (!isSeq(list)) return;
  const sample = list.items[0];
  for (const a of instances) {
    const s = new Scalar(a);
    if (isScalar(sample) && sample.type !== undefined) s.type = sample.type;
    list.items.push(s);
  }
}

/** Removes one instance from a list of an item (managed or a foreign disable); returns how many remain. */
export function removeInstance(item: YAMLMap, listKey: string, address: string): number {
  const list = item.get(listKey, true);
  if (!isSeq(list)) return 0;
  list.items = list.items.filter((n) => !(isScalar(n) && javaToString(n.value) === address));
  return list.items.length;
}

/** Sets the weight of a managed weight item in place, keeping the value's style and comments. */
export function setItemWeight(item: YAMLMap, weight: number): void {
  const params = item.get('parameters', true);
  if (!isMap(params)) return;
  const node = params.get('weight', true);
  if (isScalar(node)) {
    node.value = BigInt(weight);
    if (node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE) node.value = String(weight);
  } else {
    params.set('weight', BigInt(weight));
  }
}
