import type { QueryKey } from '@tanstack/react-query';
import type { RegistryChange } from '@contract/registry-event.ts';
import type { ReleaseChange } from '@contract/release-event.ts';
import { applicationKeys, auditKeys, healthKeys, releaseKeys, ruleKeys, serviceKeys, topologyKeys, warningKeys } from './query-keys.ts';

/**
 * What a live `change` event makes stale. Events say what changed, never the new data, so the client
 * invalidates by key prefix and lets React Query refetch what is on screen (inactive queries are only
 * marked stale, so generous prefixes cost nothing until a page needs them).
 */
export type ChangeInvalidation = { kind: 'everything' } | { kind: 'keys'; keys: QueryKey[] };

export function changeInvalidations(change: RegistryChange): ChangeInvalidation {
  if (change.all) return { kind: 'everything' };
  // Counts and the revision in the header come from health: any change moves them.
  const keys: QueryKey[] = [healthKeys.all];
  const rulesChanged = change.rules.length > 0;

  if (change.services.length > 0 || rulesChanged) keys.push(serviceKeys.lists());
  if (rulesChanged) {
    // A rule may target an application or every provider of an address, so the services it touches
    // are not always listed: refresh whichever service and application detail is open.
    keys.push(serviceKeys.details(), applicationKeys.details());
  } else {
    for (const key of unique(change.services)) keys.push(serviceKeys.detail(key));
  }

  if (change.applications.length > 0) {
    keys.push(applicationKeys.lists());
    if (!rulesChanged) for (const name of unique(change.applications)) keys.push(applicationKeys.detail(name));
  }
  if (change.warnings) keys.push(warningKeys.all);
  // Nodes, edges and their badges derive from all of the above; the graph refetch is one request.
  if (change.services.length > 0 || change.applications.length > 0 || rulesChanged || change.warnings) {
    keys.push(topologyKeys.all);
  }
  // Rule pages and the audit trail follow every rule write, the console's own included.
  if (rulesChanged) keys.push(ruleKeys.all, auditKeys.all);
  // A release's predicted split, instances and state follow the rule files it writes (and a hand edit of
  // one pauses it): refresh the releases too.
  if (rulesChanged) keys.push(releaseKeys.all);
  return { kind: 'keys', keys };
}

/** What a live `releases` event makes stale: every release list (states and steps move) and each listed release. */
export function releaseChangeInvalidations(change: ReleaseChange): ChangeInvalidation {
  return { kind: 'keys', keys: [releaseKeys.lists(), ...unique(change.ids).map((id) => releaseKeys.detail(id))] };
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** Two plans as one: "everything" wins, keys are de-duplicated. */
export function mergeInvalidations(a: ChangeInvalidation | undefined, b: ChangeInvalidation): ChangeInvalidation {
  if (!a) return b;
  if (a.kind === 'everything' || b.kind === 'everything') return { kind: 'everything' };
  const seen = new Map<string, QueryKey>();
  for (const key of [...a.keys, ...b.keys]) seen.set(JSON.stringify(key), key);
  return { kind: 'keys', keys: [...seen.values()] };
}
