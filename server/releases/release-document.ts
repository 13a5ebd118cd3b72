/**
 * A release as ZooKeeper holds it (release-store.ts): the JSON document without its id — the id is the node
 * name `r-<seq>` ZooKeeper assigned — read back together with the node's version, the compare-and-set token
 * every change of the release is written under.
 */
import { releaseSchema, type Release } from '../contract/releases.ts';

export const RELEASE_PREFIX = 'r-';

export interface StoredRelease {
  readonly release: Release;
  /** ZooKeeper data version of the release node. */
  readonly version: number;
  readonly path: string;
}

export function releaseData(release: Release): Buffer {
  const { id: _id, ...stored } = release;
  return Buffer.from(JSON.stringify(stored), 'utf8');
}

/** The release stored as `data` under node `id`, or undefined when it is not a release document. */
export function parseReleaseData(id: string, data: Buffer | undefined): Release | undefined {
  let json: unknown;
  try {
    json = JSON.parse(data?.toString('utf8') ?? '{}');
  } catch {
    return undefined;
  }
  const parsed = releaseSchema.safeParse({ ...(typeof json === 'object' && json !== null ? json : {}), id });
  return parsed.success ? parsed.data : undefined;
}
