/**
 * Config-center rule files (`/<root>/config/dubbo/<node>`) classified by what they target.
 * The node name decides the scope (dubbo-format.md §1.3): `<iface>:<version>:<group>.<suffix>`
 * is service scope, `<app>.<suffix>` application scope. Parsing is memoised per RuleFile
 * object, which the snapshot replaces only when the file's text or version changes.
 */
import type { RuleKind, RuleRef } from '../contract/rule-ref.ts';
import type { RuleTarget } from '../contract/rule-target.ts';
import type { RegistryWarning } from '../contract/warnings.ts';
import { parseConfiguratorRule, type Configurator } from '../dubbo/configurator.ts';
import { parseRuleKey, serviceKeyOf } from '../dubbo/service-key.ts';
import type { RegistrySnapshot, RuleFile } from './registry-snapshot.ts';

const SUFFIXES: readonly (readonly [string, RuleKind])[] = [
  ['.configurators', 'configurators'],
  ['.condition-router', 'condition-router'],
  ['.tag-router', 'tag-router'],
  ['.script-router', 'script-router'],
  ['.affinity-router', 'affinity-router'],
  ['.MESHAPPRULE', 'mesh'],
  ['.migration', 'migration'],
];
const COLON_KEY = /^[^:]+:[^:]*:[^:]*$/;

export interface ParsedRuleFile {
  readonly file: RuleFile;
  readonly ref: RuleRef;
  readonly target: RuleTarget;
  readonly configurators: readonly Configurator[];
  readonly problem?: { readonly code: RegistryWarning['code']; readonly message: string };
  readonly itemWarnings: readonly string[];
}

export function classifyRuleNode(node: string): { kind: RuleKind; target: RuleTarget } {
  const match = SUFFIXES.find(([suffix]) => node.endsWith(suffix));
  const kind = match?.[1] ?? 'other';
  const key = match ? node.slice(0, -match[0].length) : node;
  if (COLON_KEY.test(key)) {
    try {
      return { kind, target: { scope: 'service', serviceKey: serviceKeyOf(parseRuleKey(key)) } };
    } catch {
      // Not a valid colon key after all: treat the key as an application name.
    }
  }
  return { kind, target: { scope: 'application', application: key } };
}

const parsedFiles = new WeakMap<RuleFile, ParsedRuleFile>();

export function parseRuleFile(file: RuleFile): ParsedRuleFile {
  const cached = parsedFiles.get(file);
  if (cached) return cached;
  const { kind, target } = classifyRuleNode(file.node);
  const ref: RuleRef = { node: file.node, label: file.node, path: file.path, kind, scope: target.scope, version: file.version };
  let parsed: ParsedRuleFile = { file, ref, target, configurators: [], itemWarnings: [] };
  if (kind === 'configurators') {
    try {
      const result = parseConfiguratorRule(file.text, { node: file.node, scope: target.scope });
      parsed = { ...parsed, configurators: result.configurators, itemWarnings: result.warnings };
    } catch (error) {
      // The yaml library ends its first line with ':' before a code frame; keep the sentence only.
      const message = (error instanceof Error ? error.message : String(error)).split('\n')[0]?.replace(/:\s*$/, '') ?? '';
      parsed = { ...parsed, problem: { code: 'MALFORMED_RULE', message: `Dubbo ignores this file: ${message}` } };
    }
  }
  parsedFiles.set(file, parsed);
  return parsed;
}

/** The warning a rule file deserves, if any (used by the snapshot draft). */
export function ruleProblem(file: RuleFile): { code: RegistryWarning['code']; message: string } | undefined {
  const parsed = parseRuleFile(file);
  if (parsed.problem) return parsed.problem;
  if (parsed.itemWarnings.length > 0) return { code: 'IGNORED_RULE_ITEM', message: parsed.itemWarnings.join('; ') };
  return undefined;
}

export interface RuleCatalog {
  readonly all: readonly ParsedRuleFile[];
  readonly byService: ReadonlyMap<string, readonly ParsedRuleFile[]>;
  readonly byApplication: ReadonlyMap<string, readonly ParsedRuleFile[]>;
}

const catalogs = new WeakMap<RegistrySnapshot['rules'], RuleCatalog>();

export function ruleCatalog(snapshot: Pick<RegistrySnapshot, 'rules'>): RuleCatalog {
  const cached = catalogs.get(snapshot.rules);
  if (cached) return cached;
  const all: ParsedRuleFile[] = [];
  const byService = new Map<string, ParsedRuleFile[]>();
  const byApplication = new Map<string, ParsedRuleFile[]>();
  for (const file of snapshot.rules.values()) {
    const parsed = parseRuleFile(file);
    all.push(parsed);
    const index = parsed.target.scope === 'service' ? byService : byApplication;
    const key = parsed.target.scope === 'service' ? parsed.target.serviceKey : parsed.target.application;
    const list = index.get(key) ?? [];
    list.push(parsed);
    index.set(key, list);
  }
  const catalog = { all, byService, byApplication };
  catalogs.set(snapshot.rules, catalog);
  return catalog;
}
