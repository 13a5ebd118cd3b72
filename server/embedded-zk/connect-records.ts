// The bare (header-less) ConnectRequest/ConnectResponse exchanged first on every connection. The
// trailing readOnly byte is optional: the response carries it only if the request did (36 vs 37
// byte bodies), because old clients such as node-zookeeper-client would misparse it otherwise.

import { JuteReader, JuteWriter } from './jute-codec.ts';

export interface ConnectRequest {
  readonly protocolVersion: number;
  readonly lastZxidSeen: bigint;
  readonly timeout: number;
  readonly sessionId: bigint;
  readonly password: Buffer;
  /** null when the client did not send the byte at all. */
  readonly readOnly: boolean | null;
}

export interface ConnectResponse {
  readonly timeout: number;
  readonly sessionId: bigint;
  readonly password: Buffer;
  readonly withReadOnlyFlag: boolean;
}

export function readConnectRequest(payload: Buffer): ConnectRequest {
  const reader = new JuteReader(payload);
  const protocolVersion = reader.readInt();
  const lastZxidSeen = reader.readLong();
  const timeout = reader.readInt();
  const sessionId = reader.readLong();
  const password = reader.readBuffer() ?? Buffer.alloc(0);
  const readOnly = reader.remaining > 0 ? reader.readBool() : null;
  return { protocolVersion, lastZxidSeen, timeout, sessionId, password, readOnly };
}

export function writeConnectResponse(response: ConnectResponse): Buffer {
  const writer = new JuteWriter()
    .writeInt(0)
    .writeInt(response.timeout)
    .writeLong(response.sessionId)
    .writeBuffer(response.password);
  if (response.withReadOnlyFlag) writer.writeBool(false);
  return writer.toBuffer();
}

/** The answer to a reattach that is refused: timeOut 0, session 0, a zeroed password. */
export function invalidSessionResponse(withReadOnlyFlag: boolean): ConnectResponse {
  return { timeout: 0, sessionId: 0n, password: Buffer.alloc(16), withReadOnlyFlag };
}
