// mkdirp over ZkClient's own calls: creates a path and its missing ancestors as empty persistent nodes
// (each through create(), so each gets the ACL ZkClient chooses for its path); existing nodes are fine.

import { isZkError } from './zk-error.ts';
import { parentPath } from './zk-path.ts';

export interface NodeMaker {
  exists(path: string): Promise<unknown>;
  create(path: string): Promise<string>;
}

export async function mkdirp(client: NodeMaker, path: string): Promise<void> {
  if (path === '/' || (await client.exists(path)) !== undefined) return;
  try {
    await client.create(path);
  } catch (error) {
    if (isZkError(error, 'NODE_EXISTS')) return;
    if (!isZkError(error, 'NO_NODE')) throw error;
    await mkdirp(client, parentPath(path));
    await client.create(path).catch((retryError: unknown) => {
      if (!isZkError(retryError, 'NODE_EXISTS')) throw retryError;
    });
  }
}
