// A cart fleet (four providers, one consumer) in a fresh chroot for the audit suites, HTTP calls that keep
// the X-Request-Id answered, and the audit trail read straight from ZooKeeper, as stored.
import { createHash } from 'node:crypto';
import type { ZkClient } from '../../server/zk/zk-client.ts';
import { DubboRegistrar } from '../support/dubbo-registrar.ts';
import { uniqueChroot } from '../support/use-zookeeper.ts';
import { writeHeaders } from '../support/csrf.ts';

export const CART = 'com.shop.CartService';
export const APP = 'cart';
export const HOSTS = ['10.0.0.1', '10.0.0.2', '10.0.0.3', '10.0.0.4'];
export const AUDIT = '/switchboard/audit';
export const HEAD = '/switchboard/audit-head';

const providerUrl = (host: string): string =>
  `dubbo://${host}:20880/${CART}?application=${APP}&deprecated=false&dubbo=2.0.2&dynamic=true&generic=false` +
  `&interface=${CART}&methods=get&release=3.3.1&side=provider`;
const consumerUrl = `consumer://10.9.0.1/${CART}?application=web&category=consumers&check=false&dubbo=2.0.2&interface=${CART}&methods=get&release=3.3.1&side=consumer`;

export async function cartFleet(connectString: string): Promise<{ connect: string; registrar: DubboRegistrar }> {
  const connect = `${connectString}${await uniqueChroot({ connectString })}`;
  const registrar = await DubboRegistrar.connect(connect);
  for (const host of HOSTS) await registrar.registerProvider(providerUrl(host));
  await registrar.registerConsumer(consumerUrl);
  return { connect, registrar };
}

export interface Answer<T> {
  readonly status: number;
  readonly body: T;
  readonly requestId: string | null;
}

/** A call as the UI makes it (CSRF token on writes); `cookie` signs it in as a user. */
export async function send<T>(base: string, method: string, path: string, body?: unknown, cookie?: string): Promise<Answer<T>> {
  const headers = method === 'GET' ? (cookie === undefined ? {} : { cookie }) : await writeHeaders(base, cookie);
  const res = await fetch(new URL(path, base), { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  return { status: res.status, body: (await res.json()) as T, requestId: res.headers.get('x-request-id') };
}

/** Signs in and answers the session cookie (`name=value`). */
export async function signIn(base: string, username: string, password: string): Promise<string> {
  const res = await fetch(new URL('/api/session', base), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (res.status !== 200 || cookie === undefined) throw new Error(`sign-in of ${username} failed: ${res.status}`);
  return cookie;
}

export const weightPath = (host: string): string => `/api/services/${encodeURIComponent(CART)}/instances/${host}:20880/weight`;
export const appWeightPath = (host: string): string => `/api/applications/${APP}/instances/${host}:20880/weight`;

export interface RawEntry {
  readonly id: string;
  readonly bytes: Buffer;
  readonly record: Record<string, unknown>;
}

/** The kept entries, oldest first, as ZooKeeper holds them. */
export async function rawEntries(client: ZkClient): Promise<RawEntry[]> {
  const names = (await client.getChildren(AUDIT)).filter((n) => n.startsWith('e-')).sort();
  return Promise.all(
    names.map(async (id) => {
      const bytes = (await client.getData(`${AUDIT}/${id}`)).data ?? Buffer.alloc(0);
      return { id, bytes, record: JSON.parse(bytes.toString('utf8')) as Record<string, unknown> };
    }),
  );
}

export const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
