import { describe, expect, it } from 'vitest';
import { encodeJavaUrl } from '../../../server/dubbo/java-url-codec.ts';
import { emptySnapshot, type RegistrySnapshot } from '../../../server/registry/registry-snapshot.ts';
import { SnapshotDraft } from '../../../server/registry/snapshot-draft.ts';
import {
  folderKindOf,
  initialNodes,
  type MirrorLayout,
  type NodeText,
  type WatchedKind,
  type WatchedNode,
} from '../../../server/registry/watched-folder-kinds.ts';

const clock = (): Date => new Date('2026-01-01T00:00:00Z');
const IFACE = 'org.demo.Greeter';
const PROVIDER = encodeJavaUrl(`dubbo://10.0.0.1:20880/${IFACE}?application=greeter&interface=${IFACE}&side=provider`);
const INSTANCE = JSON.stringify({ name: 'greeter', address: '10.0.0.1', port: 20880, metadata: {} });

/** A registry tree as ZooKeeper would answer it: folders with children, nodes with data. */
type Tree = Readonly<Record<string, readonly string[] | string>>;

/**
 * Walks the table from the initial nodes the way a sync does (apply, then expand the children listed),
 * synchronously and without ZooKeeper: answers every watched path with its kind, and the committed snapshot.
 */
function walk(layout: MirrorLayout, tree: Tree): { watched: [string, WatchedKind][]; snapshot: RegistrySnapshot | undefined } {
  const draft = new SnapshotDraft(emptySnapshot(layout.root), clock);
  const watched: [string, WatchedKind][] = [];
  const visit = (node: WatchedNode): void => {
    watched.push([node.path, node.kind]);
    const kind = folderKindOf(node);
    const entry = tree[node.path];
    if (kind.reads === 'data') {
      const data: NodeText | undefined = typeof entry === 'string' ? { text: entry, version: 3, mtime: 7 } : undefined;
      kind.apply(draft, node, data);
      return;
    }
    const names = Array.isArray(entry) ? (entry as readonly string[]) : undefined;
    for (const child of kind.apply(draft, node, names)) kind.expand(node, child).forEach(visit);
  };
  initialNodes(layout).forEach(visit);
  return { watched, snapshot: draft.commit()?.snapshot };
}

const TREE: Tree = {
  '/dubbo': [IFACE, 'config', 'mapping', 'metadata'],
  [`/dubbo/${IFACE}/providers`]: [PROVIDER],
  [`/dubbo/${IFACE}/consumers`]: [],
  '/dubbo/config/dubbo': ['greeter.configurators'],
  '/dubbo/config/dubbo/greeter.configurators': 'configVersion: v3.0\n',
  '/dubbo/mapping': ['org.demo.Greeter%24Async'],
  '/dubbo/mapping/org.demo.Greeter%24Async': 'greeter,greeter-b',
  '/services': ['greeter'],
  '/services/greeter': ['10.0.0.1:20880'],
  '/services/greeter/10.0.0.1:20880': INSTANCE,
};

describe('watched folder kinds', () => {
  it('watches each path of a Dubbo registry as its kind', () => {
    const { watched } = walk({ root: '/dubbo', servicesRoot: '/services' }, TREE);
    expect(watched).toEqual([
      ['/dubbo', 'root'],
      [`/dubbo/${IFACE}/providers`, 'category'],
      [`/dubbo/${IFACE}/consumers`, 'category'],
      [`/dubbo/${IFACE}/configurators`, 'category'],
      [`/dubbo/${IFACE}/routers`, 'category'],
      ['/dubbo/config/dubbo', 'rules'],
      ['/dubbo/config/dubbo/greeter.configurators', 'rule'],
      ['/dubbo/mapping', 'mappings'],
      ['/dubbo/mapping/org.demo.Greeter%24Async', 'mapping'],
      ['/services', 'applications'],
      ['/services/greeter', 'application'],
      ['/services/greeter/10.0.0.1:20880', 'appInstance'],
    ]);
  });

  it('puts what each kind lists or reads into the snapshot', () => {
    const { snapshot } = walk({ root: '/dubbo', servicesRoot: '/services' }, TREE);
    expect([...(snapshot?.interfaces.keys() ?? [])]).toEqual([IFACE]);
    expect([...(snapshot?.interfaces.get(IFACE)?.providers.keys() ?? [])]).toEqual([PROVIDER]);
    expect(snapshot?.rules.get('greeter.configurators')).toEqual({
      node: 'greeter.configurators',
      path: '/dubbo/config/dubbo/greeter.configurators',
      text: 'configVersion: v3.0\n',
      version: 3,
      mtime: 7,
    });
    expect(snapshot?.mappings.get('org.demo.Greeter$Async')).toEqual(['greeter', 'greeter-b']);
    expect([...(snapshot?.appInstances.get('greeter')?.keys() ?? [])]).toEqual(['10.0.0.1:20880']);
  });

  it('derives paths under a registry at / without a double slash', () => {
    const { watched } = walk({ root: '', servicesRoot: '/services' }, { '/': [IFACE, 'config'] });
    expect(watched.slice(0, 3)).toEqual([
      ['/', 'root'],
      [`/${IFACE}/providers`, 'category'],
      [`/${IFACE}/consumers`, 'category'],
    ]);
    expect(watched.filter(([, kind]) => kind !== 'category')).toEqual([
      ['/', 'root'],
      ['/config/dubbo', 'rules'],
      ['/mapping', 'mappings'],
      ['/services', 'applications'],
    ]);
  });

  it('watches missing folders (to see them created) and tracks no children under them', () => {
    const { watched, snapshot } = walk({ root: '/dubbo', servicesRoot: '/services' }, {});
    expect(watched).toEqual([
      ['/dubbo', 'root'],
      ['/dubbo/config/dubbo', 'rules'],
      ['/dubbo/mapping', 'mappings'],
      ['/services', 'applications'],
    ]);
    expect(snapshot).toBeUndefined();
  });

  it('keeps a mapping name that does not decode as it is', () => {
    const { snapshot } = walk({ root: '/dubbo', servicesRoot: '/services' }, { '/dubbo/mapping': ['bad%zz'], '/dubbo/mapping/bad%zz': 'app' });
    expect([...(snapshot?.mappings.keys() ?? [])]).toEqual(['bad%zz']);
  });
});
