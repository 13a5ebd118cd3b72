/**
 * Console configuration: flags override environment variables (DESIGN.md §3).
 * Pure: takes argv and env, returns a validated config or throws a ConfigError.
 */
import { parseArgs } from 'node:util';
import { isLogFormat, LOG_FORMATS, type LogFormat } from './log-format.ts';
import { AclSpecError, parseAclSpec, type ZkAclEntry } from './zk/acl-spec.ts';

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
  /** How log lines look: `auto` (readable on a terminal, JSON lines otherwise), `json` or `pretty`. */
  readonly logFormat: LogFormat;
  /** ZooKeeper folder for the console's own state: rule history and audit (DESIGN.md §1). */
  readonly stateRoot: string;
  /** Also write Dubbo 2.6 `override://` copies of governance rules by default. */
  readonly legacyRules: boolean;
  /** ZooKeeper ACL of every node the console creates under its state root (default: as the session creates). */
  readonly stateAcl: readonly ZkAclEntry[] | undefined;
  /** ZooKeeper ACL of the rule nodes the console creates (default: as the session creates). */
  readonly ruleAcl: readonly ZkAclEntry[] | undefined;
  /** Signs session cookies and CSRF tokens; required with a users file (never a built-in default). */
  readonly sessionSecret: string | undefined;
  /** A file holding the session secret (read by main.ts; trailing newline ignored). */
  readonly sessionSecretFile: string | undefined;
  readonly sessionTtlMs: number;
  /** Express `trust proxy`: false, true, a hop count, or addresses/CIDRs of the proxies. */
  readonly trustProxy: boolean | number | string;
  /** The console's public origin behind a proxy (`https://switchboard.example.com`): the only origin writes may come from. */
  readonly publicOrigin: string | undefined;
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
  --users <file>          users file: sign-in with roles viewer/operator/admin, re-read on change
                          (env SWITCHBOARD_USERS; default none = local mode, loopback only)
  --session-secret <s>    secret (32+ characters) signing session cookies and CSRF tokens; the same on
                          every replica (env SWITCHBOARD_SESSION_SECRET; required with --users)
  --session-secret-file <f>  read the session secret from a file (env SWITCHBOARD_SESSION_SECRET_FILE)
  --session-ttl <d>       how long a sign-in lasts: 30m, 8h, 7d (env SWITCHBOARD_SESSION_TTL; default 8h)
  --trust-proxy <v>       believe X-Forwarded-For/-Proto from a proxy: true, a hop count, or proxy
                          addresses/CIDRs, comma-separated (env SWITCHBOARD_TRUST_PROXY; default off).
                          Also marks session cookies Secure (TLS ends at the proxy)
  --public-url <url>      the console's URL as people open it (env SWITCHBOARD_PUBLIC_URL); writes are
                          accepted only from this origin (default: the origin each request reached)
  --log-level <level>     pino level (env SWITCHBOARD_LOG_LEVEL; default info)
  --log-format <f>        auto, json or pretty: auto is readable, coloured lines on a terminal (no colour
                          with NO_COLOR) and JSON lines when stdout is a pipe or file
                          (env SWITCHBOARD_LOG_FORMAT; default auto)
  --state-root <path>     ZooKeeper folder for rule history and audit (env SWITCHBOARD_STATE_ROOT;
                          default /switchboard)
  --legacy-rules          also write Dubbo 2.6 override:// copies of governance rules
                          (env SWITCHBOARD_LEGACY_RULES; default off)
  --state-acl <spec>      ZooKeeper ACL of everything the console creates under --state-root (history,
                          audit, releases, tokens), e.g. digest:switchboard:<base64 sha1>:cdrwa,world:anyone:r
                          (env SWITCHBOARD_STATE_ACL; entries scheme:id:perms, perms from cdrwa;
                          default: open, or creator-only when the registry address carries credentials)
  --rule-acl <spec>       ZooKeeper ACL of the rule nodes the console creates; keep world:anyone:r so Dubbo
                          applications can read them (env SWITCHBOARD_RULE_ACL; default as --state-acl's)
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
        'log-format': { type: 'string' },
        'state-root': { type: 'string' },
        'legacy-rules': { type: 'boolean' },
        'state-acl': { type: 'string' },
        'rule-acl': { type: 'string' },
        'session-secret': { type: 'string' },
        'session-secret-file': { type: 'string' },
        'session-ttl': { type: 'string' },
        'trust-proxy': { type: 'string' },
        'public-url': { type: 'string' },
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
    logFormat: logFormat(nonEmpty(values['log-format']) ?? nonEmpty(env['SWITCHBOARD_LOG_FORMAT']) ?? 'auto'),
    stateRoot: stateRoot(nonEmpty(values['state-root']) ?? nonEmpty(env['SWITCHBOARD_STATE_ROOT']) ?? '/switchboard'),
    legacyRules: values['legacy-rules'] ?? flag(env['SWITCHBOARD_LEGACY_RULES'], false),
    stateAcl: acl(nonEmpty(values['state-acl']) ?? nonEmpty(env['SWITCHBOARD_STATE_ACL']), '--state-acl'),
    ruleAcl: acl(nonEmpty(values['rule-acl']) ?? nonEmpty(env['SWITCHBOARD_RULE_ACL']), '--rule-acl'),
    sessionSecret: nonEmpty(values['session-secret']) ?? nonEmpty(env['SWITCHBOARD_SESSION_SECRET']),
    sessionSecretFile: nonEmpty(values['session-secret-file']) ?? nonEmpty(env['SWITCHBOARD_SESSION_SECRET_FILE']),
    sessionTtlMs: duration(nonEmpty(values['session-ttl']) ?? nonEmpty(env['SWITCHBOARD_SESSION_TTL']) ?? '8h', '--session-ttl'),
    trustProxy: trustProxy(nonEmpty(values['trust-proxy']) ?? nonEmpty(env['SWITCHBOARD_TRUST_PROXY'])),
    publicOrigin: publicOrigin(nonEmpty(values['public-url']) ?? nonEmpty(env['SWITCHBOARD_PUBLIC_URL'])),
    help: values.help ?? false,
  };
}

function logFormat(raw: string): LogFormat {
  const format = raw.toLowerCase();
  if (!isLogFormat(format)) throw new ConfigError(`--log-format must be one of ${LOG_FORMATS.join(', ')}, got "${raw}"`);
  return format;
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

function acl(raw: string | undefined, flagName: string): readonly ZkAclEntry[] | undefined {
  if (raw === undefined) return undefined;
  try {
    return parseAclSpec(raw);
  } catch (error) {
    if (error instanceof AclSpecError) throw new ConfigError(`${flagName}: ${error.message}`);
    throw error;
  }
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

/** `30m`, `8h`, `7d` (or plain minutes) → ms; between one minute and 30 days. */
function duration(raw: string, flagName: string): number {
  const m = /^(\d+)\s*([mhd]?)$/.exec(raw.trim());
  const unit = { '': 60_000, m: 60_000, h: 3_600_000, d: 86_400_000 }[m?.[2] ?? ''] ?? 60_000;
  const ms = m ? Number(m[1]) * unit : NaN;
  if (!Number.isFinite(ms) || ms < 60_000 || ms > 30 * 86_400_000) {
    throw new ConfigError(`${flagName} must be a duration between 1m and 30d such as 30m, 8h or 7d, got "${raw}"`);
  }
  return ms;
}

function trustProxy(raw: string | undefined): boolean | number | string {
  if (raw === undefined || ['false', '0', 'no', 'off'].includes(raw.toLowerCase())) return false;
  if (['true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (/^\d+$/.test(raw)) return Number(raw);
  const parts = raw.split(',').map((p) => p.trim());
  const address = /^(loopback|linklocal|uniquelocal|[0-9a-fA-F.:]+(\/\d{1,3})?)$/;
  if (parts.some((p) => !address.test(p))) {
    throw new ConfigError(`--trust-proxy must be true, a hop count, or proxy addresses/CIDRs (comma-separated), got "${raw}"`);
  }
  return parts.join(',');
}

function publicOrigin(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`--public-url must be an absolute http(s) URL such as https://switchboard.example.com, got "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ConfigError(`--public-url must be http(s), got "${raw}"`);
  return url.origin;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1']);

export function isLoopbackBind(host: string): boolean {
  return LOOPBACK_HOSTS.has(host) || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * Refusals at start, before anything runs: a console reachable from other hosts must have users, and a
 * console with users must have a session secret of its own — there is no built-in default to fall back on.
 * `secret` is the configured one, read from --session-secret or its file.
 */
export function checkAccessConfig(config: Pick<SwitchboardConfig, 'host' | 'users'>, secret: string | undefined, minSecretLength: number): void {
  if (config.users === undefined && !isLoopbackBind(config.host)) {
    throw new ConfigError(
      `Refusing to bind ${config.host} without users: anyone who reaches the port could move production traffic. ` +
        'Give a users file with --users <file> (and --session-secret), or bind to 127.0.0.1.',
    );
  }
  if (config.users !== undefined && secret === undefined) {
    throw new ConfigError(
      'With --users the console needs a session secret to sign sessions: pass --session-secret, SWITCHBOARD_SESSION_SECRET ' +
        'or --session-secret-file (e.g. `openssl rand -base64 48`), the same on every replica. There is no built-in default.',
    );
  }
  if (secret !== undefined && secret.length < minSecretLength) {
    throw new ConfigError(`The session secret must be at least ${minSecretLength} characters (got ${secret.length}); e.g. \`openssl rand -base64 48\``);
  }
}
