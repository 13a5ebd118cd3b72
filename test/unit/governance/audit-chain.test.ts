// The audit hash chain without ZooKeeper: entries appended through planAuditAppend form a chain that
// verifyAuditChain accepts, and each way of tampering with the stored bytes is reported at the right entry.
import { describe, expect, it } from 'vitest';
import { GENESIS, hashEntry, parseHead, planAuditAppend, type ChainTip } from '../../../server/governance/audit-chain.ts';
import type { AuditRecord } from '../../../server/governance/state-layout.ts';
import { verifyAuditChain, type StoredAuditEntry, type StoredHead } from '../../../server/governance/verify-audit-chain.ts';

const AT = new Date('2026-12-03T10:00:00.000Z');
const PATHS = { auditFolder: '/sb/audit', auditHead: '/sb/audit-head' };

const record = (n: number): AuditRecord => ({
  at: `2026-12-03T09:00:0${n % 10}.000Z`,
  actor: 'alice',
  via: 'session',
  action: 'set-weight',
  target: { node: 'com.foo.Svc::.configurators', scope: 'service', serviceKey: 'com.foo.Svc', addresses: ['10.0.0.1:20880'] },
  reason: `change ${n}`,
  before: null,
  after: null,
  ruleVersion: n,
  legacy: { created: [], removed: [] },
});

const id = (n: number): string => `e-${String(n).padStart(10, '0')}`;
const legacyEntry = (n: number): StoredAuditEntry => ({ id: id(n), bytes: Buffer.from(JSON.stringify(record(n))), version: 0 });

/** Appends `count` entries the way the stores do (the head moving with each), after `before` pre-chain entries. */
function trail(count: number, before: readonly StoredAuditEntry[] = []): { entries: StoredAuditEntry[]; head: StoredHead } {
  const entries = [...before];
  let tip: ChainTip = { kind: 'start', prevHash: before.length === 0 ? GENESIS : hashEntry(before.at(-1)?.bytes ?? Buffer.alloc(0)) };
  let headVersion = 0;
  for (let i = 0; i < count; i++) {
    const append = planAuditAppend(tip, record(entries.length), PATHS);
    const created = append.ops[0] as { data: Buffer };
    entries.push({ id: id(entries.length), bytes: created.data, version: 0 });
    tip = { kind: 'head', hash: append.hash, version: headVersion++ };
  }
  return { entries, head: count === 0 ? undefined : { hash: tip.kind === 'head' ? tip.hash : undefined } };
}

const rewrite = (entry: StoredAuditEntry, change: (value: Record<string, unknown>) => void): StoredAuditEntry => {
  const value = JSON.parse(entry.bytes?.toString('utf8') ?? '{}') as Record<string, unknown>;
  change(value);
  return { ...entry, bytes: Buffer.from(JSON.stringify(value)), version: entry.version + 1 };
};

describe('planAuditAppend', () => {
  it('links to the tip, hashes the exact bytes it stores, and moves or creates the head', () => {
    const start = planAuditAppend({ kind: 'start', prevHash: GENESIS }, record(0), PATHS);
    const [entry, head] = start.ops as unknown as [{ data: Buffer; path: string; mode: string }, { type: string; data: Buffer }];
    expect(entry).toMatchObject({ type: 'create', path: '/sb/audit/e-', mode: 'persistent_sequential' });
    expect(JSON.parse(entry.data.toString('utf8'))).toMatchObject({ reason: 'change 0', prevHash: GENESIS });
    expect(start.hash).toBe(hashEntry(entry.data));
    expect(head.type).toBe('create');
    expect(parseHead(head.data)).toBe(start.hash);
    const next = planAuditAppend({ kind: 'head', hash: start.hash, version: 4 }, record(1), PATHS);
    expect(next.ops[1]).toMatchObject({ type: 'setData', path: '/sb/audit-head', version: 4 });
  });

  it.each([
    ['{"hash":"abc"}', 'abc'],
    ['{"hash":1}', undefined],
    ['not json', undefined],
    ['', undefined],
  ])('reads the head %j as %j', (text, hash) => {
    expect(parseHead(Buffer.from(text))).toBe(hash);
  });
});

describe('verifyAuditChain', () => {
  const clean = trail(5);
  const withLegacy = trail(3, [legacyEntry(0), legacyEntry(1)]);
  const at = (entries: StoredAuditEntry[], i: number, replace: StoredAuditEntry): StoredAuditEntry[] => entries.map((e, k) => (k === i ? replace : e));

  it.each<{ name: string; entries: StoredAuditEntry[]; head: StoredHead; ok: boolean; checked: number; unchained: number; broken?: { id: string; reason: string } }>([
    { name: 'an intact chain', entries: clean.entries, head: clean.head, ok: true, checked: 5, unchained: 0 },
    { name: 'an empty trail with no head', entries: [], head: undefined, ok: true, checked: 0, unchained: 0 },
    { name: 'entries from before the chain, then the chain linked to the newest of them', ...withLegacy, ok: true, checked: 5, unchained: 2 },
    { name: 'only entries from before the chain, no head', entries: [legacyEntry(0), legacyEntry(1)], head: undefined, ok: true, checked: 2, unchained: 2 },
    { name: 'the oldest kept entry linked to a pruned one', entries: clean.entries.slice(2), head: clean.head, ok: true, checked: 3, unchained: 0 },
    {
      name: 'a changed entry: reported at the next entry',
      entries: at(clean.entries, 1, rewrite(clean.entries[1] as StoredAuditEntry, (v) => (v['reason'] = 'nothing to see'))),
      head: clean.head,
      ok: false,
      checked: 3,
      unchained: 0,
      broken: { id: id(2), reason: 'hash-mismatch' },
    },
    {
      name: 'a deleted middle entry',
      entries: clean.entries.filter((_, k) => k !== 2),
      head: clean.head,
      ok: false,
      checked: 3,
      unchained: 0,
      broken: { id: id(3), reason: 'missing-link' },
    },
    {
      name: 'an entry without a link after the chain started',
      entries: at(clean.entries, 3, { ...legacyEntry(3), version: 0 }),
      head: clean.head,
      ok: false,
      checked: 4,
      unchained: 0,
      broken: { id: id(3), reason: 'missing-link' },
    },
    {
      name: 'a changed newest entry: only the head covers it',
      entries: at(clean.entries, 4, rewrite(clean.entries[4] as StoredAuditEntry, (v) => (v['actor'] = 'mallory'))),
      head: clean.head,
      ok: false,
      checked: 5,
      unchained: 0,
      broken: { id: id(4), reason: 'head-mismatch' },
    },
    { name: 'a deleted newest entry', entries: clean.entries.slice(0, 4), head: clean.head, ok: false, checked: 4, unchained: 0, broken: { id: id(3), reason: 'head-mismatch' } },
    { name: 'a deleted head', entries: clean.entries, head: undefined, ok: false, checked: 5, unchained: 0, broken: { id: id(4), reason: 'head-mismatch' } },
    { name: 'an unreadable head', entries: clean.entries, head: { hash: undefined }, ok: false, checked: 5, unchained: 0, broken: { id: id(4), reason: 'head-mismatch' } },
    { name: 'a head with no entries', entries: [], head: clean.head, ok: false, checked: 0, unchained: 0, broken: { id: 'audit-head', reason: 'head-mismatch' } },
    {
      name: 'an entry that is not JSON',
      entries: at(clean.entries, 2, { id: id(2), bytes: Buffer.from('garbage'), version: 1 }),
      head: clean.head,
      ok: false,
      checked: 3,
      unchained: 0,
      broken: { id: id(2), reason: 'unreadable' },
    },
  ])('$name', ({ entries, head, ok, checked, unchained, broken }) => {
    const result = verifyAuditChain(entries, head, AT);
    expect(result).toMatchObject({ ok, checked, unchained, verifiedAt: AT.toISOString() });
    if (broken) expect(result.firstBroken).toMatchObject(broken);
    else expect(result.firstBroken).toBeNull();
  });
});
