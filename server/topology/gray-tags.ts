/**
 * Tag names of an application's `<app>.tag-router` rule (dubbo-format.md §5): the marker that a
 * gray release is routing by tag. Only what Dubbo would honour counts: a rule that is disabled,
 * marked invalid, unreadable or without named tags yields none. Parsed once per rule file.
 */
import { parse as parseYaml } from 'yaml';
import type { RegistrySnapshot, RuleFile } from '../registry/registry-snapshot.ts';
import { ruleCatalog } from '../registry/rule-catalog.ts';

const parsed = new WeakMap<RuleFile, readonly string[]>();

export function grayTagsOf(snapshot: Pick<RegistrySnapshot, 'rules'>, application: string): readonly string[] {
  const rules = ruleCatalog(snapshot).byApplication.get(application) ?? [];
  const tags = new Set<string>();
  for (const rule of rules) {
    if (rule.ref.kind !== 'tag-router') continue;
    for (const tag of tagNames(rule.file)) tags.add(tag);
  }
  return [...tags].sort();
}

export function tagNames(file: RuleFile): readonly string[] {
  const cached = parsed.get(file);
  if (cached) return cached;
  const names = readTagNames(file.text);
  parsed.set(file, names);
  return names;
}

function readTagNames(text: string): readonly string[] {
  let doc: unknown;
  try {
    doc = parseYaml(text, { version: '1.1', uniqueKeys: false });
  } catch {
    return [];
  }
  if (!isRecord(doc) || !flag(doc['enabled']) || !flag(doc['valid']) || !Array.isArray(doc['tags'])) return [];
  const names = doc['tags'].flatMap((tag: unknown) => {
    const name = isRecord(tag) ? tag['name'] : undefined;
    return typeof name === 'string' || typeof name === 'number' ? [String(name).trim()] : [];
  });
  return [...new Set(names.filter(Boolean))].sort();
}

/** Dubbo's `Boolean.parseBoolean(String.valueOf(v))`, defaulting to true when the key is absent. */
function flag(value: unknown): boolean {
  return value === undefined || value === null || String(value).toLowerCase() === 'true';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
