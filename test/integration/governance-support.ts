// Shared helpers for the governance suites: HTTP calls against a running console and reads of the rule
// files and the console's own state straight from ZooKeeper.
import { parse } from 'yaml';
import { writeHeaders } from '../support/csrf.ts';
import type { ZkClient } from '../../server/zk/zk-client.ts';
import { isZkError } from '../../server/zk/zk-error.ts';

export interface HttpAnswer<T> {
  readonly status: number;
  readonly body: T;
}

export async function call<T>(base: string, method: string, path: string, body?: unknown): Promise<HttpAnswer<T>> {
  const res = await fetch(new URL(path, base), {
    method,
    headers: method === 'GET' ? {} : await writeHeaders(base),
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as T };
}

export const enc = encodeURIComponent;

/** The node's text and version, or undefined when it does not exist. */
export async function readNode(client: ZkClient, path: string): Promise<{ text: string; version: number } | undefined> {
  try {
    const { data, stat } = await client.getData(path);
    return { text: data?.toString('utf8') ?? '', version: stat.version };
  } catch (error) {
    if (isZkError(error, 'NO_NODE')) return undefined;
    throw error;
  }
}

/** address → weight from the managed weight items of a configurators file. */
export function weightsIn(text: string): Map<string, number> {
  const doc = parse(text) as { configs?: Array<{ addresses?: string[]; parameters?: Record<string, unknown> }> };
  const weights = new Map<string, number>();
  for (const item of doc.configs ?? []) {
    const weight = item.parameters?.['weight'];
    if (weight === undefined) continue;
    for (const address of item.addresses ?? []) weights.set(address, Number(weight));
  }
  return weights;
}
