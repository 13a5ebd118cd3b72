/**
 * Tag names of an application's `<app>.tag-router` rule (dubbo-format.md §5): the marker that a
 * gray release is routing by tag. Only what Dubbo would honour counts: a rule that is disabled,
 * marked invalid, unreadable or without named tags yields none. Parsed once per rule file, by the
 * same tag-rule parser the demo's consumers route with (server/dubbo/tag-rule.ts).
 */
import { parseTagRule, type TagRule } from '../dubbo/tag-rule.ts';
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
  let rule: TagRule;
  try {
    rule = parseTagRule(text);
  } catch {
    return [];
  }
  if (!rule.enabled || !rule.valid) return [];
  return [...new Set(rule.tags.map((t) => t.name.trim()).filter(Boolean))].sort();
}
