// A raw-socket ZooKeeper client for protocol tests, with its own tiny jute codec so it cannot
// share a bug with the server under test. It records, per connection and in arrival order, every
// reply, notification and the close, so tests can assert ordering (events before replies) and
// exact error/zxid values. Works against any ZooKeeper-wire server (embedded or real).

import { connect, type Socket } from 'node:net';
import { Wire, WireReader, type WireStat } from './raw-zk-wire.ts';

export interface RawReply { xid: number; zxid: bigint; err: number; body: WireReader }
export interface RawEvent { type: number; state: number; path: string | null; zxid: bigint }
export type TranscriptEntry =
  | { kind: 'reply'; xid: number; zxid: bigint; err: number; bodyLength: number }
  | { kind: 'event'; type: number; state: number; path: string | null; zxid: bigint }
  | { kind: 'closed' };

/** A socket cut into length-prefixed frames. */
export class FrameSocket {
  readonly frames: Buffer[] = [];
  closed = false;
  private pending = Buffer.alloc(0);
  private waiters: Array<() => void> = [];

  private constructor(readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => {
      this.pending = Buffer.concat([this.pending, chunk]);
      while (this.pending.length >= 4 && this.pending.length >= 4 + this.pending.readInt32BE(0)) {
        const n = this.pending.readInt32BE(0);
        this.onFrame(Buffer.from(this.pending.subarray(4, 4 + n)));
        this.pending = this.pending.subarray(4 + n);
      }
      this.wake();
    });
    socket.on('error', () => undefined);
    socket.on('close', () => { this.closed = true; this.wake(); });
  }

  static open(port: number, host = '127.0.0.1'): Promise<FrameSocket> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, host, () => resolve(new FrameSocket(socket)));
      socket.once('error', reject);
    });
  }

  /** Overridden by the session to route frames; the default just queues them. */
  onFrame: (frame: Buffer) => void = (frame) => { this.frames.push(frame); };

  sendFrame(payload: Buffer): void {
    const header = Buffer.alloc(4);
    header.writeInt32BE(payload.length);
    this.socket.write(Buffer.concat([header, payload]));
  }

  sendRaw(bytes: Buffer): void { this.socket.write(bytes); }

  /** Resolves once `ready()` holds, or rejects after `timeoutMs`. */
  until<T>(ready: () => T | undefined, timeoutMs = 5000, what = 'condition'): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        const value = ready();
        if (value === undefined) return false;
        clearTimeout(timer);
        resolve(value);
        return true;
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`timed out waiting for ${what}`));
      }, timeoutMs);
      const waiter = (): void => { if (check()) this.waiters = this.waiters.filter((w) => w !== waiter); };
      if (!check()) this.waiters.push(waiter);
    });
  }

  destroy(): void { this.socket.destroy(); }

  private wake(): void { for (const waiter of [...this.waiters]) waiter(); }
}

export interface ConnectOptions {
  timeout?: number; sessionId?: bigint; password?: Buffer; lastZxidSeen?: bigint; readOnly?: boolean | null;
  host?: string;
}

export interface ConnectResult { timeout: number; sessionId: bigint; password: Buffer; bodyLength: number; readOnly: boolean | null }

export function connectRequest(options: ConnectOptions): Buffer {
  const w = new Wire().int(0).long(options.lastZxidSeen ?? 0n).int(options.timeout ?? 30000)
    .long(options.sessionId ?? 0n).buf(options.password ?? Buffer.alloc(16));
  if (options.readOnly !== null) w.bool(options.readOnly ?? false);
  return w.toBuffer();
}

export class RawZkSession {
  readonly transcript: TranscriptEntry[] = [];
  readonly events: RawEvent[] = [];
  private readonly replies: RawReply[] = [];
  private nextXid = 1;

  private constructor(readonly wire: FrameSocket, readonly handshake: ConnectResult) {
    wire.onFrame = (frame) => this.route(frame);
    wire.socket.on('close', () => this.transcript.push({ kind: 'closed' }));
  }

  get sessionId(): bigint { return this.handshake.sessionId; }
  get closed(): boolean { return this.wire.closed; }

  static async open(port: number, options: ConnectOptions = {}): Promise<RawZkSession> {
    const wire = await FrameSocket.open(port, options.host);
    wire.sendFrame(connectRequest(options));
    const frame = await wire.until(() => wire.frames.shift() ?? (wire.closed ? Buffer.alloc(0) : undefined), 5000, 'ConnectResponse');
    if (frame.length === 0) throw new Error('connection closed during handshake');
    const r = new WireReader(frame);
    r.int();
    const handshake: ConnectResult = {
      timeout: r.int(), sessionId: r.long(), password: r.buf() ?? Buffer.alloc(0), bodyLength: frame.length,
      readOnly: r.left > 0 ? r.bool() : null,
    };
    return new RawZkSession(wire, handshake);
  }

  /** Sends a request without waiting; returns the xid used. */
  send(type: number, body: Wire | Buffer = Buffer.alloc(0), xid: number = this.nextXid++): number {
    const payload = body instanceof Wire ? body.toBuffer() : body;
    this.wire.sendFrame(Buffer.concat([new Wire().int(xid).int(type).toBuffer(), payload]));
    return xid;
  }

  /** Sends a request and waits for the reply carrying its xid (earlier replies are consumed). */
  async call(type: number, body: Wire | Buffer = Buffer.alloc(0), xid?: number): Promise<RawReply> {
    const sent = this.send(type, body, xid);
    const expected = type === 11 ? -2 : sent;
    return this.wire.until(() => {
      const index = this.replies.findIndex((reply) => reply.xid === expected);
      return index < 0 ? undefined : this.replies.splice(0, index + 1)[index];
    }, 5000, `reply to xid ${sent}`);
  }

  /** The next reply in arrival order (FIFO), for pipelined sends. */
  nextReply(timeoutMs = 5000): Promise<RawReply> {
    return this.wire.until(() => this.replies.shift(), timeoutMs, 'next reply');
  }

  waitForEvent(match: (event: RawEvent) => boolean = () => true, timeoutMs = 5000): Promise<RawEvent> {
    return this.wire.until(() => {
      const index = this.events.findIndex(match);
      return index < 0 ? undefined : this.events.splice(index, 1)[0];
    }, timeoutMs, 'notification');
  }

  waitClosed(timeoutMs = 5000): Promise<true> {
    return this.wire.until(() => (this.wire.closed ? true : undefined), timeoutMs, 'close');
  }

  destroy(): void { this.wire.destroy(); }

  private route(frame: Buffer): void {
    const r = new WireReader(frame);
    const xid = r.int();
    const zxid = r.long();
    const err = r.int();
    if (xid === -1) {
      const event = { type: r.int(), state: r.int(), path: r.str(), zxid };
      this.events.push(event);
      this.transcript.push({ kind: 'event', ...event });
      return;
    }
    this.replies.push({ xid, zxid, err, body: r });
    this.transcript.push({ kind: 'reply', xid, zxid, err, bodyLength: frame.length - 16 });
  }
}

export const OPEN_ACL: ReadonlyArray<readonly [number, string, string]> = [[31, 'world', 'anyone']];

/** Request bodies of the common ops (zookeeper.jute), for use with RawZkSession.call. */
export const body = {
  create: (path: string, data: string | Buffer | null = null, flags = 0, acl = OPEN_ACL): Wire =>
    new Wire().str(path).buf(data).acls(acl).int(flags),
  pathVersion: (path: string, version = -1): Wire => new Wire().str(path).int(version),
  pathWatch: (path: string, watch = false): Wire => new Wire().str(path).bool(watch),
  path: (path: string): Wire => new Wire().str(path),
  setData: (path: string, data: string | Buffer | null, version = -1): Wire => new Wire().str(path).buf(data).int(version),
  setAcl: (path: string, acl: ReadonlyArray<readonly [number, string, string]>, version = -1): Wire =>
    new Wire().str(path).acls(acl).int(version),
  pathType: (path: string, type: number): Wire => new Wire().str(path).int(type),
  auth: (scheme: string, auth: string): Wire => new Wire().int(0).str(scheme).buf(auth),
  setWatches: (relativeZxid: bigint, data: string[], exist: string[], child: string[], persistent?: string[], recursive?: string[]): Wire => {
    const w = new Wire().long(relativeZxid).strings(data).strings(exist).strings(child);
    if (persistent !== undefined) w.strings(persistent).strings(recursive ?? []);
    return w;
  },
  /** ops: [type, body] pairs; the MultiHeader framing and the done marker are added here. */
  multi: (ops: ReadonlyArray<readonly [number, Wire]>): Wire => {
    const w = new Wire();
    for (const [type, op] of ops) w.int(type).bool(false).int(-1).raw(op.toBuffer());
    return w.int(-1).bool(true).int(-1);
  },
};

export interface MultiResultEntry { type: number; err: number; path?: string | null; stat?: WireStat }

/** Decodes a MultiResponse body (create/create2/delete/setData/check/error results). */
export function readMultiResults(reader: WireReader): MultiResultEntry[] {
  const results: MultiResultEntry[] = [];
  for (;;) {
    const type = reader.int();
    const done = reader.bool();
    const err = reader.int();
    if (done) return results;
    if (type === 1) results.push({ type, err, path: reader.str() });
    else if (type === 15) results.push({ type, err, path: reader.str(), stat: reader.stat() });
    else if (type === 5) results.push({ type, err, stat: reader.stat() });
    else if (type === -1) results.push({ type, err: reader.int() });
    else results.push({ type, err });
  }
}
