import { parseServiceMapping } from '../dubbo/app-instance.ts';
import { isZkError } from '../zk/zk-error.ts';
import type { ZkClient } from '../zk/zk-client.ts';
import { parentPath } from '../zk/zk-path.ts';

/**
 * The ZooKeeper writes a Dubbo application makes for itself (dubbo-format.md §1.1, §1.4), through its own
 * session: ephemeral registrations under persistent folders, the CAS-updated interface → application mapping,
 * and create-if-absent persistent nodes (reported metadata, rules an operator left behind).
 */

/**
 * Dubbo's fault-tolerant `createEphemeral`: a node still owned by an older session of ours (or anyone) is
 * deleted and created again, so the registration belongs to this session.
 */
export async function createEphemeral(client: ZkClient, path: string, data: Buffer): Promise<void> {
  await client.mkdirp(parentPath(path));
  try {
    await client.create(path, data, 'ephemeral');
  } catch (error) {
    if (!isZkError(error, 'NODE_EXISTS')) throw error;
    await client.remove(path).catch((removeError: unknown) => {
      if (!isZkError(removeError, 'NO_NODE')) throw removeError;
    });
    await client.create(path, data, 'ephemeral');
  }
}

/** Creates a persistent node unless it exists: never overwrites what is already there. */
export async function createIfAbsent(client: ZkClient, path: string, data: Buffer): Promise<boolean> {
  await client.mkdirp(parentPath(path));
  try {
    await client.create(path, data);
    return true;
  } catch (error) {
    if (isZkError(error, 'NODE_EXISTS')) return false;
    throw error;
  }
}

const MAPPING_ATTEMPTS = 10;

/** `ZookeeperMetadataReport.registerServiceAppMapping`: append the app to the comma list with a version check. */
export async function registerMapping(client: ZkClient, path: string, application: string): Promise<void> {
  for (let attempt = 0; attempt < MAPPING_ATTEMPTS; attempt += 1) {
    let current;
    try {
      current = await client.getData(path);
    } catch (error) {
      if (!isZkError(error, 'NO_NODE')) throw error;
      if (await createIfAbsent(client, path, Buffer.from(application))) return;
      continue;
    }
    const apps = parseServiceMapping(current.data?.toString('utf8') ?? '');
    if (apps.includes(application)) return;
    try {
      await client.setData(path, Buffer.from([...apps, application].join(',')), current.stat.version);
      return;
    } catch (error) {
      if (!isZkError(error, 'BAD_VERSION')) throw error;
    }
  }
  throw new Error(`could not add ${application} to ${path}: too many concurrent updates`);
}
