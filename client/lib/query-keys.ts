import type { ApplicationListQuery } from '@contract/applications.ts';
import type { AuditQuery } from '@contract/audit.ts';
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

export const serviceKeys = {
  all: ['services'] as const,
  lists: () => [...serviceKeys.all, 'list'] as const,
  list: (query: ServiceListQuery) => [...serviceKeys.lists(), query] as const,
  details: () => [...serviceKeys.all, 'detail'] as const,
  detail: (key: string) => [...serviceKeys.details(), key] as const,
};

export const applicationKeys = {
  all: ['applications'] as const,
  lists: () => [...applicationKeys.all, 'list'] as const,
  list: (query: ApplicationListQuery) => [...applicationKeys.lists(), query] as const,
  details: () => [...applicationKeys.all, 'detail'] as const,
  detail: (name: string) => [...applicationKeys.details(), name] as const,
};

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
  all: ['rules'] as const,
  lists: () => [...ruleKeys.all, 'list'] as const,
  list: (query: RuleListKeyQuery) => [...ruleKeys.lists(), query] as const,
  details: () => [...ruleKeys.all, 'detail'] as const,
  detail: (node: string) => [...ruleKeys.details(), node] as const,
  history: (node: string) => [...ruleKeys.all, 'history', node] as const,
};

/** The audit trail, one infinite list per filter set (cursor pages share the key). */
export const auditKeys = {
  all: ['audit'] as const,
  list: (filters: Pick<AuditQuery, 'actor' | 'action' | 'target'>) => [...auditKeys.all, 'list', filters] as const,
};
