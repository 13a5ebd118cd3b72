import type { ApplicationListQuery } from '@contract/applications.ts';
import type { AuditQuery } from '@contract/audit.ts';
import type { ReleaseStateName } from '@contract/releases.ts';
import type { RuleListQuery } from '@contract/rules.ts';
import type { ServiceListQuery } from '@contract/services.ts';
import type { TopologyQuery } from '@contract/topology.ts';

/**
 * Query key factories, one per resource (all → lists → list(query) → details → detail(id)).
 * They live in lib/ because live events invalidate across features; features import them, never
 * each other. Invalidate by prefix (`serviceKeys.lists()`), never patch list caches by hand.
 */

/** A list filter as a key holds it: the request schema's fields `K`, each present (empty string = unset). */
export type KeyFilter<Query, K extends keyof Query> = { [P in K]-?: NonNullable<Query[P]> };

export const healthKeys = {
  all: ['health'] as const,
};

/** all → lists → list(query) → details → detail(id), under one resource name. */
function resourceKeys<const Name extends string>(name: Name) {
  return <ListQuery>() => {
    const all = [name] as const;
    return {
      all,
      lists: () => [name, 'list'] as const,
      list: (query: ListQuery) => [name, 'list', query] as const,
      details: () => [name, 'detail'] as const,
      detail: (id: string) => [name, 'detail', id] as const,
    };
  };
}

export const serviceKeys = resourceKeys('services')<ServiceListQuery>();
export const applicationKeys = resourceKeys('applications')<ApplicationListQuery>();

export const warningKeys = {
  all: ['warnings'] as const,
  list: () => [...warningKeys.all, 'list'] as const,
};

/** The call graph; one entry per (level, focus, depth, q). Any registry change may move it. */
export const topologyKeys = {
  all: ['topology'] as const,
  graph: (query: TopologyQuery) => [...topologyKeys.all, query] as const,
};

/** Governance rule files: the list, one node's text, its history. Any rule change refreshes them all. */
export type RuleListKeyQuery = KeyFilter<RuleListQuery, 'q' | 'kind' | 'limit' | 'offset'>;
export const ruleKeys = {
  ...resourceKeys('rules')<RuleListKeyQuery>(),
  history: (node: string) => ['rules', 'history', node] as const,
};

/** The audit trail, one infinite list per filter set (cursor pages share the key). */
export const auditKeys = {
  all: ['audit'] as const,
  list: (filters: Pick<AuditQuery, 'actor' | 'action' | 'target'>) => [...auditKeys.all, 'list', filters] as const,
};

/** The audit chain's verification: its own root, so writes (which invalidate `audit`) do not re-walk the chain; "Verify again" does. */
export const auditVerificationKeys = { all: ['audit-verification'] as const };

/** Gray releases: the lists (one per state/application filter) and one entry per release id. */
export type ReleaseListKeyQuery = { state: ReleaseStateName | ''; application: string };
export const releaseKeys = resourceKeys('releases')<ReleaseListKeyQuery>();

/** Who this browser acts as (GET /api/session); signing in or out invalidates everything. */
export const sessionKeys = {
  all: ['session'] as const,
};

/** API tokens: one list per owner filter (`me` or, for admins, `all`). */
export const tokenKeys = {
  all: ['tokens'] as const,
  list: (owner: 'me' | 'all') => [...tokenKeys.all, 'list', owner] as const,
};
