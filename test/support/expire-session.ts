// Ends somebody else's ZooKeeper session, as Curator's KillSession does: attach to it from a second raw
// connection (same id and password) and send closeSession. The owner's next reconnect is answered with
// "session expired", the same thing it would see after a real expiry, without waiting for a timeout.
// ConnectRequest and closeSession are written in one go: the owner reconnects within milliseconds of
// losing its socket and would otherwise take the session back before we close it.

import { connect } from 'node:net';

const CLOSE_SESSION_XID = 1;
const ATTEMPTS = 5;

/** `server` is 'host:port'; `sessionId` is '0x…' hex as ZkClient reports it. */
export async function expireSession(server: string, sessionId: string, password: Buffer): Promise<void> {
  for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
    if (await attachAndClose(server, sessionId, password)) return;
  }
  throw new Error(`could not close session ${sessionId} on ${server} in ${ATTEMPTS} attempts`);
}

function attachAndClose(server: string, sessionId: string, password: Buffer): Promise<boolean> {
  const [host = '127.0.0.1', port = '2181'] = server.split(':');
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port: Number(port) });
    let received = Buffer.alloc(0);
    let closed = false;
    socket.setTimeout(5000, () => socket.destroy());
    socket.on('connect', () => socket.write(Buffer.concat([connectRequest(sessionId, password), closeSessionRequest()])));
    socket.on('data', (chunk) => {
      received = Buffer.concat([received, chunk]);
      closed ||= closeSessionAnswered(received);
    });
    socket.on('error', (error) => (closed ? undefined : reject(error)));
    socket.on('close', () => resolve(closed));
  });
}

function frame(body: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeInt32BE(body.length);
  return Buffer.concat([length, body]);
}

function connectRequest(sessionId: string, password: Buffer): Buffer {
  const body = Buffer.alloc(4 + 8 + 4 + 8 + 4 + password.length);
  let offset = body.writeInt32BE(0, 0); // protocolVersion
  offset = body.writeBigInt64BE(0n, offset); // lastZxidSeen
  offset = body.writeInt32BE(30_000, offset); // timeOut
  offset = body.writeBigInt64BE(BigInt.asIntN(64, BigInt(sessionId)), offset);
  offset = body.writeInt32BE(password.length, offset);
  password.copy(body, offset);
  return frame(body);
}

function closeSessionRequest(): Buffer {
  const body = Buffer.alloc(8);
  body.writeInt32BE(CLOSE_SESSION_XID, 0);
  body.writeInt32BE(-11, 4); // OpCode.closeSession
  return frame(body);
}

/** True once the stream holds the closeSession reply, or a ConnectResponse saying the session is gone. */
function closeSessionAnswered(stream: Buffer): boolean {
  if (stream.length < 4) return false;
  const connectLength = stream.readInt32BE(0);
  if (stream.length < 4 + connectLength) return false;
  if (stream.readInt32BE(4 + 4) <= 0) return true; // timeOut 0: already closed or expired
  const reply = 4 + connectLength;
  if (stream.length < reply + 4 + 16) return false;
  return stream.readInt32BE(reply + 4) === CLOSE_SESSION_XID && stream.readInt32BE(reply + 4 + 12) === 0;
}
