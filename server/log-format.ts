/**
 * How the console's log lines look (`--log-format`). Pure: the caller says whether stdout is a terminal.
 * A person at a terminal reads pino-pretty's lines; anything else (a pipe, a file, a container's log
 * driver) gets one JSON object per line. Colour only on a terminal, and never with NO_COLOR (no-color.org).
 */

export const LOG_FORMATS = ['auto', 'json', 'pretty'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

export interface LogOutput {
  readonly format: 'json' | 'pretty';
  /** ANSI colours in the pretty lines and the start banner. */
  readonly colour: boolean;
}

export function isLogFormat(value: string): value is LogFormat {
  return (LOG_FORMATS as readonly string[]).includes(value);
}

export interface Terminal {
  /** Whether stdout is a TTY. */
  readonly isTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export function decideLogOutput(requested: LogFormat, terminal: Terminal): LogOutput {
  const format = requested === 'auto' ? (terminal.isTTY ? 'pretty' : 'json') : requested;
  const noColour = (terminal.env['NO_COLOR'] ?? '') !== '' || terminal.env['TERM'] === 'dumb';
  return { format, colour: format === 'pretty' && terminal.isTTY && !noColour };
}
