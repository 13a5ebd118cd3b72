/**
 * Counters of what this console wrote: governance rule writes by outcome, lost compare-and-sets by
 * ZooKeeper error code, and release moves by from/to state and cause. Every label value comes from a closed
 * set (governance-observer.ts, the release contract), so the series stay bounded.
 */
import { Counter, type Registry } from 'prom-client';
import type { GovernanceObserver } from '../governance/governance-observer.ts';
import type { ReleaseObserver } from '../releases/release-observer.ts';

export function governanceMetrics(registry: Registry): GovernanceObserver {
  const writes = new Counter({
    name: 'switchboard_governance_writes_total',
    help: 'Governance rule writes by outcome: ok, noop (already in effect), conflict (409), refused (invalid, unknown or forbidden), error',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  const conflicts = new Counter({
    name: 'switchboard_governance_cas_conflicts_total',
    help: 'Compare-and-set commits ZooKeeper refused because another writer changed a node first, by ZooKeeper error code',
    labelNames: ['code'] as const,
    registers: [registry],
  });
  return {
    ruleWrite: (outcome) => writes.inc({ outcome }),
    casConflict: (code) => conflicts.inc({ code }),
  };
}

export function releaseMetrics(registry: Registry): ReleaseObserver {
  const transitions = new Counter({
    name: 'switchboard_release_transitions_total',
    help: 'Gray release moves this console wrote, by state before and after and by cause (operator, hold-elapsed, conflict, canary-gone)',
    labelNames: ['from', 'to', 'cause'] as const,
    registers: [registry],
  });
  return {
    transition: (entry) => transitions.inc({ from: entry.from.state, to: entry.to.state, cause: entry.kind }),
  };
}
