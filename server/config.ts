/**
 * Console configuration: flags override environment variables (DESIGN.md §3).
 * Pure: takes argv and env, returns a validated config or throws a ConfigError.
 */
import { parseArgs } from 'node:util';

export interface SwitchboardConfig {
  /** Dubbo-style registry address, or undefined → embedded registry. */
  readonly registry: string | undefined;
  readonly port: number;
  readonly host: string;
  readonly demo: boolean;
  /** Port of the embedded registry (0 = any free port). */
  readonly registryPort: number;
  readonly users: string | undefined;
  readonly logLevel: string;
  /** ZooKeeper folder for the console's own state: rule history and audit (DESIGN.md §1). */
  readonly stateRoot: string;
  /** Also write Dubbo 2.6 `override://` copies of governance rules by default. */
  readonly legacyRules: boolean;
  readonly help: boolean;
}

export class ConfigError extends Error {
  readonly code = 'BAD_CONFIG';
}

export const HELP = `Usage: npm start -- [options]

  --registry <address>    ZooKeeper registry, Dubbo style:
                          zookeeper://h1:2181?backup=h2:2181,h3:2181&group=dubbo
                          (env SWITCHBOARD_REGISTRY; default: embedded registry with a demo fleet)
  --port <n>              HTTP port, 0 = any free port (env SWITCHBOARD_PORT; default 8080)
  --host <addr>           bind address (env SWITCHBOARD_HOST; default 127.0.0.1)
  --demo / --no-demo      start the demo fleet, registering into the registry the console mirrors
                          (env SWITCHBOARD_DEMO; default: on without --registry, off with it)
  --registry-port <n>     port of the embedded registry, used without --registry; 0 = any free port
                          (env SWITCHBOARD_REGISTRY_PORT; default 0)
  --users <file>          users file (env SWITCHBOARD_USERS)
  --log-level <level>     pino level (env SWITCHBOARD_LOG_LEVEL; default info)
  --state-root <path>     ZooKeeper folder for rule history and audit (env SWITCHBOARD_STATE_ROOT;
                          default /switchboard)
  --legacy-rules          also write Dubbo 2.6 override:// copies of governance rules
                          (env SWITCHBOARD_LEGACY_RULES; default off)
  --help                  this text
`;

export function loadConfig(argv: readonly string[], env: NodeJS.ProcessEnv): SwitchboardConfig {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        registry: { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
        demo: { type: 'boolean' },
        'no-demo': { type: 'boolean' },
        'registry-port': { type: 'string' },
        users: { type: 'string' },
        'log-level': { type: 'string' },
        'state-root': { type: 'string' },
        'legacy-rules': { type: 'boolean' },
        dev: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new ConfigError(`${error instanceof Error ? error.message : String(error)}\n\n${HELP}`);
  }
  const registry = nonEmpty(values.registry) ?? nonEmpty(env['SWITCHBOARD_REGISTRY']);
  const envDemo = env['SWITCHBOARD_DEMO'];
  const demo = values['no-demo']
    ? false
    : values.demo
      ? true
      : envDemo !== undefined && envDemo !== ''
        ? ['1', 'true', 'yes', 'on'].includes(envDemo.toLowerCase())
        : registry === undefined;
  return {
    registry,
    port: port(values.port ?? env['SWITCHBOARD_PORT'], 8080, '--port'),
    host: nonEmpty(values.host) ?? nonEmpty(env['SWITCHBOARD_HOST']) ?? '127.0.0.1',
    demo,
    registryPort: port(values['registry-port'] ?? env['SWITCHBOARD_REGISTRY_PORT'], 0, '--registry-port'),
    users: nonEmpty(values.users) ?? nonEmpty(env['SWITCHBOARD_USERS']),
    logLevel: nonEmpty(values['log-level']) ?? nonEmpty(env['SWITCHBOARD_LOG_LEVEL']) ?? 'info',
    stateRoot: stateRoot(nonEmpty(values['state-root']) ?? nonEmpty(env['SWITCHBOARD_STATE_ROOT']) ?? '/switchboard'),
    legacyRules: values['legacy-rules'] ?? flag(env['SWITCHBOARD_LEGACY_RULES'], false),
    help: values.help ?? false,
  };
}

function flag(raw: string | undefined, fallback: boolean): boolean {
  return raw === undefined || raw.trim() === '' ? fallback : ['1', 'true', 'yes', 'on'].includes(raw.trim().toLowerCase());
}

/** An absolute ZooKeeper path other than `/`, without a trailing slash or empty segments. */
function stateRoot(raw: string): string {
  if (!/^(\/[^/\s]+)+$/.test(raw) || raw.split('/').some((s) => s === '.' || s === '..')) {
    throw new ConfigError(`--state-root must be an absolute ZooKeeper path such as /switchboard, got "${raw}"`);
  }
  return raw;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function port(raw: string | undefined, fallback: number, flag: string): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new ConfigError(`${flag} must be a port number 0-65535, got "${raw}"`);
  return n;
}
