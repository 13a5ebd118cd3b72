import { pino, type Logger } from 'pino';
import { PinoPretty } from 'pino-pretty';
import type { LogOutput } from './log-format.ts';
import { formatLogLine } from './log-line.ts';

const JSON_LINES: LogOutput = { format: 'json', colour: false };

/**
 * The root logger; modules take theirs through moduleLogger. JSON lines on stdout, or (`output.format`
 * pretty) pino-pretty's readable lines, formatted in this process (a worker transport would reorder them
 * against the start banner and lose the last lines at exit): `12:04:05.120 INFO  mirror: connected`.
 */
export function createLogger(level: string = process.env['SWITCHBOARD_LOG_LEVEL'] ?? 'info', output: LogOutput = JSON_LINES): Logger {
  const options = { level, base: { app: 'switchboard' } };
  if (output.format === 'json') return pino(options);
  return pino(options, PinoPretty(prettyOptions(output.colour)));
}

/** pino-pretty's options for the console's lines (exported for the tests that render a record). */
export function prettyOptions(colour: boolean): PinoPretty.PrettyOptions {
  return {
    colorize: colour,
    sync: true,
    destination: 1,
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid,hostname,app',
    hideObject: true,
    messageFormat: (log, _messageKey, _level, { colors }) => formatLogLine(log, colors),
  };
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
