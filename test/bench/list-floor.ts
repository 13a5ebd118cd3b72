// The floor for a cold sync: list the same tree the mirror lists (the root, then the four
// category folders of every interface) with bare node-zookeeper-client — no wrapper, no watches,
// no parsing — keeping the same number of reads in flight. The mirror's sync time is reported
// as a ratio to this.

import zookeeper from 'node-zookeeper-client';
import { ReadLimiter } from '../../server/registry/read-limiter.ts';

export async function listRegistryFloor(connectString: string, root: string, inFlight: number): Promise<number> {
  const client = zookeeper.createClient(connectString, { sessionTimeout: 30_000 });
  await new Promise<void>((resolve) => {
    client.once('connected', () => resolve());
    client.connect();
  });
  const list = (path: string): Promise<string[]> =>
    new Promise((resolve, reject) => client.getChildren(path, (error, children) => (error ? reject(error) : resolve(children ?? []))));
  try {
    const limiter = new ReadLimiter(inFlight);
    const folders = await list(root);
    let children = 0;
    await Promise.all(
      folders.flatMap((folder) =>
        ['providers', 'consumers', 'configurators', 'routers'].map((category) =>
          limiter.run(async () => {
            children += (await list(`${root}/${folder}/${category}`)).length;
          }),
        ),
      ),
    );
    return children;
  } finally {
    client.close();
  }
}

/**
 * The same listing through our own ZkClient (which fixes two quadratic spots of the library),
 * still without watches or parsing: the stricter floor, since it isolates what the mirror adds.
 */
export async function listRegistryFloorWrapped(
  client: { getChildren(path: string): Promise<string[]> },
  root: string,
  inFlight: number,
): Promise<number> {
  const limiter = new ReadLimiter(inFlight);
  const folders = await client.getChildren(root);
  let children = 0;
  await Promise.all(
    folders.flatMap((folder) =>
      ['providers', 'consumers', 'configurators', 'routers'].map((category) =>
        limiter.run(async () => {
          children += (await client.getChildren(`${root}/${folder}/${category}`)).length;
        }),
      ),
    ),
  );
  return children;
}
