// Pure parts of telling a registry outage: when the next attempt starts, which errors mean "the
// registry is unavailable", what an attempt failure logs, and what health then reports.

import { pino, type Logger } from 'pino';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Reachability } from '../../../server/zk/reachability.ts';
import { reconnectDelayMs } from '../../../server/zk/reconnect-delay.ts';
import { isAccessDenied, isConnectionTrouble, isOutcomeUnknown, isRegistryUnavailable, socketFailureCause } from '../../../server/zk/zk-availability.ts';
import { ZkError } from '../../../server/zk/zk-error.ts';

describe('reconnectDelayMs', () => {
  it.each([
    // failedAttempts, servers, sessionMayLive, delay
    [0, 1, false, 0],
    [1, 1, false, 1000],
    [2, 1, false, 2000],
    [3, 1, false, 4000],
    [4, 1, false, 8000],
    [5, 1, false, 10_000],
    [50, 1, false, 10_000],
    [1, 3, false, 0], // the next server of the ensemble at once
    [2, 3, false, 0],
    [3, 3, false, 1000],
    [6, 3, false, 2000],
    [1, 1, true, 1000], // a session may live: keep trying every second
    [9, 1, true, 1000],
  ])('after %i failures of %i servers (session may live: %s): %i ms', (failedAttempts, serverCount, sessionMayLive, delay) => {
    expect(reconnectDelayMs({ failedAttempts, serverCount, sessionMayLive })).toBe(delay);
  });
});

describe('availability classification', () => {
  it.each([
    ['CONNECTION_LOSS', true, true, true],
    ['NOT_CONNECTED', true, true, false],
    ['SESSION_EXPIRED', true, true, false],
    ['OPERATION_TIMEOUT', true, true, false],
    ['CLOSED', true, true, false],
    ['AUTH_FAILED', false, true, false],
    ['NO_NODE', false, false, false],
    ['BAD_VERSION', false, false, false],
  ] as const)('%s: connection trouble %s, registry unavailable %s, outcome unknown %s', (code, connection, unavailable, unknown) => {
    const error = new ZkError(code, code);
    expect(isConnectionTrouble(error)).toBe(connection);
    expect(isRegistryUnavailable(error)).toBe(unavailable);
    expect(isOutcomeUnknown(error)).toBe(unknown);
  });

  it.each([
    ['NO_AUTH', true],
    ['AUTH_FAILED', true],
    ['NO_NODE', false],
    ['CONNECTION_LOSS', false],
  ] as const)('%s: access denied %s', (code, denied) => {
    expect(isAccessDenied(new ZkError(code, code))).toBe(denied);
  });

  it('calls a refused or unresolvable server ordinary, an unknown socket error not', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
    expect(socketFailureCause(refused)).toEqual({ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:1', ordinary: true });
    expect(socketFailureCause(Object.assign(new Error('getaddrinfo ENOTFOUND zk'), { code: 'ENOTFOUND' })).ordinary).toBe(true);
    const odd = Object.assign(new Error('odd'), { code: 'EWEIRD' });
    expect(socketFailureCause(odd)).toMatchObject({ code: 'EWEIRD', ordinary: false, error: odd });
  });
});

function recordingLogger(): { logger: Logger; lines: () => Array<Record<string, unknown>> } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  const logger: Logger = pino({ level: 'info' }, stream);
  return { logger, lines: () => chunks.join('').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>) };
}

describe('Reachability', () => {
  const refused = { code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:1', ordinary: true };

  it('counts failed attempts, knows the next one, logs one line each without a stack, and the recovery', () => {
    let clock = Date.parse('2025-01-01T00:00:00Z');
    const { logger, lines } = recordingLogger();
    const reachability = new Reachability(logger, () => new Date(clock));

    expect(reachability.failed({ server: 'a:1', cause: refused, retryInMs: 0 })).toBe(false); // next server at once
    expect(reachability.failed({ server: 'b:1', cause: refused, retryInMs: 2000 })).toBe(true);
    expect(reachability.health).toEqual({
      failedAttempts: 2,
      lastError: { code: 'ECONNREFUSED', message: refused.message, server: 'b:1', at: new Date(clock) },
      nextRetryAt: new Date(clock + 2000),
      unreachable: true,
    });
    clock += 5000;
    reachability.connected({ sessionId: '0x1' });
    expect(reachability.health).toMatchObject({ failedAttempts: 0, lastError: undefined, nextRetryAt: undefined, unreachable: false });

    const logged = lines();
    expect(logged.map((line) => line['msg'])).toEqual([
      'ZooKeeper connection attempt 1 failed: connect ECONNREFUSED 127.0.0.1:1; trying the next server',
      'ZooKeeper connection attempt 2 failed: connect ECONNREFUSED 127.0.0.1:1; next attempt in 2 s',
      'ZooKeeper reachable again: connected after 2 failed attempts (5 s)',
    ]);
    expect(logged.some((line) => 'err' in line)).toBe(false);
  });

  it('logs an unusual socket error with its stack', () => {
    const { logger, lines } = recordingLogger();
    const error = Object.assign(new Error('odd'), { code: 'EWEIRD' });
    new Reachability(logger).failed({ server: 'a:1', cause: socketFailureCause(error), retryInMs: 1000 });
    expect(lines()[0]?.['err']).toMatchObject({ message: 'odd', stack: expect.stringContaining('Error: odd') });
  });
});
