import { describe, expect, it } from 'vitest';
import { decideResume, formatEventId, parseEventId } from '../../../server/http/event-id.ts';

describe('event ids', () => {
  it.each([
    ['a1b2c3-0', { epoch: 'a1b2c3', revision: 0 }],
    ['a1b2c3-42', { epoch: 'a1b2c3', revision: 42 }],
    ['42', undefined], // a bare revision (the old format) is nobody's
    ['-42', undefined],
    ['a1b2-', undefined],
    ['a1b2-4x', undefined],
    ['a1b2--4', undefined],
    ['a b-4', undefined],
    ['', undefined],
  ])('parses %j', (text, expected) => {
    expect(parseEventId(text)).toEqual(expected);
  });

  it('round-trips what it formats', () => {
    expect(parseEventId(formatEventId('9f00ba', 17))).toEqual({ epoch: '9f00ba', revision: 17 });
  });
});

describe('decideResume', () => {
  const state = { epoch: 'ours', revision: 20, oldestBuffered: 11 };
  it.each([
    ['no id: a first connection', undefined, { kind: 'fresh' }],
    ['an empty id', '', { kind: 'fresh' }],
    ['up to date', 'ours-20', { kind: 'replay', after: 20 }],
    ['recent', 'ours-15', { kind: 'replay', after: 15 }],
    ['just covered by the buffer', 'ours-10', { kind: 'replay', after: 10 }],
    ['too old for the buffer', 'ours-9', { kind: 'resync' }],
    ['another process, lower revision', 'theirs-15', { kind: 'resync' }],
    ['another process, higher revision', 'theirs-900', { kind: 'resync' }],
    ['ours but from the future', 'ours-21', { kind: 'resync' }],
    ['a legacy bare revision', '15', { kind: 'resync' }],
    ['garbage', 'not an id', { kind: 'resync' }],
  ] as const)('%s → %j', (_case, lastEventId, expected) => {
    expect(decideResume(lastEventId, state)).toEqual(expected);
  });

  it('resyncs a client behind when nothing is buffered', () => {
    expect(decideResume('ours-3', { epoch: 'ours', revision: 4, oldestBuffered: undefined })).toEqual({ kind: 'resync' });
    expect(decideResume('ours-4', { epoch: 'ours', revision: 4, oldestBuffered: undefined })).toEqual({ kind: 'replay', after: 4 });
  });
});
