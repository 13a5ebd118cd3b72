// Parses Dubbo-style registry addresses into what a ZooKeeper client needs.
// Accepted: `zookeeper://[user:pass@]h1:2181[,h2:2181][/chroot]?backup=h3:2181&group=g&username=u&password=p
// &timeout=<connect ms>&session=<session ms>` and the bare ZooKeeper form `h1:2181,h2:2181[/chroot]`.
// Like Dubbo, the registry root is '/' + group (default '/dubbo') and unknown parameters are ignored.
// A URL path naming Dubbo's RegistryService (`zookeeper://h:2181/org.apache.dubbo.registry.RegistryService`,
// the form Dubbo itself prints) is not a chroot; any other path is.

import { RegistryAddressError } from './registry-address-error.ts';
import { isValidZkPath } from './zk-path.ts';

export interface RegistryAddress {
  /** host:port, deduplicated, in the order given (primary first, then backups). */
  readonly servers: readonly string[];
  /** '/' + group; default '/dubbo'; a group already starting with '/' is used as is. */
  readonly root: string;
  readonly auth?: { readonly username: string; readonly password: string };
  readonly sessionTimeoutMs: number;
  readonly connectTimeoutMs: number;
  /** The address for logs and the UI: never contains the password. */
  readonly display: string;
  /** Client-side chroot every path is relative to, e.g. '/prod'. */
  readonly chroot?: string;
}

export const DEFAULT_REGISTRY_ROOT = '/dubbo';
export const DEFAULT_ZK_PORT = 2181;
export const DEFAULT_SESSION_TIMEOUT_MS = 30_000;
export const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;

const HOST = /^[A-Za-z0-9._-]+$/;
const REGISTRY_SERVICE_PATH = /^\/(?:[A-Za-z_$][\w$]*\.)+RegistryService$/;

export function parseRegistryAddress(input: string): RegistryAddress {
  const fail = (reason: string): never => {
    throw new RegistryAddressError(input, reason);
  };
  let rest = input.trim();
  if (rest === '') fail('it is empty');
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(rest);
  if (scheme) {
    if (scheme[1]?.toLowerCase() !== 'zookeeper') fail(`unsupported scheme "${scheme[1]}", expected zookeeper://`);
    rest = rest.slice(scheme[0].length);
  }
  const [beforeQuery, query] = splitOnce(rest, '?');
  const slash = beforeQuery.indexOf('/');
  const authority = slash === -1 ? beforeQuery : beforeQuery.slice(0, slash);
  const path = slash === -1 ? '' : beforeQuery.slice(slash);
  const at = authority.lastIndexOf('@');
  const userInfo = at === -1 ? undefined : authority.slice(0, at);
  const params = parseQuery(query ?? '');

  const servers = parseServers([authority.slice(at + 1), params.get('backup') ?? ''], fail);
  const auth = parseAuth(userInfo, params, fail);
  const root = parseRoot(params.get('group'), fail);
  const chroot = parseChroot(path, fail);
  const connectTimeoutMs = parseMillis(params, ['timeout'], DEFAULT_CONNECT_TIMEOUT_MS, fail);
  const sessionTimeoutMs = parseMillis(params, ['session', 'zk.session.expire'], DEFAULT_SESSION_TIMEOUT_MS, fail);

  const display =
    `zookeeper://${auth ? `${auth.username}@` : ''}${servers.join(',')}${chroot ?? ''}` +
    (root === DEFAULT_REGISTRY_ROOT ? '' : `?group=${root}`);
  return {
    servers,
    root,
    ...(auth ? { auth } : {}),
    sessionTimeoutMs,
    connectTimeoutMs,
    display,
    ...(chroot ? { chroot } : {}),
  };
}

/** The connection string node-zookeeper-client expects: 'h1:2181,h2:2181/chroot'. */
export function toConnectString(address: RegistryAddress): string {
  return address.servers.join(',') + (address.chroot ?? '');
}

type Fail = (reason: string) => never;

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const index = text.indexOf(separator);
  return index === -1 ? [text, undefined] : [text.slice(0, index), text.slice(index + 1)];
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Dubbo addresses are written decoded; '+' stays '+' (passwords may contain it). First value wins. */
function parseQuery(query: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const [key, value] = splitOnce(pair, '=');
    const name = decode(key).trim();
    if (name !== '' && !params.has(name)) params.set(name, decode(value ?? '').trim());
  }
  return params;
}

function parseServers(lists: readonly string[], fail: Fail): string[] {
  const servers = new Set<string>();
  for (const item of lists.join(',').split(',')) {
    const server = item.trim();
    if (server === '') continue;
    const [host, port] = splitOnce(server, ':');
    if (!HOST.test(host)) fail(`"${server}" is not host[:port] (IPv6 literals are not supported)`);
    const portNumber = port === undefined ? DEFAULT_ZK_PORT : Number(port);
    if (!Number.isInteger(portNumber) || portNumber < 1 || portNumber > 65_535 || port === '') {
      fail(`"${server}" has an invalid port`);
    }
    servers.add(`${host}:${portNumber}`);
  }
  if (servers.size === 0) fail('it names no server');
  return [...servers];
}

function parseAuth(
  userInfo: string | undefined,
  params: ReadonlyMap<string, string>,
  fail: Fail,
): { username: string; password: string } | undefined {
  const [infoUser, infoPassword] = userInfo === undefined ? [undefined, undefined] : splitOnce(userInfo, ':');
  const username = params.get('username') || (infoUser === undefined ? '' : decode(infoUser));
  const password = params.get('password') || (infoPassword === undefined ? '' : decode(infoPassword));
  if (username === '' && password === '') return undefined;
  if (username === '' || password === '') fail('username and password must be given together');
  return { username, password };
}

function parseRoot(group: string | undefined, fail: Fail): string {
  if (group === undefined || group === '') return DEFAULT_REGISTRY_ROOT;
  const root = group.startsWith('/') ? group : `/${group}`;
  if (!isValidZkPath(root)) fail(`group "${group}" does not make a valid ZooKeeper path`);
  return root;
}

function parseChroot(path: string, fail: Fail): string | undefined {
  const trimmed = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
  if (trimmed === '' || trimmed === '/' || REGISTRY_SERVICE_PATH.test(trimmed)) return undefined;
  if (!isValidZkPath(trimmed)) fail(`chroot "${path}" is not a valid ZooKeeper path`);
  return trimmed;
}

function parseMillis(
  params: ReadonlyMap<string, string>,
  names: readonly string[],
  fallback: number,
  fail: Fail,
): number {
  for (const name of names) {
    const text = params.get(name);
    if (text === undefined || text === '') continue;
    const value = Number(text);
    if (!Number.isInteger(value) || value <= 0) fail(`${name}=${text} is not a positive number of milliseconds`);
    return value;
  }
  return fallback;
}
