/**
 * Entry point: `npm start -- [options]`. Parses the configuration, starts the console and
 * prints one line with its URL and the registry it mirrors.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ConfigError, HELP, loadConfig } from './config.ts';
import { createLogger } from './logger.ts';
import { startSwitchboard } from './switchboard.ts';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

async function main(): Promise<void> {
  const config = loadConfig(process.argv.slice(2), process.env);
  if (config.help) {
    process.stdout.write(HELP);
    return;
  }
  if (!LOOPBACK.has(config.host)) {
    throw new ConfigError(
      `Refusing to bind ${config.host}: a console reachable from other hosts needs configured users, ` +
        'and access control is not available in this version. Bind to 127.0.0.1 and put an authenticating proxy in front.',
    );
  }
  if (!config.registry) {
    throw new ConfigError('No registry configured: pass --registry zookeeper://host:2181 (or set SWITCHBOARD_REGISTRY).');
  }
  const logger = createLogger(config.logLevel);
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  const console = await startSwitchboard({
    registry: config.registry,
    host: config.host,
    port: config.port,
    logger,
    version: pkg.version,
    clientDir: fileURLToPath(new URL('../dist/client', import.meta.url)),
  });
  process.stdout.write(`Switchboard console: ${console.url}  (registry ${console.registryDisplay})\n`);
  const shutdown = (): void => {
    console.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`switchboard: ${message}\n`);
  process.exit(2);
});
