// Runs the embedded ZooKeeper from the command line:
//   tsx server/embedded-zk/cli.ts [--host 127.0.0.1] [--port 2181] [--tick-time 2000] [--epoch N]
// The default epoch derives from the wall clock so that a restarted server never hands out zxids
// below those its previous run gave to still-connected clients.

import { parseArgs } from 'node:util';
import pino from 'pino';
import { EmbeddedZooKeeper } from './embedded-zookeeper.ts';

const { values } = parseArgs({
  options: {
    host: { type: 'string', default: '127.0.0.1' },
    port: { type: 'string', default: '2181' },
    'tick-time': { type: 'string', default: '2000' },
    epoch: { type: 'string' },
    'container-check-interval': { type: 'string', default: '60000' },
  },
});

const logger = pino({ name: 'embedded-zk' });
const server = new EmbeddedZooKeeper({
  host: values.host,
  port: Number(values.port),
  tickTime: Number(values['tick-time']),
  epoch: values.epoch === undefined ? Math.floor(Date.now() / 1000) & 0x7fffffff : Number(values.epoch),
  containerCheckIntervalMs: Number(values['container-check-interval']),
  fourLetterWords: '*',
  logger,
});

const address = await server.start();
logger.info({ connectString: address.connectString }, 'ready');

const shutdown = (): void => {
  void server.stop().then(() => process.exit(0));
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
