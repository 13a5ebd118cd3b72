// pino appends child bindings without replacing the parent's: a second `module` binding writes the key
// twice on every line. moduleLogger binds it once; the scan keeps every module logger going through it.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { moduleLogger } from '../../server/logger.ts';
import { parseRegistryAddress } from '../../server/zk/registry-address.ts';
import { ZkClient } from '../../server/zk/zk-client.ts';

function capture(): { logger: pino.Logger; lines: string[] } {
  const lines: string[] = [];
  return { logger: pino({ level: 'debug', base: { app: 'switchboard' } }, { write: (line: string) => void lines.push(line) }), lines };
}

const moduleKeys = (line: string): number => line.match(/"module":/g)?.length ?? 0;

describe('moduleLogger', () => {
  it('binds module once however deep the chain', () => {
    const { logger, lines } = capture();
    moduleLogger(logger, 'mirror').info('one');
    moduleLogger(moduleLogger(logger, 'zk'), 'zk', { registry: 'r' }).info('two');
    moduleLogger(moduleLogger(logger, 'demo').child({}, { level: 'warn' }), 'zk').warn('three');
    expect(lines.map(moduleKeys)).toEqual([1, 1, 1]);
    expect(lines.map((line) => (JSON.parse(line) as { module: string }).module)).toEqual(['mirror', 'zk', 'demo']);
    expect(JSON.parse(lines[1]!)).toMatchObject({ registry: 'r' });
  });

  it("gives a ZkClient handed the wiring's zk logger lines with one module key", async () => {
    const { logger, lines } = capture();
    const client = new ZkClient({ address: parseRegistryAddress('zookeeper://127.0.0.1:1'), logger: moduleLogger(logger, 'zk') });
    (client as unknown as { logger: pino.Logger }).logger.info('probe');
    expect(lines).toHaveLength(1);
    expect(moduleKeys(lines[0]!)).toBe(1);
  });

  it('is how every server module names its logger', () => {
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (file.endsWith('.ts') && /\.child\(\s*\{[^}]*\bmodule\s*:/.test(readFileSync(file, 'utf8'))) offenders.push(file);
      }
    };
    walk(path.resolve(import.meta.dirname, '../../server'));
    expect(offenders).toEqual([]);
  });
});
