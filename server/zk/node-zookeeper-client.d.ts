// Minimal typings for node-zookeeper-client 1.1.3 (it ships none). Only what server/zk uses is declared.
// Members marked "internal" are not part of the library's documented API; server/zk/library-session.ts
// touches them deliberately (socket liveness, making a discarded instance inert, transaction versions)
// and they were checked against the 1.1.3 sources. Re-check them when upgrading the library.
declare module 'node-zookeeper-client' {
  import type { EventEmitter } from 'node:events';
  import type { Socket } from 'node:net';

  export interface LibraryStat {
    czxid: Buffer;
    mzxid: Buffer;
    ctime: Buffer;
    mtime: Buffer;
    version: number;
    cversion: number;
    aversion: number;
    ephemeralOwner: Buffer;
    dataLength: number;
    numChildren: number;
    pzxid: Buffer;
  }

  export interface LibraryException extends Error {
    code: number;
    path: string | undefined;
    getCode(): number;
    getName(): string;
  }

  /** Callbacks receive null (sometimes undefined) on success. */
  export type LibraryError = LibraryException | null | undefined;

  export interface LibraryEvent {
    type: number;
    name: string;
    path: string;
  }

  export type LibraryWatcher = (event: LibraryEvent) => void;

  export interface LibraryId {
    readonly scheme: string;
    readonly id: string;
  }

  export interface LibraryAcl {
    readonly permission: number;
    readonly id: LibraryId;
  }

  /** One op result of a multi; failed multis report every op as type -1 with `err`. */
  export interface LibraryOpResult {
    type: number;
    path?: string;
    stat?: LibraryStat;
    err?: number;
  }

  /** Internal: the op records a Transaction accumulates before commit. */
  export interface LibraryTransactionOp {
    type: number;
    path: string;
    version?: number;
  }

  export interface Transaction {
    /** Internal: see LibraryTransactionOp. */
    ops: LibraryTransactionOp[];
    create(path: string, data: Buffer | undefined, acls: LibraryAcl[], mode: number): Transaction;
    setData(path: string, data: Buffer, version: number): Transaction;
    remove(path: string, version: number): Transaction;
    check(path: string, version: number): Transaction;
    commit(callback: (error: LibraryError, results: LibraryOpResult[]) => void): void;
  }

  /** Internal: the queues the connection manager keeps; it only calls push and shift (and unshift). */
  export interface LibraryQueue {
    push(item: unknown): number;
    shift(): unknown;
    unshift(item: unknown): number;
  }

  /** Internal: raw connection-manager states, see lib/ConnectionManager.js STATES. */
  export interface ConnectionManager extends EventEmitter {
    state: number;
    /** Requests sent and awaiting their reply, in order. */
    pendingQueue: LibraryQueue;
    /** Requests not yet written to the socket. */
    packetQueue: { queue: LibraryQueue };
    socket: Socket | undefined;
    sessionTimeout: number;
    /** The ensemble from the connect string, in order. */
    servers: ReadonlyArray<{ host: string; port: number }>;
    nextServerIndex: number;
    /** Called by connect(); calls back with the server to open a socket to (the socket is then `socket`). */
    findNextServer(callback: (server: { host: string; port: number }) => void): void;
    connect(): void;
    onSocketConnected(): void;
    onSocketData(buffer: Buffer): void;
  }

  export interface ClientOptions {
    sessionTimeout?: number;
    spinDelay?: number;
    retries?: number;
  }

  export interface Client extends EventEmitter {
    /** Internal: see ConnectionManager. */
    connectionManager: ConnectionManager;
    connect(): void;
    close(): void;
    getSessionId(): Buffer;
    getSessionPassword(): Buffer;
    getSessionTimeout(): number;
    addAuthInfo(scheme: string, auth: Buffer): void;
    create(
      path: string,
      data: Buffer | undefined,
      acls: LibraryAcl[],
      mode: number,
      callback: (error: LibraryError, path: string) => void,
    ): void;
    remove(path: string, version: number, callback: (error: LibraryError) => void): void;
    setData(
      path: string,
      data: Buffer,
      version: number,
      callback: (error: LibraryError, stat: LibraryStat) => void,
    ): void;
    getData(path: string, callback: (error: LibraryError, data: Buffer | undefined, stat: LibraryStat) => void): void;
    getData(
      path: string,
      watcher: LibraryWatcher | undefined,
      callback: (error: LibraryError, data: Buffer | undefined, stat: LibraryStat) => void,
    ): void;
    exists(path: string, callback: (error: LibraryError, stat: LibraryStat | null) => void): void;
    exists(
      path: string,
      watcher: LibraryWatcher | undefined,
      callback: (error: LibraryError, stat: LibraryStat | null) => void,
    ): void;
    getChildren(path: string, callback: (error: LibraryError, children: string[], stat: LibraryStat) => void): void;
    getChildren(
      path: string,
      watcher: LibraryWatcher | undefined,
      callback: (error: LibraryError, children: string[], stat: LibraryStat) => void,
    ): void;
    getACL(path: string, callback: (error: LibraryError, acls: LibraryAcl[], stat: LibraryStat) => void): void;
    setACL(path: string, acls: LibraryAcl[], version: number, callback: (error: LibraryError, stat: LibraryStat) => void): void;
    transaction(): Transaction;
  }

  interface NodeZookeeperClient {
    createClient(connectionString: string, options?: ClientOptions): Client;
    /** Mutable module object: the connection manager looks `create` up on it for every error reply. */
    Exception: {
      create(code: number, path?: string): LibraryException;
      readonly SYSTEM_ERROR: number;
    };
    ACL: { new (permission: number, id: LibraryId): LibraryAcl; OPEN_ACL_UNSAFE: LibraryAcl[]; CREATOR_ALL_ACL: LibraryAcl[] };
    Id: new (scheme: string, id: string) => LibraryId;
  }

  const nodeZookeeperClient: NodeZookeeperClient;
  export default nodeZookeeperClient;
}
