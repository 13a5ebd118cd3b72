// The compare-and-set loop alone, over a rule store that loses a chosen number of races: it re-reads and
// re-decides after each lost race, pauses a little longer each time (so two replicas stop colliding in
// lockstep), and gives up with 409 CONFLICT only after MAX_ATTEMPTS; a stale expectedVersion is never retried.
// Its observer (the console's metrics) hears each lost race and how each write ended.

import { describe, expect, it } from 'vitest';
import type { GovernanceResult } from '../../../server/contract/governance.ts';
import type { GovernanceDeps } from '../../../server/governance/governance-deps.ts';
import { RuleWriteQueue } from '../../../server/governance/rule-write-queue.ts';
import type { CommitOutcome, RuleWrite, StoredRule } from '../../../server/governance/rule-write.ts';
import { MAX_ATTEMPTS, writeRuleWithCas, type CasWrite } from '../../../server/governance/write-rule-with-cas.ts';
import { DomainError, registryUnavailableError, validationError } from '../../../server/errors/domain-error.ts';

const PATH = '/dubbo/config/dubbo/demo.configurators';

function harness(losses: number) {
  let version = 3;
  const observed: string[] = [];
  const pauses: number[] = [];
  const decidedOn: number[] = [];
  let commits = 0;
  const deps = {
    rules: {
      readRule: async (): Promise<StoredRule> => ({ text: `v${version}`, version }),
      commit: async (): Promise<CommitOutcome> => {
        commits += 1;
        if (commits <= losses) {
          version += 1; // another replica won the race
          return { kind: 'conflict', onRuleNode: true, code: 'BAD_VERSION' };
        }
        version += 1;
        return { kind: 'committed', zkVersion: version, historyVersion: 1, auditId: 'a-1' };
      },
    },
    queue: new RuleWriteQueue(),
    pause: async (attempt: number) => void pauses.push(attempt),
    log: { info: () => undefined, warn: () => undefined },
    observe: { ruleWrite: (outcome: string) => void observed.push(outcome), casConflict: (code: string) => void observed.push(`cas ${code}`) },
  } as unknown as GovernanceDeps;
  const cas = (expectedVersion?: number): CasWrite => ({
    path: PATH,
    expectedVersion,
    decide: (current) => {
      decidedOn.push(current?.version ?? -1);
      return {
        kind: 'write',
        write: { path: PATH, before: current } as unknown as RuleWrite,
        answer: (committed) => ({ status: 'applied', version: committed.zkVersion }) as unknown as GovernanceResult,
      };
    },
  });
  return { deps, cas, pauses, decidedOn, observed };
}

describe('the compare-and-set write loop', () => {
  it('re-reads and re-decides after each lost race, pausing longer each time, until it wins', async () => {
    const h = harness(6);
    const result = await writeRuleWithCas(h.deps, h.cas());
    expect(result).toMatchObject({ status: 'applied', version: 10, attempts: 7 });
    expect(h.decidedOn).toEqual([3, 4, 5, 6, 7, 8, 9]);
    expect(h.pauses).toEqual([1, 2, 3, 4, 5, 6]);
    expect(h.observed).toEqual([...Array<string>(6).fill('cas BAD_VERSION'), 'ok']);
  });

  it('gives up with CONFLICT after MAX_ATTEMPTS lost races, without a pause after the last', async () => {
    const h = harness(MAX_ATTEMPTS);
    const error = await writeRuleWithCas(h.deps, h.cas()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'CONFLICT', details: { attempts: MAX_ATTEMPTS } });
    expect(h.pauses).toEqual(Array.from({ length: MAX_ATTEMPTS - 1 }, (_, i) => i + 1));
    expect(h.observed).toEqual([...Array<string>(MAX_ATTEMPTS).fill('cas BAD_VERSION'), 'conflict']);
  });

  it('never retries a write that carries the version the operator saw', async () => {
    const h = harness(1);
    const error = await writeRuleWithCas(h.deps, h.cas(3)).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'CONFLICT', details: { expectedVersion: 3, currentVersion: 4 } });
    expect(h.decidedOn).toEqual([3]);
    expect(h.pauses).toEqual([]);
    expect(h.observed).toEqual(['cas BAD_VERSION', 'conflict']);
  });

  it('tells the observer how each write ended: a noop is reported, a preview is not, a failure is an error or a refusal', async () => {
    const answering = (status: GovernanceResult['status']) => ({
      ...harness(0).cas(),
      decide: () => ({ kind: 'answer' as const, result: { status } as unknown as GovernanceResult }),
    });
    const h = harness(0);
    await writeRuleWithCas(h.deps, answering('noop'));
    await writeRuleWithCas(h.deps, answering('preview'));
    await writeRuleWithCas(h.deps, { ...h.cas(), decide: () => { throw validationError('GUARDRAIL', 'no'); } }).catch(() => undefined);
    await writeRuleWithCas(h.deps, { ...h.cas(), decide: () => { throw new Error('boom'); } }).catch(() => undefined);
    await writeRuleWithCas(h.deps, { ...h.cas(), decide: () => { throw registryUnavailableError('down'); } }).catch(() => undefined);
    expect(h.observed).toEqual(['noop', 'refused', 'error', 'error']);
  });
});
