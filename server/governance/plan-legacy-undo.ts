/**
 * Undoing the 2.6 `override://` node changes of rule-history entries, as pure functions: a rollback to
 * version V reverts, newest first, the legacy changes of every entry after V — a node an entry created is
 * removed if it still exists, a node it removed is re-created if absent. The net effect is computed against
 * the nodes that exist right now (read from ZooKeeper just before), so the multi only touches nodes whose
 * presence actually changes and cannot fail on a node someone else already removed. Entries written before
 * history recorded legacy changes count as "no legacy change".
 */
import { decodeJavaUrl } from '../dubbo/java-url-codec.ts';
import type { LegacyFolderChange } from './plan-preview.ts';

export interface LegacyRecord {
  /** Exact ZooKeeper paths the write created / removed. */
  readonly created: readonly string[];
  readonly removed: readonly string[];
}

export interface LegacyHistoryEntry {
  readonly version: number;
  readonly legacy?: LegacyRecord | undefined;
}

export interface LegacyUndo {
  /** Exact ZooKeeper paths to create (persistent, empty data) and to delete. */
  readonly create: readonly string[];
  readonly remove: readonly string[];
}

/** Entries after `version`, newest first. */
function laterEntries(entries: readonly LegacyHistoryEntry[], version: number): LegacyHistoryEntry[] {
  return entries.filter((e) => e.version > version).sort((a, b) => b.version - a.version);
}

/** Every legacy path the entries after `version` touched: what to read before planning the undo. */
export function legacyUndoPaths(entries: readonly LegacyHistoryEntry[], version: number): string[] {
  const paths = new Set<string>();
  for (const e of laterEntries(entries, version)) {
    for (const p of [...(e.legacy?.created ?? []), ...(e.legacy?.removed ?? [])]) paths.add(p);
  }
  return [...paths];
}

/**
 * The node changes that take the legacy nodes back to their state at `version`. `present` = the paths
 * that exist now (at least those `legacyUndoPaths` lists).
 */
export function planLegacyUndo(entries: readonly LegacyHistoryEntry[], version: number, present: ReadonlySet<string>): LegacyUndo {
  // path → whether it exists once the entries so far are undone; the oldest entry touching a path decides.
  const state = new Map<string, boolean>();
  for (const e of laterEntries(entries, version)) {
    // The write removed before it created (rule-store.ts): undo its creates, then its removes.
    for (const path of e.legacy?.created ?? []) state.set(path, false);
    for (const path of e.legacy?.removed ?? []) state.set(path, true);
  }
  const create: string[] = [];
  const remove: string[] = [];
  for (const [path, wanted] of state) {
    const now = present.has(path);
    if (wanted && !now) create.push(path);
    if (!wanted && now) remove.push(path);
  }
  return { create, remove };
}

/** `<root>/<folder>/configurators/<node>` → its folder and node name; undefined for any other path. */
export function legacyPathParts(root: string, path: string): { folderName: string; node: string } | undefined {
  const base = root === '/' ? '' : root;
  if (!path.startsWith(`${base}/`)) return undefined;
  const parts = path.slice(base.length + 1).split('/');
  if (parts.length !== 3 || parts[1] !== 'configurators' || parts[0] === '' || parts[2] === '') return undefined;
  return { folderName: parts[0] as string, node: parts[2] as string };
}

/** The undo as per-folder changes, for the dry-run snapshot (`withRuleChange`). */
export function legacyFolderChanges(root: string, undo: LegacyUndo): LegacyFolderChange[] {
  const folders = new Map<string, { create: string[]; remove: string[] }>();
  const add = (path: string, side: 'create' | 'remove'): void => {
    const parts = legacyPathParts(root, path);
    if (!parts) return;
    const change = folders.get(parts.folderName) ?? { create: [], remove: [] };
    change[side].push(parts.node);
    folders.set(parts.folderName, change);
  };
  undo.remove.forEach((p) => add(p, 'remove'));
  undo.create.forEach((p) => add(p, 'create'));
  return [...folders].map(([folderName, c]) => ({ folderName, ...c }));
}

/** The legacy part of a diff, in the planner's format. */
export function legacyUndoDiff(undo: LegacyUndo): string {
  const label = (path: string): string => decodeJavaUrl(path.slice(path.lastIndexOf('/') + 1));
  const lines = [...undo.remove.map((p) => `- ${p}\n    ${label(p)}`), ...undo.create.map((p) => `+ ${p}\n    ${label(p)}`)];
  return lines.length === 0 ? '' : `legacy override nodes (2.6):\n${lines.join('\n')}\n`;
}
