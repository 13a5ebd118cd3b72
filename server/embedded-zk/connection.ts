// One client socket: frame reassembly (a read may hold several frames or part of one), the
// handshake, four-letter words on a fresh socket, and in-order replies. Frames are handled
// synchronously as they are cut from the stream, so a request pipelined behind the
// ConnectRequest is answered after the ConnectResponse, and every reply leaves in request order.

import type { Socket } from 'node:net';
import { readConnectRequest, writeConnectResponse, type ConnectRequest, type ConnectResponse } from './connect-records.ts';
import { frame, JUTE_MAX_BUFFER, JuteWriter } from './jute-codec.ts';
import { KEEPER_STATE_SYNC_CONNECTED, SpecialXid, type EventTypeValue } from './opcodes.ts';
import type { Id } from './records.ts';
import type { Client, Outcome, Reply } from './request-processor.ts';
import type { Watcher } from './watch-table.ts';

export type HandshakeOutcome =
  | { readonly kind: 'accepted'; readonly response: ConnectResponse; readonly sessionId: bigint }
  | { readonly kind: 'rejected'; readonly response: ConnectResponse }
  | { readonly kind: 'refused' };

/** What a connection needs from the server it belongs to. */
export interface ConnectionHost {
  handshake(connection: Connection, request: ConnectRequest): HandshakeOutcome;
  process(connection: Connection, xid: number, type: number, body: Buffer): Outcome;
  /** The text answer to a four-letter word, or null if `word` is not one. */
  fourLetterWord(word: string): string | null;
  connectionClosed(connection: Connection): void;
  countSent(): void;
  /** A bug surfaced while handling this connection's data; it is dropped, the server carries on. */
  internalError(connection: Connection, error: unknown): void;
}

type State = 'handshake' | 'open' | 'closing' | 'closed';

function normaliseAddress(address: string | undefined): string {
  if (address === undefined) return '';
  return address.startsWith('::ffff:') ? address.substring(7) : address;
}

export class Connection implements Client, Watcher {
  readonly watcher: Watcher = this;
  readonly address: string;
  readonly remote: string;
  establishedAt = 0;
  sessionId = 0n;
  sessionTimeout = 0;
  packetsReceived = 0;
  packetsSent = 0;
  lastXid = -1;
  lastZxid = -1n;
  lastOperation = 'NA';
  private readonly ids: Id[];
  private state: State = 'handshake';
  private pending: Buffer = Buffer.alloc(0);

  constructor(
    private readonly socket: Socket,
    private readonly host: ConnectionHost,
  ) {
    this.address = normaliseAddress(socket.remoteAddress);
    this.remote = `/${this.address}:${socket.remotePort ?? 0}`;
    // Every connection implicitly carries its peer address as an `ip` identity.
    this.ids = [{ scheme: 'ip', id: this.address }];
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.receive(chunk));
    socket.on('error', () => socket.destroy());
    socket.on('close', () => this.closed());
  }

  get authIds(): readonly Id[] {
    return this.ids;
  }

  get isOpen(): boolean {
    return this.state === 'open';
  }

  addAuthId(id: Id): void {
    if (!this.ids.some((known) => known.scheme === id.scheme && known.id === id.id)) this.ids.push(id);
  }

  /** Watch notification: xid -1 and, as in ZooKeeper 3.8, zxid -1 in the header. */
  notify(type: EventTypeValue, path: string): void {
    if (this.state !== 'open') return;
    const writer = new JuteWriter().writeInt(SpecialXid.notification).writeLong(-1n).writeInt(0);
    writer.writeInt(type).writeInt(KEEPER_STATE_SYNC_CONNECTED).writeString(path);
    this.send(writer.toBuffer());
  }

  /** Ends the socket after flushing what was already written (the peer sees EOF). */
  close(): void {
    if (this.state === 'closing' || this.state === 'closed') return;
    this.state = 'closing';
    this.pending = Buffer.alloc(0);
    this.socket.end();
  }

  /** Drops the socket without flushing, for protocol violations. */
  abort(): void {
    this.state = 'closing';
    this.pending = Buffer.alloc(0);
    this.socket.destroy();
  }

  private receive(chunk: Buffer): void {
    try {
      this.cutFrames(chunk);
    } catch (error) {
      this.host.internalError(this, error);
      this.abort();
    }
  }

  private cutFrames(chunk: Buffer): void {
    if (this.state === 'closing' || this.state === 'closed') return;
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    while (this.pending.length >= 4 && (this.state === 'handshake' || this.state === 'open')) {
      if (this.state === 'handshake' && this.packetsReceived === 0 && this.tryFourLetterWord()) return;
      const length = this.pending.readInt32BE(0);
      if (length < 0 || length > JUTE_MAX_BUFFER) {
        this.abort();
        return;
      }
      if (this.pending.length < 4 + length) return;
      const payload = this.pending.subarray(4, 4 + length);
      this.pending = this.pending.subarray(4 + length);
      this.packetsReceived += 1;
      if (this.state === 'handshake') this.handshake(payload);
      else this.request(payload);
    }
  }

  private tryFourLetterWord(): boolean {
    const answer = this.host.fourLetterWord(this.pending.toString('latin1', 0, 4));
    if (answer === null) return false;
    this.packetsReceived += 1;
    this.socket.write(answer);
    this.close();
    return true;
  }

  private handshake(payload: Buffer): void {
    let request: ConnectRequest;
    try {
      request = readConnectRequest(payload);
    } catch {
      this.abort();
      return;
    }
    const outcome = this.host.handshake(this, request);
    if (outcome.kind === 'refused') {
      this.abort();
      return;
    }
    this.send(writeConnectResponse(outcome.response));
    if (outcome.kind === 'rejected') {
      this.close();
      return;
    }
    this.sessionId = outcome.sessionId;
    this.sessionTimeout = outcome.response.timeout;
    this.state = 'open';
  }

  private request(payload: Buffer): void {
    if (payload.length < 8) {
      this.abort();
      return;
    }
    const xid = payload.readInt32BE(0);
    const type = payload.readInt32BE(4);
    const outcome = this.host.process(this, xid, type, Buffer.from(payload.subarray(8)));
    this.reply(outcome.reply);
    if (outcome.close) this.close();
  }

  private reply(reply: Reply): void {
    const writer = new JuteWriter().writeInt(reply.xid).writeLong(reply.zxid).writeInt(reply.err);
    if (reply.err === 0 && reply.body !== null) writer.writeRaw(reply.body);
    if (reply.xid !== SpecialXid.ping && reply.xid !== SpecialXid.auth) this.lastXid = reply.xid;
    this.lastZxid = reply.zxid;
    this.send(writer.toBuffer());
  }

  private send(payload: Buffer): void {
    this.packetsSent += 1;
    this.host.countSent();
    this.socket.write(frame(payload));
  }

  private closed(): void {
    if (this.state === 'closed') return;
    this.state = 'closed';
    this.host.connectionClosed(this);
  }
}
