// The ZooKeeper operations, each a promise over one LibrarySession.
// Watch bookkeeping happens inside the library's callback, synchronously: the library registers its
// listener in the same call stack just before calling us, and no notification can be processed in
// between, so an event can never slip past a watcher we are about to record.
// Reads that fail arm nothing on the server (getData/getChildren on a missing node), except exists(),
// which arms an existence watch on a missing node; the registry mirrors exactly that.

import type { LibraryAcl, LibraryStat } from 'node-zookeeper-client';
import type { LibrarySession } from './library-session.ts';
import { ZkError } from './zk-error.ts';
import { toZkStat } from './zk-stat.ts';
import type { ZkStat } from './zk-stat.ts';
import type { ZkWatcher } from './zk-watch-event.ts';
import { createModeFlag } from './zk-create-mode.ts';
import type { ZkCreateMode } from './zk-create-mode.ts';

export interface ZkNodeData {
  /** undefined when the node holds null data (distinct from an empty buffer). */
  readonly data: Buffer | undefined;
  readonly stat: ZkStat;
}

/** A node that keeps appearing and disappearing between two reads this often is reported, not chased. */
const MAX_EXISTENCE_RACES = 10;

export function getChildren(session: LibrarySession, path: string, watcher?: ZkWatcher): Promise<string[]> {
  const { client, watches } = session;
  return session.call<string[]>(path, (done) =>
    client.getChildren(path, watcher ? watches.dispatch : undefined, (error, children) => {
      if (!error && watcher) watches.add('child', path, watcher);
      done(error, children);
    }),
  );
}

export function getData(session: LibrarySession, path: string, watcher?: ZkWatcher): Promise<ZkNodeData> {
  const { client, watches } = session;
  return session.call<ZkNodeData>(path, (done) =>
    client.getData(path, watcher ? watches.dispatch : undefined, (error, data, stat) => {
      if (error) return done(error);
      if (watcher) watches.add('data', path, watcher);
      done(error, { data: data ?? undefined, stat: toZkStat(stat) });
    }),
  );
}

/**
 * exists() with a watcher arms a data watch (node present) or an existence watch (node missing); both fire
 * 'created'/'dataChanged'/'deleted' and live in the registry's data table. `armWhenPresent: false` leaves a
 * present node's server-side watch unrecorded (nobody is told when it fires): see getChildrenIfExists.
 */
export function exists(
  session: LibrarySession,
  path: string,
  watcher?: ZkWatcher,
  armWhenPresent = true,
): Promise<ZkStat | undefined> {
  const { client, watches } = session;
  return session.call<LibraryStat | null>(path, (done) =>
    client.exists(path, watcher ? watches.dispatch : undefined, (error, stat) => {
      if (!error && watcher && (stat === null || armWhenPresent)) watches.add('data', path, watcher);
      done(error, stat);
    }),
  ).then((stat) => (stat ? toZkStat(stat) : undefined));
}

/**
 * Children of `path`, or undefined when it does not exist. With a watcher, exactly one watch is recorded
 * for it either way: a child watch when the node exists, an existence watch (fires 'created') when not.
 * The race "missing for getChildren, present for exists" is retried; the data watch that exists() then
 * armed on the server is left unrecorded so the watcher cannot fire twice for one call.
 */
export async function getChildrenIfExists(
  session: LibrarySession,
  path: string,
  watcher?: ZkWatcher,
): Promise<string[] | undefined> {
  for (let attempt = 0; attempt < MAX_EXISTENCE_RACES; attempt += 1) {
    try {
      return await getChildren(session, path, watcher);
    } catch (error) {
      if (!(error instanceof ZkError) || error.code !== 'NO_NODE') throw error;
    }
    if ((await exists(session, path, watcher, false)) === undefined) return undefined;
  }
  throw new ZkError('UNKNOWN', `UNKNOWN: ${path} kept appearing and disappearing`, { path });
}

export function create(
  session: LibrarySession,
  path: string,
  data: Buffer | undefined,
  mode: ZkCreateMode,
  acl: LibraryAcl[] = session.acl,
): Promise<string> {
  return session.call<string>(path, (done) =>
    session.client.create(path, data, acl, createModeFlag(mode), done),
  );
}

export function getAcl(session: LibrarySession, path: string): Promise<LibraryAcl[]> {
  return session.call<LibraryAcl[]>(path, (done) => session.client.getACL(path, (error, acls) => done(error, acls ?? [])));
}

export function setAcl(session: LibrarySession, path: string, acl: LibraryAcl[], version: number): Promise<ZkStat> {
  return session
    .call<LibraryStat>(path, (done) => session.client.setACL(path, acl, version, done))
    .then(toZkStat);
}

export function setData(session: LibrarySession, path: string, data: Buffer, version: number): Promise<ZkStat> {
  return session
    .call<LibraryStat>(path, (done) => session.client.setData(path, data, version, done))
    .then(toZkStat);
}

export function remove(session: LibrarySession, path: string, version: number): Promise<void> {
  return session.call<void>(path, (done) => session.client.remove(path, version, (error) => done(error)));
}
