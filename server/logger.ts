import { pino, type Logger } from 'pino';

/** The root logger; modules take theirs through moduleLogger. JSON lines on stdout. */
export function createLogger(level: string = process.env['SWITCHBOARD_LOG_LEVEL'] ?? 'info'): Logger {
  return pino({ level, base: { app: 'switchboard' } });
}

/**
 * A module's child logger. pino appends child bindings without replacing the parent's, so binding
 * `module` on a logger that already has one writes the key twice on every line (a ZkClient given the
 * wiring's `zk` logger, or a demo session's): the first module named wins and only `extra` is added.
 * Use this instead of `child({ module })`; an architecture test keeps it so.
 */
export function moduleLogger(parent: Logger, module: string, extra: Readonly<Record<string, unknown>> = {}): Logger {
  const named = typeof parent.bindings()['module'] === 'string';
  return parent.child(named ? { ...extra } : { module, ...extra });
}

export type { Logger };
