/**
 * One log record as one readable terminal line: `mirror: registry synced  ms=45 revision=1`. Pure; the
 * logger hands it to pino-pretty as its message format. Fields are summarised — nested objects as dotted
 * keys, multi-line text as its line count, long values and long lines cut with `…` — since a governance
 * write's before/after YAML would otherwise fill the screen; `--log-format json` keeps every byte. An
 * error's message stays on the line, its stack follows below from level error up.
 */

const HIDDEN = new Set(['level', 'time', 'pid', 'hostname', 'app', 'module', 'msg', 'err']);
const MAX_VALUE = 60;
const MAX_FIELDS = 120;
const MAX_DEPTH = 2;
const ERROR_LEVEL = 50;

export interface LineColours {
  readonly dim: (text: string) => string;
  readonly red: (text: string) => string;
}

export function formatLogLine(log: Readonly<Record<string, unknown>>, colours: LineColours): string {
  const module = typeof log['module'] === 'string' ? `${colours.dim(`${log['module']}:`)} ` : '';
  const message = typeof log['msg'] === 'string' ? log['msg'] : '';
  const fields = Object.entries(log).flatMap(([key, value]) => (HIDDEN.has(key) ? [] : flatten(key, value, 1)));
  const err = errorOf(log['err']);
  if (err !== undefined) fields.unshift(`err=${fieldValue(err.message)}`);
  const line = `${module}${message}${fields.length > 0 ? `  ${colours.dim(cut(fields.join(' '), MAX_FIELDS))}` : ''}`;
  const level = typeof log['level'] === 'number' ? log['level'] : 0;
  if (err?.stack === undefined || level < ERROR_LEVEL) return line;
  const stack = err.stack.split('\n').slice(1).map((frame) => `    ${frame.trim()}`);
  return [line, ...stack.map((frame) => colours.red(frame))].join('\n');
}

/** `key=value` pairs; a plain object's fields become `key.field=value` down to MAX_DEPTH. */
function flatten(key: string, value: unknown, depth: number): string[] {
  if (value === undefined) return [];
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && depth < MAX_DEPTH) {
    return Object.entries(value).flatMap(([field, inner]) => flatten(`${key}.${field}`, inner, depth + 1));
  }
  return [`${key}=${fieldValue(value)}`];
}

function fieldValue(value: unknown): string {
  if (typeof value === 'string') {
    const lines = value.split('\n').length;
    if (lines > 2) return `<${lines - (value.endsWith('\n') ? 1 : 0)} lines>`;
    return cut(/^[^\s"=]+$/.test(value) ? value : JSON.stringify(value), MAX_VALUE);
  }
  if (Array.isArray(value) && JSON.stringify(value).length > MAX_VALUE) return `[${value.length} items]`;
  return cut(JSON.stringify(value) ?? String(value), MAX_VALUE);
}

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function errorOf(value: unknown): { message: string; stack: string | undefined } | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { message, stack } = value as { message?: unknown; stack?: unknown };
  return { message: typeof message === 'string' ? message : JSON.stringify(value), stack: typeof stack === 'string' ? stack : undefined };
}
