/**
 * Entry point: `npm start -- [options]`, the composition root. Without `--registry` it starts the embedded
 * registry and (unless `--no-demo`) the demo fleet, then the console against it; with `--registry` it mirrors
 * that registry (and registers the demo fleet there only with `--demo`). Once it serves it announces itself
 * (server/start-banner.ts): a block for a person at a terminal, one JSON record otherwise. SIGINT/SIGTERM stop
 * everything in reverse order; a second signal exits at once.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import { checkAccessConfig, ConfigError, HELP, loadConfig, type SwitchboardConfig } from './config.ts';
import { MIN_SECRET_LENGTH } from './auth/session-codec.ts';
import { UsersFileWatch } from './auth/users-file-watch.ts';
import type { HttpSecurity } from './http/auth-setup.ts';
import { localSecurity, teamSecurity } from './http-security.ts';
// The one production import of demo/ (STYLE §4): main.ts is the composition root that may start it.
import { DemoFleet } from './demo/demo-fleet.ts';
import { seedDemoReleases } from './demo-releases.ts';
import { startEmbeddedRegistry } from './embedded-registry.ts';
import { decideLogOutput, type LogOutput } from './log-format.ts';
import { createLogger, moduleLogger } from './logger.ts';
import { renderStartBanner, startRecord, STARTED_MESSAGE, type BannerItem, type StartFacts } from './start-banner.ts';
import { startSwitchboard } from './switchboard.ts';

const REPEAT_SIGNAL_GRACE_MS = 1000;
const SIGNAL_SETTLE_MS = 150;

interface Running {
  readonly name: string;
  stop(): Promise<void>;
}

/** What has been started, stopped last-first. */
class RunningSet {
  private readonly items: Running[] = [];
  add(item: Running): void {
    this.items.push(item);
  }
  async stopAll(logger: Logger | undefined): Promise<void> {
    for (let item = this.items.pop(); item !== undefined; item = this.items.pop()) {
      try {
        await item.stop();
      } catch (error) {
        logger?.warn({ err: error, component: item.name }, 'did not stop cleanly');
      }
    }
  }
}

/** The start announcement: the banner for a person at a terminal, one structured record for JSON consumers. */
function announce(facts: StartFacts, logger: Logger, output: LogOutput): void {
  if (output.format === 'pretty') process.stdout.write(renderStartBanner(facts, { colour: output.colour }));
  else logger.info(startRecord(facts), STARTED_MESSAGE);
}

/** The configured session secret, from --session-secret or --session-secret-file (trailing newline dropped). */
function sessionSecret(config: SwitchboardConfig): string | undefined {
  if (config.sessionSecret !== undefined) return config.sessionSecret;
  if (config.sessionSecretFile === undefined) return undefined;
  try {
    return readFileSync(config.sessionSecretFile, 'utf8').replace(/\r?\n$/, '');
  } catch (error) {
    throw new ConfigError(`Cannot read --session-secret-file ${config.sessionSecretFile}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

interface Access {
  readonly security: HttpSecurity;
  readonly users: UsersFileWatch | undefined;
}

function accessSecurity(config: SwitchboardConfig, secret: string | undefined, logger: Logger, running: RunningSet): Access {
  if (config.users === undefined) return { security: localSecurity({ sessionSecret: secret }), users: undefined };
  const users = new UsersFileWatch({ path: config.users, logger: moduleLogger(logger, 'auth') });
  try {
    users.start();
  } catch (error) {
    throw new ConfigError(error instanceof Error ? error.message : String(error));
  }
  running.add({ name: 'users file watch', stop: async () => users.stop() });
  const security = teamSecurity({
    users,
    sessionSecret: secret ?? '',
    sessionTtlMs: config.sessionTtlMs,
    secureCookies: config.trustProxy !== false || (config.publicOrigin?.startsWith('https:') ?? false),
    publicOrigin: config.publicOrigin,
  });
  return { security, users };
}

async function startAll(config: SwitchboardConfig, logger: Logger, running: RunningSet, access: Access): Promise<StartFacts> {
  const { security } = access;
  let registry = config.registry;
  if (registry === undefined) {
    const embedded = await startEmbeddedRegistry({ port: config.registryPort, logger });
    running.add({ name: 'embedded registry', stop: () => embedded.stop() });
    registry = embedded.address;
  } else if (config.registryPort !== 0) {
    logger.warn({ registryPort: config.registryPort }, '--registry-port only applies to the embedded registry; ignored');
  }
  const demo = config.demo ? new DemoFleet({ connectString: registry, logger }) : undefined;
  // Stopped after the console (last-first), so the mirror does not chase the fleet's departure.
  if (demo !== undefined) running.add({ name: 'demo fleet', stop: () => demo.stop() });
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  // The console serves while the demo registers: its mirror shows the fleet arriving.
  const [app] = await Promise.all([
    startSwitchboard({
      registry,
      host: config.host,
      port: config.port,
      logger,
      version: pkg.version,
      stateRoot: config.stateRoot,
      legacyRules: config.legacyRules,
      security,
      trustProxy: config.trustProxy,
      ...(config.stateAcl === undefined ? {} : { stateAcl: config.stateAcl }),
      ...(config.ruleAcl === undefined ? {} : { ruleAcl: config.ruleAcl }),
      clientDir: fileURLToPath(new URL('../dist/client', import.meta.url)),
    }).then((started) => {
      running.add({ name: 'console', stop: () => started.stop() });
      return started;
    }),
    demo?.start(),
  ]);
  // A fresh embedded registry with the demo: show a finished and a paused gray release (in the background).
  if (demo !== undefined && config.registry === undefined) void seedDemoReleases(app.releases, moduleLogger(logger, 'demo'));
  const companions: BannerItem[] = [];
  if (demo !== undefined) {
    const { applications, services, instances, providerInstances } = demo.size;
    const detail = `${applications} applications, ${services} services, ${instances} instances (${providerInstances} providers)`;
    companions.push({ name: 'demo fleet', detail });
  }
  companions.push({ name: 'release automation', detail: 'advances gray releases whose hold has ended, on the replica that leads' });
  return {
    version: pkg.version,
    url: app.url,
    registry: { kind: config.registry === undefined ? 'embedded' : 'external', address: app.registryDisplay },
    mode: access.users === undefined || config.users === undefined ? { kind: 'local' } : { kind: 'team', users: access.users.size, usersFile: config.users },
    running: companions,
  };
}

async function main(): Promise<void> {
  const config = loadConfig(process.argv.slice(2), process.env);
  if (config.help) {
    process.stdout.write(HELP);
    return;
  }
  const secret = sessionSecret(config);
  checkAccessConfig(config, secret, MIN_SECRET_LENGTH);
  const output = decideLogOutput(config.logFormat, { isTTY: process.stdout.isTTY === true, env: process.env });
  const logger = createLogger(config.logLevel, output);
  const running = new RunningSet();
  // The users file is read before anything starts: a bad one (or a plain-text password) stops the console here.
  const access = accessSecurity(config, secret, logger, running);
  const startup = startAll(config, logger, running, access);
  let stoppingSince: number | undefined;
  const shutdown = (signal: NodeJS.Signals): void => {
    if (stoppingSince !== undefined) {
      // Wrappers (npm, tsx) relay the signal the process group already delivered: a repeat within the
      // grace period is that echo; a later one is an impatient operator.
      if (Date.now() - stoppingSince > REPEAT_SIGNAL_GRACE_MS) process.exit(1);
      return;
    }
    stoppingSince = Date.now();
    // The terminal echoed ^C where the cursor was: start the next line on a line of its own.
    if (signal === 'SIGINT' && process.stdout.isTTY === true) process.stdout.write('\n');
    logger.info({ signal }, 'stopping (signal again to force)');
    // Let a startup in progress finish (or fail) first, so nothing it starts is left running. And stay idle a
    // moment: tsx (npm start's runner) relays a group signal unless we acknowledge it within 30 ms and
    // SIGKILLs us if the relayed one is not acknowledged in time either — a busy event loop would miss that.
    startup
      .catch(() => undefined)
      .then(() => new Promise((resolve) => setTimeout(resolve, SIGNAL_SETTLE_MS)))
      .then(() => running.stopAll(logger))
      .then(
        () => {
          logger.info('switchboard stopped');
          process.exit(0);
        },
        () => process.exit(1),
      );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  try {
    const facts = await startup;
    if (stoppingSince === undefined) announce(facts, logger, output);
  } catch (error) {
    await running.stopAll(logger);
    throw error;
  }
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`switchboard: ${message}\n`);
  process.exit(2);
});
