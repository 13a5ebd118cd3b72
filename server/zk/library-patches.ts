// Fixes to node-zookeeper-client 1.1.3 itself (library glue; re-check when upgrading).
// Unknown error codes (patchLibrary, once per process): the library only knows ZooKeeper 3.4's codes and *throws* from Exception.create for
// any other (SESSIONMOVED -118, NOTREADONLY -119, QUOTAEXCEEDED -125, THROTTLEDOP -127, …). It builds reply
// errors inside its socket 'data' handler, so that throw would be an uncaught exception and kill the
// process. With the patch such a reply becomes an ordinary error carrying the real code, which
// translateZkError reports as UNKNOWN with details.zkCode.

import nodeZookeeperClient from 'node-zookeeper-client';
import type { ConnectionManager } from 'node-zookeeper-client';
import type { Socket } from 'node:net';
import { FrameSplitter } from './frame-splitter.ts';
import { FifoQueue } from './fifo-queue.ts';

let patched = false;

export function patchLibrary(): void {
  if (patched) return;
  patched = true;
  const exceptions = nodeZookeeperClient.Exception;
  const create = exceptions.create;
  exceptions.create = (code, path) => {
    try {
      return create(code, path);
    } catch {
      const error = create(exceptions.SYSTEM_ERROR, path);
      error.code = code;
      error.name = `ZK_ERROR_${code}`;
      error.message = `Exception: ${error.name}[${code}]${path ? `@${path}` : ''}`;
      return error;
    }
  };
}

/**
 * Per connection manager: hand the library's parser exactly one whole frame per call, split by a fresh
 * FrameSplitter for every socket (see frame-splitter.ts). The library binds `onSocketData` when it opens
 * each socket, so overriding the instance property takes effect from the next connection on.
 */
export function parseFramesLinearly(manager: ConnectionManager): void {
  const parseFrame = manager.onSocketData;
  let socket: Socket | undefined;
  let splitter: FrameSplitter | undefined;
  manager.onSocketData = function (this: ConnectionManager, chunk: Buffer): void {
    if (splitter === undefined || socket !== this.socket) {
      socket = this.socket;
      splitter = new FrameSplitter(
        (frame) => parseFrame.call(this, frame),
        () => this.socket?.destroy(),
      );
    }
    splitter.push(chunk);
  };
}

/** Per connection manager, before it queues anything: O(1) shift for its request queues (fifo-queue.ts). */
export function useConstantTimeQueues(manager: ConnectionManager): void {
  manager.pendingQueue = new FifoQueue<unknown>();
  manager.packetQueue.queue = new FifoQueue<unknown>();
}

/**
 * Per connection manager: we decide when each connection attempt starts. The library's connect() asks
 * findNextServer for the next server and, once every server was tried, waits a random 0–spinDelay ms;
 * instead `schedule` gets each attempt to run now or later (so the next attempt time is known), and
 * `started` sees each attempt's server and fresh socket (e.g. to time the handshake, record its error).
 */
export function controlAttempts(
  manager: ConnectionManager,
  schedule: (begin: () => void) => void,
  started: (server: string, socket: Socket | undefined) => void,
): void {
  manager.findNextServer = function (this: ConnectionManager, callback): void {
    schedule(() => {
      this.nextServerIndex %= this.servers.length;
      const server = this.servers[this.nextServerIndex];
      this.nextServerIndex += 1;
      if (server === undefined) return;
      callback(server);
      started(`${server.host}:${server.port}`, this.socket);
    });
  };
}
