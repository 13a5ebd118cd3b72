/**
 * What a weighted rollback writes back into a touched rule file, as a pure function: the release's own
 * changes undone exactly, foreign edits made elsewhere in the file kept. A line-based three-way merge with
 * base = what the release last wrote, ours = what it should restore (the start snapshot plus foreign edits
 * it already absorbed), theirs = the file now: with no foreign edit the answer is the start snapshot byte
 * for byte. A foreign edit overlapping lines the release changed refuses (RULE_CHANGED_SINCE, details the
 * overlapping ranges). A file the release created is deleted, or — when someone else added items — keeps
 * those and loses only the items the release wrote.
 */
import type { TouchedRule } from '../contract/releases.ts';
import { conflictError } from '../errors/domain-error.ts';
import { mergeLines } from '../governance/merge-lines.ts';
import { rebaseText } from '../governance/rebase-text.ts';
import { loadRuleDocument, renderRuleDocument } from '../governance/rule-document.ts';
import type { RuleNode } from '../governance/rule-node.ts';

/** The text rollback aims for before later foreign edits are merged in. */
export function restoreTarget(touched: TouchedRule): string | null {
  return touched.restoreTo === undefined ? touched.text : touched.restoreTo;
}

/** A YAML value as a stable string (keys sorted; bigint-safe), to recognise the release's own items. */
function canonical(value: unknown): string {
  const sorted = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sorted);
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, x]) => [k, sorted(x)]));
    return typeof v === 'bigint' ? `${v}n` : v;
  };
  return JSON.stringify(sorted(value));
}

function itemsOf(text: string, node: RuleNode): { header: string; items: string[] } {
  const rule = loadRuleDocument(text, node, false);
  const root = rule.doc.toJS({ mapAsMap: false }) as Record<string, unknown>;
  const { configs: _configs, ...header } = root;
  return { header: canonical(header), items: rule.configs.items.map((i) => canonical((i as { toJSON(): unknown }).toJSON())) };
}

/** A file the release created: remove the items it wrote; nothing foreign left → delete the file. */
function withoutReleaseItems(current: string | null, lastWritten: string | null, node: RuleNode): string | null {
  if (current === null || current.trim() === '') return null;
  const written = lastWritten === null ? { header: '', items: [] } : itemsOf(lastWritten, node);
  const rule = loadRuleDocument(current, node, false);
  const pristine = renderRuleDocument(rule);
  const left = [...written.items];
  rule.configs.items = rule.configs.items.filter((item) => {
    const k = left.indexOf(canonical((item as { toJSON(): unknown }).toJSON()));
    if (k >= 0) left.splice(k, 1);
    return k < 0;
  });
  if (left.length > 0) {
    throw conflictError('RULE_CHANGED_SINCE', `${node.node} changed since the release wrote it: ${left.length} of its items were edited or removed by someone else; restore it by hand from its history`, {
      node: node.node,
      changedItems: left.length,
    });
  }
  if (rule.configs.items.length === 0 && itemsOf(current, node).header === written.header) return null;
  return rebaseText(current, pristine, renderRuleDocument(rule));
}

export function rollbackText(touched: TouchedRule, current: string | null, node: RuleNode): string | null {
  const target = restoreTarget(touched);
  if (current === touched.lastWritten) return target;
  if (target === null) return withoutReleaseItems(current, touched.lastWritten, node);
  const merged = mergeLines(touched.lastWritten ?? '', target, current ?? '');
  if (merged.kind === 'merged') return merged.text;
  throw conflictError('RULE_CHANGED_SINCE', `${node.node} was edited since the release wrote it, on lines the release changed; restore it by hand from its history`, {
    node: node.node,
    overlaps: merged.overlaps,
  });
}

/**
 * Takes in the foreign edits of a touched file (the release is about to write over them, or an operator
 * resumed after seeing them): rollback will keep them, and the file as it is now is what the release knows.
 */
export function absorbForeignEdits(touched: TouchedRule, current: string | null, node: RuleNode, weighted: boolean): TouchedRule {
  if (current === touched.lastWritten) return touched;
  if (!weighted) return { ...touched, lastWritten: current };
  return { ...touched, restoreTo: rollbackText(touched, current, node), lastWritten: current };
}
