import { describe, expect, it } from 'vitest';
import { OPEN_ACL_UNSAFE } from '../../../server/embedded-zk/acl.ts';
import { DataTree, sequenceSuffix, type NewNode } from '../../../server/embedded-zk/data-tree.ts';

const node = (path: string, zxid: bigint, extra: Partial<NewNode> = {}): NewNode => ({
  path, data: Buffer.from('d'), acl: OPEN_ACL_UNSAFE, ephemeralOwner: 0n, container: false, zxid, time: 1000, ...extra,
});

describe('DataTree', () => {
  it('starts with /, /zookeeper, /zookeeper/quota and a READ-only /zookeeper/config', () => {
    const tree = new DataTree();
    const root = tree.get('/');
    expect(tree.get('')).toBe(root);
    expect(root && tree.statOf(root)).toMatchObject({ cversion: -1, numChildren: 1, czxid: 0n, dataLength: 0 });
    const config = tree.get('/zookeeper/config');
    expect(config?.acl).toEqual([{ perms: 1, id: { scheme: 'world', id: 'anyone' } }]);
    expect(config && tree.statOf(config)).toMatchObject({ aversion: -1 });
    expect(tree.nodeCount).toBe(4);
    expect(tree.approximateDataSize()).toBe(44);
  });

  it('maintains Stat: pzxid and the create counter on the parent, cversion = creates + deletes', () => {
    const tree = new DataTree();
    tree.createNode(node('/p', 5n));
    tree.createNode(node('/p/a', 6n));
    tree.deleteNode('/p/a', 7n);
    const parent = tree.get('/p');
    expect(parent && tree.statOf(parent)).toMatchObject({ czxid: 5n, mzxid: 5n, pzxid: 7n, cversion: 2, numChildren: 0 });
    expect(parent?.childCreates).toBe(1);
    tree.setData('/p', null, 8n, 2000);
    expect(parent && tree.statOf(parent)).toMatchObject({ version: 1, mzxid: 8n, mtime: 2000n, dataLength: 0 });
    tree.setAcl('/p', OPEN_ACL_UNSAFE);
    expect(parent?.aversion).toBe(1);
  });

  it('undoes every mutation exactly, in reverse order', () => {
    const tree = new DataTree();
    tree.createNode(node('/p', 1n));
    const before = JSON.stringify(tree.statOf(tree.get('/p') ?? tree.get('/')!), (_k, v) => (typeof v === 'bigint' ? String(v) : v));
    const undos = [
      tree.createNode(node('/p/e', 2n, { ephemeralOwner: 42n })),
      tree.createNode(node('/p/c', 2n, { container: true })),
      tree.setData('/p', Buffer.from('new'), 2n, 5),
      tree.setAcl('/p', []),
      tree.deleteNode('/p/e', 2n),
    ];
    for (const undo of undos.reverse()) undo();
    const after = JSON.stringify(tree.statOf(tree.get('/p')!), (_k, v) => (typeof v === 'bigint' ? String(v) : v));
    expect(after).toBe(before);
    expect(tree.get('/p/e')).toBeUndefined();
    expect(tree.ephemeralsOf(42n)).toEqual([]);
    expect(tree.containers()).toEqual([]);
  });

  it('indexes ephemerals by session and containers, and counts descendants', () => {
    const tree = new DataTree();
    tree.createNode(node('/a', 1n));
    tree.createNode(node('/a/e', 2n, { ephemeralOwner: 9n }));
    tree.createNode(node('/a/c', 3n, { container: true }));
    expect(tree.ephemeralsOf(9n)).toEqual(['/a/e']);
    expect(tree.containers()).toEqual(['/a/c']);
    expect(tree.countDescendants('/a')).toBe(2);
    expect(tree.countDescendants('/')).toBe(6);
    tree.deleteNode('/a/e', 4n);
    expect(tree.ephemeralCount).toBe(0);
  });

  it.each([
    [0, '0000000000'],
    [42, '0000000042'],
    [2147483647, '2147483647'],
    [-2147483648, '-2147483648'],
    [-5, '-000000005'],
  ])('formats sequence %i as %s', (counter, suffix) => {
    expect(sequenceSuffix(counter)).toBe(suffix);
  });
});
