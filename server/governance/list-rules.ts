/**
 * Every rule as stored, from the mirror: config-center files (`<root>/config/dubbo/<node>`) and legacy
 * 2.6 nodes (`<root>/<iface>/configurators|routers`), with whether Dubbo can read them and whether the
 * console has history for them. `q` matches node or label, `kind` the rule kind; sorted by `sort`
 * (name = node name, kind, version, mtime) in `order`, ties by node name; rules without a version or mtime
 * (legacy 2.6 nodes, files never written) come last in either order.
 */
import type { RuleSort, RuleSummary } from '../contract/rules.ts';
import { legacyRuleRefs } from '../registry/legacy-rules.ts';
import { ruleCatalog } from '../registry/rule-catalog.ts';
import type { GovernanceDeps } from './governance-deps.ts';

export interface RuleListQuery {
  readonly q?: string | undefined;
  readonly kind?: string | undefined;
  readonly sort?: RuleSort | undefined;
  readonly order?: 'asc' | 'desc' | undefined;
  readonly limit: number;
  readonly offset: number;
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Sort key of a rule; undefined = it has none (sorts last). */
function keyOf(rule: RuleSummary, sort: RuleSort): string | number | undefined {
  if (sort === 'name') return rule.node;
  if (sort === 'kind') return rule.kind;
  if (sort === 'version') return rule.version;
  return rule.mtime === null ? undefined : Date.parse(rule.mtime);
}

/** The comparator `GET /api/rules` sorts with. */
export function compareRules(sort: RuleSort = 'name', order: 'asc' | 'desc' = 'asc'): (a: RuleSummary, b: RuleSummary) => number {
  const sign = order === 'desc' ? -1 : 1;
  return (a, b) => {
    const ka = keyOf(a, sort);
    const kb = keyOf(b, sort);
    if (ka === undefined || kb === undefined) {
      if (ka !== kb) return ka === undefined ? 1 : -1;
    } else if (ka !== kb) {
      return sign * (typeof ka === 'number' && typeof kb === 'number' ? ka - kb : byText(String(ka), String(kb)));
    }
    return sort === 'name' ? 0 : byText(a.node, b.node);
  };
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
    .sort(compareRules(query.sort, query.order));
  return { revision: snapshot.revision, total: items.length, items: items.slice(query.offset, query.offset + query.limit) };
}
