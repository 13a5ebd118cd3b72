// A loopback port nothing listens on (bound on 127.0.0.1 port 0, then released): the address of a
// registry that is unreachable until a test starts ZooKeeper on it.

import { createServer } from 'node:net';

export function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 1));
    });
  });
}
