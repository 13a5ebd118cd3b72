// The text of every node below a path, for "nothing changed" assertions (ephemeral and leader nodes included).

import type { ZkClient } from '../../server/zk/zk-client.ts';

export async function zkTree(client: ZkClient, root: string, skip: (path: string) => boolean = () => false): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const visit = async (path: string): Promise<void> => {
    if (skip(path)) return;
    const children = await client.getChildrenIfExists(path);
    if (children === undefined) return;
    const { data } = await client.getData(path).catch(() => ({ data: undefined }));
    out[path] = data?.toString('utf8') ?? '';
    await Promise.all(children.map((c) => visit(path === '/' ? `/${c}` : `${path}/${c}`)));
  };
  await visit(root);
  return out;
}
