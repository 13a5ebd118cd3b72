/**
 * The kinds of ZooKeeper node the mirror watches, as one table: for each kind, whether it is listed or read,
 * what its listing or data changes in the snapshot draft, and which nodes are watched under a child listed for
 * the first time. Every watched node carries its kind from the listing that found it (never guessed back from
 * its path: with a group of '/' or 'services' the same path could be read two ways). Pure.
 *
 *   root                 <root>                          listed: interface folders (minus config, mapping, metadata)
 *   category             <root>/<iface>/<category>       listed: provider/consumer/router/configurator URLs
 *   rules                <root>/config/dubbo             listed: config-center rule nodes
 *   rule                 <root>/config/dubbo/<node>      read: the rule's YAML
 *   mappings             <root>/mapping                  listed: interfaces with an app mapping (dubbo-format.md §1.4)
 *   mapping              <root>/mapping/<iface>          read: the application names
 *   applications         <servicesRoot>                  listed: applications with app-level instances
 *   application          <servicesRoot>/<app>            listed: instance ids
 *   appInstance          <servicesRoot>/<app>/<id>       read: the instance's JSON
 */
import { CATEGORIES, type Category } from './registry-snapshot.ts';
import type { SnapshotDraft } from './snapshot-draft.ts';

/** Where the registry lives: `root` is '' for a registry at '/'. */
export interface MirrorLayout {
  readonly root: string;
  readonly servicesRoot: string;
}

export type WatchedNode =
  | { readonly kind: 'root'; readonly path: string }
  | { readonly kind: 'category'; readonly path: string; readonly folder: string; readonly category: Category }
  | { readonly kind: 'rules'; readonly path: string }
  | { readonly kind: 'rule'; readonly path: string; readonly node: string }
  | { readonly kind: 'mappings'; readonly path: string }
  | { readonly kind: 'mapping'; readonly path: string; readonly interfaceName: string }
  | { readonly kind: 'applications'; readonly path: string }
  | { readonly kind: 'application'; readonly path: string; readonly app: string }
  | { readonly kind: 'appInstance'; readonly path: string; readonly app: string; readonly id: string };

export type WatchedKind = WatchedNode['kind'];

/** The data of a node that is read rather than listed. */
export interface NodeText {
  readonly text: string;
  readonly version: number;
  readonly mtime: number;
}

/** A folder whose children are listed (`names` undefined: the folder does not exist). */
export interface ListedKind<N extends WatchedNode> {
  readonly reads: 'children';
  /** Puts the listing into the draft; answers the children to track. */
  readonly apply: (draft: SnapshotDraft, node: N, names: readonly string[] | undefined) => readonly string[];
  /** The nodes watched under a child tracked for the first time. */
  readonly expand: (node: N, child: string) => readonly WatchedNode[];
}

/** A node whose data is read (`data` undefined: the node does not exist). */
export interface DataKind<N extends WatchedNode> {
  readonly reads: 'data';
  readonly apply: (draft: SnapshotDraft, node: N, data: NodeText | undefined) => void;
}

export type FolderKind<N extends WatchedNode> = ListedKind<N> | DataKind<N>;

/** Child names of the registry root that are not interface folders (dubbo-format.md §1.3, §1.4). */
const RESERVED_ROOT_CHILDREN = new Set(['config', 'mapping', 'metadata']);

export const WATCHED_FOLDER_KINDS: { readonly [K in WatchedKind]: FolderKind<Extract<WatchedNode, { kind: K }>> } = {
  root: {
    reads: 'children',
    apply: (draft, _node, names) => {
      const folders = (names ?? []).filter((name) => !RESERVED_ROOT_CHILDREN.has(name));
      draft.setFolderNames(folders);
      return folders;
    },
    expand: (node, folder) =>
      CATEGORIES.map((category) => ({ kind: 'category', path: childPath(childPath(node.path, folder), category), folder, category })),
  },
  category: {
    reads: 'children',
    apply: (draft, node, names) => {
      draft.setCategory(node.folder, node.category, names);
      return [];
    },
    expand: () => [],
  },
  rules: {
    reads: 'children',
    apply: (draft, _node, names) => {
      draft.setRuleNodes(names ?? []);
      return names ?? [];
    },
    expand: (node, child) => [{ kind: 'rule', path: childPath(node.path, child), node: child }],
  },
  rule: {
    reads: 'data',
    apply: (draft, node, data) => draft.setRule(node.node, data && { node: node.node, path: node.path, ...data }),
  },
  mappings: {
    reads: 'children',
    apply: (draft, _node, names) => {
      draft.setMappingNames((names ?? []).map(decodeMappingName));
      return names ?? [];
    },
    expand: (node, child) => [{ kind: 'mapping', path: childPath(node.path, child), interfaceName: decodeMappingName(child) }],
  },
  mapping: {
    reads: 'data',
    apply: (draft, node, data) => draft.setMapping(node.interfaceName, data?.text),
  },
  applications: {
    reads: 'children',
    apply: (draft, _node, names) => {
      draft.setApplicationNames(names ?? []);
      return names ?? [];
    },
    expand: (node, app) => [{ kind: 'application', path: childPath(node.path, app), app }],
  },
  application: {
    reads: 'children',
    apply: (draft, node, names) => {
      draft.setAppInstanceIds(node.app, names);
      return names ?? [];
    },
    expand: (node, id) => [{ kind: 'appInstance', path: childPath(node.path, id), app: node.app, id }],
  },
  appInstance: {
    reads: 'data',
    apply: (draft, node, data) => draft.setAppInstance(node.app, node.id, node.path, data?.text),
  },
};

/** The row for `node`'s kind (the table is indexed by kind, so the row fits the node). */
export function folderKindOf(node: WatchedNode): FolderKind<WatchedNode> {
  return WATCHED_FOLDER_KINDS[node.kind] as FolderKind<WatchedNode>;
}

/** The nodes a full sync starts from; everything else is found by listing them. */
export function initialNodes(layout: MirrorLayout): WatchedNode[] {
  return [
    { kind: 'root', path: layout.root || '/' },
    { kind: 'rules', path: `${layout.root}/config/dubbo` },
    { kind: 'mappings', path: `${layout.root}/mapping` },
    { kind: 'applications', path: layout.servicesRoot },
  ];
}

function childPath(parent: string, name: string): string {
  return parent === '/' ? `/${name}` : `${parent}/${name}`;
}

/** Mapping nodes are named by the URL-encoded interface; a name that does not decode is kept as is. */
function decodeMappingName(name: string): string {
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    return name;
  }
}
