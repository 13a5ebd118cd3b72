/**
 * A `.configurators` file as an editable YAML Document (DESIGN.md §2 "never drop what we do not
 * understand"): comments, unknown fields and foreign items survive because edits go through the `yaml`
 * Document API, never through parse-and-dump. A file Dubbo cannot read is never edited blindly: it is
 * refused (INVALID_RULE_FILE) unless the operator asked to replace it. Parsing mirrors SnakeYAML (YAML 1.1).
 */
import { Document, YAMLMap, YAMLSeq, isMap, isScalar, isSeq, parseDocument, type ToStringOptions } from 'yaml';
import { parseConfiguratorRule } from '../dubbo/configurator.ts';
import { DubboFormatError } from '../dubbo/dubbo-format-error.ts';
import { javaToString } from '../dubbo/java-values.ts';
import { conflictError, validationError } from '../errors/domain-error.ts';
import type { RuleNode } from './rule-node.ts';

export interface RuleDocument {
  readonly doc: Document;
  readonly configs: YAMLSeq;
  /** How to print it so that an untouched file prints back as it was read. */
  readonly style: ToStringOptions;
  readonly origin: 'absent' | 'existing' | 'replaced';
}

const PARSE_OPTIONS = { version: '1.1', intAsBigInt: true, uniqueKeys: false } as const;
const BASE_STYLE: ToStringOptions = { lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false };
const STYLES: readonly ToStringOptions[] = [
  { ...BASE_STYLE, indentSeq: true },
  { ...BASE_STYLE, indentSeq: false },
  { ...BASE_STYLE, indentSeq: true, flowCollectionPadding: true },
  { ...BASE_STYLE, indentSeq: false, flowCollectionPadding: true },
];

export const DEFAULT_CONFIG_VERSION = 'v2.7';

/** The header of a file we create (dubbo-format.md §3b: explicit scope, service-key `key`, explicit enabled). */
export function newRuleDocument(node: RuleNode, origin: 'absent' | 'replaced' = 'absent'): RuleDocument {
  const doc = new Document({}, PARSE_OPTIONS);
  const configs = new YAMLSeq();
  const root = doc.contents as YAMLMap;
  root.set('configVersion', DEFAULT_CONFIG_VERSION);
  root.set('scope', node.scope);
  root.set('key', node.key);
  root.set('enabled', true);
  root.set('configs', configs);
  return { doc, configs, style: STYLES[0] ?? BASE_STYLE, origin };
}

/** Prints the file; an empty `configs` prints as `configs: []`, items as block maps. */
export function renderRuleDocument(rule: RuleDocument): string {
  const flow = rule.configs.flow;
  rule.configs.flow = rule.configs.items.length === 0 ? true : (flow ?? false) && rule.configs.items.every((i) => isMap(i) && i.flow === true);
  const text = rule.doc.toString(rule.style);
  rule.configs.flow = flow ?? false;
  return text;
}

function invalid(node: RuleNode, why: string): never {
  throw conflictError(
    'INVALID_RULE_FILE',
    `${node.node} cannot be read by Dubbo (${why}); it is not overwritten unless you choose to replace it`,
    { node: node.node, reason: why },
  );
}

/** The printer options that print `doc` back as `text` when any does; else the closest (block-sequence indent). */
export function detectStyle(doc: Document, text: string): ToStringOptions {
  return STYLES.find((s) => doc.toString(s) === text) ?? STYLES.find((s) => !s.indentSeq === /^- /m.test(text)) ?? BASE_STYLE;
}

/** Reads the current file; undefined or blank text means "no file yet". */
export function loadRuleDocument(text: string | undefined, node: RuleNode, replaceInvalid: boolean): RuleDocument {
  if (text === undefined || text.trim() === '') return newRuleDocument(node);
  if (text.trimStart().startsWith('[')) {
    // ConfigParser also accepts a JSON array of override URLs; it is valid, so never replace it silently.
    throw validationError('NOT_SUPPORTED', `${node.node} holds a JSON array of override URLs; edit it by hand`, {
      node: node.node,
    });
  }
  const doc = parseDocument(text, PARSE_OPTIONS);
  let why: string | undefined = doc.errors[0]?.message.split('\n')[0];
  if (why === undefined) {
    try {
      parseConfiguratorRule(text, { node: node.node, scope: node.scope });
    } catch (e) {
      why = e instanceof DubboFormatError ? e.message : String(e);
    }
  }
  const root = doc.contents;
  const configs = isMap(root) ? root.get('configs', true) : undefined;
  if (why === undefined && !isSeq(configs)) why = 'configs is not a list';
  if (why !== undefined || !isSeq(configs)) {
    if (replaceInvalid) return newRuleDocument(node, 'replaced');
    return invalid(node, why ?? 'configs is not a list');
  }
  return { doc, configs, style: detectStyle(doc, text), origin: 'existing' };
}

function rootMap(rule: RuleDocument): YAMLMap {
  return rule.doc.contents as YAMLMap;
}

/** Top-level `enabled` as Dubbo reads it (default true). */
export function fileEnabled(rule: RuleDocument): boolean {
  const v = rootMap(rule).get('enabled');
  return v === undefined || v === null ? true : javaToString(v).toLowerCase() === 'true';
}

/** Sets a top-level field; new fields go before `configs` so the header stays on top. */
export function setHeaderField(rule: RuleDocument, key: string, value: unknown): boolean {
  const root = rootMap(rule);
  const current = root.get(key);
  if (current !== undefined && current !== null && javaToString(current) === javaToString(value)) return false;
  const existing = root.get(key, true);
  if (isScalar(existing)) {
    existing.value = value; // keeps the comment next to the value
    return true;
  }
  if (root.has(key)) {
    root.set(key, value);
    return true;
  }
  const pair = rule.doc.createPair(key, value);
  const at = key === 'configVersion' ? 0 : root.items.findIndex((p) => (p.key as { value?: unknown })?.value === 'configs');
  root.items.splice(at < 0 ? root.items.length : at, 0, pair);
  return true;
}

export function readHeaderField(rule: RuleDocument, key: string): string | undefined {
  const v = rootMap(rule).get(key);
  return v === undefined || v === null ? undefined : javaToString(v);
}
