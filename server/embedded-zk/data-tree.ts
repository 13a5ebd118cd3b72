// The in-memory znode tree: nodes keyed by path, the per-session ephemeral index and the set of
// containers. It applies already-validated mutations and keeps Stat fields exactly as
// ZooKeeper 3.8 does. Each mutation returns an undo function so a failing multi can roll back.
//
// Invariant: `childCreates` is ZooKeeper's internal cversion (a count of child creations). The
// reported cversion is 2 × childCreates − numChildren, i.e. creates plus deletes.

import { OPEN_ACL_UNSAFE, READ_ACL_UNSAFE } from './acl.ts';
import { baseName, parentPath } from './path-validation.ts';
import type { Acl, Stat } from './records.ts';

export interface ZNode {
  data: Buffer | null;
  acl: readonly Acl[];
  readonly czxid: bigint;
  mzxid: bigint;
  pzxid: bigint;
  readonly ctime: number;
  mtime: number;
  version: number;
  aversion: number;
  childCreates: number;
  /** Owning session for ephemerals, 0 otherwise (containers also report 0). */
  readonly ephemeralOwner: bigint;
  readonly container: boolean;
  readonly children: Set<string>;
}

export type Undo = () => void;

export interface NewNode {
  readonly path: string;
  readonly data: Buffer | null;
  readonly acl: readonly Acl[];
  readonly ephemeralOwner: bigint;
  readonly container: boolean;
  readonly zxid: bigint;
  readonly time: number;
}

export const SPECIAL_PATHS: ReadonlySet<string> = new Set(['/', '/zookeeper', '/zookeeper/quota', '/zookeeper/config']);

function emptyNode(acl: readonly Acl[]): ZNode {
  return {
    data: Buffer.alloc(0),
    acl,
    czxid: 0n,
    mzxid: 0n,
    pzxid: 0n,
    ctime: 0,
    mtime: 0,
    version: 0,
    aversion: 0,
    childCreates: 0,
    ephemeralOwner: 0n,
    container: false,
    children: new Set(),
  };
}

/** `%010d` of a signed int, as used for sequential suffixes. */
export function sequenceSuffix(counter: number): string {
  return counter < 0 ? `-${String(-counter).padStart(9, '0')}` : String(counter).padStart(10, '0');
}

export class DataTree {
  private readonly nodes = new Map<string, ZNode>();
  private readonly ephemerals = new Map<bigint, Set<string>>();
  private readonly containerPaths = new Set<string>();

  constructor() {
    // The initial tree of DataTree's constructor: /, /zookeeper, /zookeeper/quota and
    // /zookeeper/config (READ-only with aversion -1). All stats are zero, data is empty (not null).
    const root = emptyNode(OPEN_ACL_UNSAFE);
    const zookeeper = emptyNode(OPEN_ACL_UNSAFE);
    const config = emptyNode(READ_ACL_UNSAFE);
    config.aversion = -1;
    root.children.add('zookeeper');
    zookeeper.children.add('quota').add('config');
    this.nodes.set('/', root).set('/zookeeper', zookeeper);
    this.nodes.set('/zookeeper/quota', emptyNode(OPEN_ACL_UNSAFE)).set('/zookeeper/config', config);
  }

  /** Looks a path up as given; "" is the root's internal key in ZooKeeper and resolves too. */
  get(path: string): ZNode | undefined {
    return this.nodes.get(path === '' ? '/' : path);
  }

  get nodeCount(): number {
    return this.nodes.size;
  }

  statOf(node: ZNode): Stat {
    return {
      czxid: node.czxid,
      mzxid: node.mzxid,
      ctime: BigInt(node.ctime),
      mtime: BigInt(node.mtime),
      version: node.version,
      cversion: (node.childCreates * 2 - node.children.size) | 0,
      aversion: node.aversion,
      ephemeralOwner: node.ephemeralOwner,
      dataLength: node.data?.length ?? 0,
      numChildren: node.children.size,
      pzxid: node.pzxid,
    };
  }

  createNode(spec: NewNode): Undo {
    const parent = this.mustGet(parentPath(spec.path));
    const name = baseName(spec.path);
    const before = { childCreates: parent.childCreates, pzxid: parent.pzxid };
    const node: ZNode = {
      data: spec.data,
      acl: spec.acl,
      czxid: spec.zxid,
      mzxid: spec.zxid,
      pzxid: spec.zxid,
      ctime: spec.time,
      mtime: spec.time,
      version: 0,
      aversion: 0,
      childCreates: 0,
      ephemeralOwner: spec.ephemeralOwner,
      container: spec.container,
      children: new Set(),
    };
    parent.childCreates = (parent.childCreates + 1) | 0;
    parent.pzxid = spec.zxid;
    parent.children.add(name);
    this.nodes.set(spec.path, node);
    this.index(spec.path, node);
    return () => {
      this.unindex(spec.path, node);
      this.nodes.delete(spec.path);
      parent.children.delete(name);
      parent.childCreates = before.childCreates;
      parent.pzxid = before.pzxid;
    };
  }

  /** Deleting does not touch the parent's create counter, only its pzxid. */
  deleteNode(path: string, zxid: bigint): Undo {
    const node = this.mustGet(path);
    const parent = this.mustGet(parentPath(path));
    const name = baseName(path);
    const previousPzxid = parent.pzxid;
    parent.children.delete(name);
    parent.pzxid = zxid;
    this.nodes.delete(path);
    this.unindex(path, node);
    return () => {
      this.nodes.set(path, node);
      this.index(path, node);
      parent.children.add(name);
      parent.pzxid = previousPzxid;
    };
  }

  setData(path: string, data: Buffer | null, zxid: bigint, time: number): Undo {
    const node = this.mustGet(path);
    const before = { data: node.data, version: node.version, mzxid: node.mzxid, mtime: node.mtime };
    node.data = data;
    node.version = (node.version + 1) | 0;
    node.mzxid = zxid;
    node.mtime = time;
    return () => Object.assign(node, before);
  }

  setAcl(path: string, acl: readonly Acl[]): Undo {
    const node = this.mustGet(path);
    const before = { acl: node.acl, aversion: node.aversion };
    node.acl = acl;
    node.aversion = (node.aversion + 1) | 0;
    return () => Object.assign(node, before);
  }

  ephemeralsOf(sessionId: bigint): string[] {
    return [...(this.ephemerals.get(sessionId) ?? [])];
  }

  get ephemeralCount(): number {
    let count = 0;
    for (const paths of this.ephemerals.values()) count += paths.size;
    return count;
  }

  containers(): string[] {
    return [...this.containerPaths];
  }

  /** getAllChildrenNumber: all descendants; for "/" every node but the root. */
  countDescendants(path: string): number {
    if (path === '/') return this.nodes.size - 1;
    const prefix = `${path}/`;
    let count = 0;
    for (const key of this.nodes.keys()) if (key.startsWith(prefix)) count += 1;
    return count;
  }

  /** Rough data size as mntr's zk_approximate_data_size counts it: path plus data lengths. */
  approximateDataSize(): number {
    let size = 0;
    for (const [path, node] of this.nodes) size += path.length + (node.data?.length ?? 0);
    return size;
  }

  private mustGet(path: string): ZNode {
    const node = this.get(path);
    if (node === undefined) throw new Error(`internal: ${path} vanished between validation and apply`);
    return node;
  }

  private index(path: string, node: ZNode): void {
    if (node.container) {
      this.containerPaths.add(path);
    } else if (node.ephemeralOwner !== 0n) {
      let paths = this.ephemerals.get(node.ephemeralOwner);
      if (paths === undefined) this.ephemerals.set(node.ephemeralOwner, (paths = new Set()));
      paths.add(path);
    }
  }

  private unindex(path: string, node: ZNode): void {
    this.containerPaths.delete(path);
    const paths = this.ephemerals.get(node.ephemeralOwner);
    if (paths === undefined) return;
    paths.delete(path);
    if (paths.size === 0) this.ephemerals.delete(node.ephemeralOwner);
  }
}
