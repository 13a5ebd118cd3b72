/**
 * Every rule as stored, from the mirror: config-center files (`<root>/config/dubbo/<node>`) and legacy
 * 2.6 nodes (`<root>/<iface>/configurators|routers`), with whether Dubbo can read them and whether the
 * console has history for them. `q` matches node or label, `kind` the rule kind; sorted by node.
 */
import type { RuleSummary } from '../contract/rules.ts';
import { legacyRuleRefs } from '../registry/legacy-rules.ts';
import { ruleCatalog } from '../registry/rule-catalog.ts';
import type { GovernanceDeps } from './governance-deps.ts';

export interface RuleListQuery {
  readonly q?: string | undefined;
  readonly kind?: string | undefined;
  readonly limit: number;
  readonly offset: number;
}

export async function listRules(deps: GovernanceDeps, query: RuleListQuery) {
  const snapshot = deps.registry.snapshot;
  const managed = await deps.history.managedNodes();
  const configCenter: RuleSummary[] = ruleCatalog(snapshot).all.map((r) => ({
    ...r.ref,
    valid: r.problem === undefined,
    ...(r.problem ? { problem: r.problem.message } : {}),
    managed: managed.has(r.file.node),
    mtime: r.file.mtime > 0 ? new Date(r.file.mtime).toISOString() : null,
  }));
  const legacy: RuleSummary[] = [...snapshot.interfaces.values()].flatMap((folder) =>
    legacyRuleRefs(snapshot.root, folder).map((ref) => ({ ...ref, valid: true, managed: false, mtime: null })),
  );
  const q = query.q?.toLowerCase();
  const items = [...configCenter, ...legacy]
    .filter((r) => (q === undefined || r.node.toLowerCase().includes(q) || r.label.toLowerCase().includes(q)) && (query.kind === undefined || r.kind === query.kind))
    .sort((a, b) => (a.node < b.node ? -1 : a.node > b.node ? 1 : 0));
  return { revision: snapshot.revision, total: items.length, items: items.slice(query.offset, query.offset + query.limit) };
}
