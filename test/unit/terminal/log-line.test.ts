// A log record as one readable terminal line: module, message, then the fields as key=value, summarised so a
// governance write's YAML does not fill the screen; an error's stack follows from level error up.

import { Writable } from 'node:stream';
import { PinoPretty } from 'pino-pretty';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { formatLogLine } from '../../../server/log-line.ts';
import { prettyOptions } from '../../../server/logger.ts';

const plain = { dim: (t: string) => t, red: (t: string) => t };

describe('formatLogLine', () => {
  it.each<[Record<string, unknown>, string]>([
    [{ level: 30, time: 1, pid: 9, hostname: 'h', app: 'switchboard', module: 'mirror', msg: 'registry synced', ms: 45, revision: 1 }, 'mirror: registry synced  ms=45 revision=1'],
    [{ level: 30, msg: 'switchboard stopped' }, 'switchboard stopped'],
    [{ level: 30, msg: 'm', actor: 'demo operator', ok: true, none: null }, 'm  actor="demo operator" ok=true none=null'],
    [{ level: 30, msg: 'release moved', state: { kind: 'running', step: 1 } }, 'release moved  state.kind=running state.step=1'],
    [{ level: 30, msg: 'w', before: 'a: 1\nb: 2\nc: 3\n' }, 'w  before=<3 lines>'],
    [{ level: 30, msg: 'w', addresses: Array.from({ length: 9 }, (_, i) => `10.0.0.${i}:20880`) }, 'w  addresses=[9 items]'],
    [{ level: 30, msg: 'w', short: ['a', 'b'] }, 'w  short=["a","b"]'],
    [{ level: 30, msg: 'w', deep: { a: { b: { c: 1 } } } }, 'w  deep.a={"b":{"c":1}}'],
    [{ level: 40, msg: 'attempt failed', err: { type: 'Error', message: 'ECONNREFUSED', stack: 'Error: ECONNREFUSED\n    at x' } }, 'attempt failed  err=ECONNREFUSED'],
  ])('%j → %s', (log, line) => {
    expect(formatLogLine(log, plain)).toBe(line);
  });

  it('cuts long values and long field lists with an ellipsis', () => {
    const line = formatLogLine({ level: 30, msg: 'm', path: `/${'x'.repeat(100)}` }, plain);
    expect(line).toBe(`m  path=/${'x'.repeat(58)}…`);
    const many = formatLogLine({ level: 30, msg: 'm', ...Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`k${i}`, i])) }, plain);
    expect(many.length).toBeLessThanOrEqual('m  '.length + 120);
    expect(many.endsWith('…')).toBe(true);
  });

  it('prints the stack below an error-level line', () => {
    const log = { level: 50, msg: 'request failed', err: { message: 'boom', stack: 'Error: boom\n    at handler (a.ts:1:1)\n    at next (b.ts:2:2)' } };
    expect(formatLogLine(log, plain).split('\n')).toEqual(['request failed  err=boom', '    at handler (a.ts:1:1)', '    at next (b.ts:2:2)']);
  });
});

describe('the pretty logger', () => {
  const render = (colour: boolean): string => {
    let out = '';
    const destination = new Writable({ write: (chunk: Buffer, _enc, done) => ((out += chunk.toString()), done()) });
    const logger = pino({ base: { app: 'switchboard' } }, PinoPretty({ ...prettyOptions(colour), destination }));
    logger.child({ module: 'zk' }).info({ registry: 'zookeeper://127.0.0.1:2181', timeoutMs: 30000 }, 'ZooKeeper connected');
    return out;
  };

  it('writes a timestamp, the level and the line, never the JSON record', () => {
    expect(render(false)).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: zk: ZooKeeper connected {2}registry=zookeeper:\/\/127\.0\.0\.1:2181 timeoutMs=30000\n$/);
  });

  it('colours only when asked', () => {
    expect(render(true)).toContain('\u001b[32mINFO');
    expect(render(false)).not.toContain('\u001b[');
  });
});
