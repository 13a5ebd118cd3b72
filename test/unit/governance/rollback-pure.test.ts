// The pure parts of rollback and rule listing: undoing the 2.6 override changes of later history versions
// against the nodes that exist now, the dry-run snapshot built from that undo, the guardrails on a restore,
// and the sort order of GET /api/rules.
import { describe, expect, it } from 'vitest';
import type { ServicePreview } from '../../../server/contract/governance.ts';
import type { RuleSummary } from '../../../server/contract/rules.ts';
import { encodeJavaUrl } from '../../../server/dubbo/java-url-codec.ts';
import { checkGuardrails } from '../../../server/governance/guardrails.ts';
import { compareRules } from '../../../server/governance/list-rules.ts';
import { legacyOverrideNodeName } from '../../../server/governance/plan-legacy-override.ts';
import {
  legacyFolderChanges,
  legacyPathParts,
  legacyUndoDiff,
  legacyUndoPaths,
  planLegacyUndo,
  type LegacyHistoryEntry,
} from '../../../server/governance/plan-legacy-undo.ts';
import { previewService, withRuleChange } from '../../../server/governance/plan-preview.ts';
import { ADDRESSES, fleet, IFACE, NODE, SERVICE } from './governance-fixture.ts';

const X = '/dubbo/iface/configurators/x';
const Y = '/dubbo/iface/configurators/y';
const Z = '/dubbo/other/configurators/z';

const entry = (version: number, created: string[] = [], removed: string[] = []): LegacyHistoryEntry => ({ version, legacy: { created, removed } });

describe('planLegacyUndo', () => {
  it('removes what later versions created and re-creates what they removed, if still there / absent', () => {
    const entries = [entry(0), entry(1, [X]), entry(2, [Y], [Z])];
    expect(planLegacyUndo(entries, 0, new Set([X, Y]))).toEqual({ create: [Z], remove: [Y, X] });
    // Someone already removed X and re-created Z: nothing to do for them, the multi must not touch them.
    expect(planLegacyUndo(entries, 0, new Set([Y, Z]))).toEqual({ create: [], remove: [Y] });
    expect(planLegacyUndo(entries, 1, new Set([X, Y]))).toEqual({ create: [Z], remove: [Y] });
    expect(planLegacyUndo(entries, 2, new Set([X, Y]))).toEqual({ create: [], remove: [] });
  });

  it('undoes newest first, so the oldest later version decides a path touched several times', () => {
    // 1 created X (disable), 2 removed it (enable), 3 created it again, 4 (a rollback) removed it.
    const entries = [entry(4, [], [X]), entry(1, [X]), entry(3, [X]), entry(2, [], [X])];
    expect(planLegacyUndo(entries, 0, new Set())).toEqual({ create: [], remove: [] });
    expect(planLegacyUndo(entries, 0, new Set([X]))).toEqual({ create: [], remove: [X] });
    expect(planLegacyUndo(entries, 1, new Set())).toEqual({ create: [X], remove: [] });
    expect(planLegacyUndo(entries, 2, new Set())).toEqual({ create: [], remove: [] });
    expect(planLegacyUndo(entries, 3, new Set())).toEqual({ create: [X], remove: [] });
  });

  it('treats a path one write removed and re-created as present before it', () => {
    expect(planLegacyUndo([entry(1, [X], [X])], 0, new Set())).toEqual({ create: [X], remove: [] });
  });

  it('counts entries without a legacy record as no legacy change', () => {
    const entries: LegacyHistoryEntry[] = [{ version: 1 }, { version: 2, legacy: undefined }, entry(3, [X])];
    expect(legacyUndoPaths(entries, 0)).toEqual([X]);
    expect(planLegacyUndo(entries, 0, new Set([X]))).toEqual({ create: [], remove: [X] });
    expect(planLegacyUndo([{ version: 1 }], 0, new Set([X]))).toEqual({ create: [], remove: [] });
  });

  it('lists the paths to read: only those of versions after the target, each once', () => {
    expect(legacyUndoPaths([entry(1, [X]), entry(2, [Y], [X]), entry(3, [], [Z])], 1)).toEqual([Z, Y, X]);
  });
});

describe('legacy paths of the undo', () => {
  it('splits exact configurator paths and ignores anything else', () => {
    expect(legacyPathParts('/dubbo', X)).toEqual({ folderName: 'iface', node: 'x' });
    expect(legacyPathParts('/', '/iface/configurators/x')).toEqual({ folderName: 'iface', node: 'x' });
    expect(legacyPathParts('/dubbo', '/dubbo/iface/routers/x')).toBeUndefined();
    expect(legacyPathParts('/dubbo', '/other/iface/configurators/x')).toBeUndefined();
    expect(legacyPathParts('/dubbo', '/dubbo/iface/configurators/x/y')).toBeUndefined();
  });

  it('groups the undo per folder and renders it as the planner renders legacy changes', () => {
    const undo = { create: [Z], remove: [X, Y] };
    expect(legacyFolderChanges('/dubbo', undo)).toEqual([
      { folderName: 'iface', create: [], remove: ['x', 'y'] },
      { folderName: 'other', create: ['z'], remove: [] },
    ]);
    const node = encodeJavaUrl('override://10.0.0.1:20880/com.foo.Svc?disabled=true');
    expect(legacyUndoDiff({ create: [], remove: [`/dubbo/com.foo.Svc/configurators/${node}`] })).toBe(
      `legacy override nodes (2.6):\n- /dubbo/com.foo.Svc/configurators/${node}\n    override://10.0.0.1:20880/com.foo.Svc?disabled=true\n`,
    );
    expect(legacyUndoDiff({ create: [], remove: [] })).toBe('');
  });

  it('the dry-run snapshot without the 2.6 disable node shows the instance enabled again', () => {
    const A11 = ADDRESSES[1] ?? '';
    const name = legacyOverrideNodeName({ interface: IFACE, group: 'g1', version: '1.0.0' }, A11, { kind: 'disabled' });
    const snapshot = fleet({ legacyNodes: [name], consumerReleases: ['2.6.5'] });
    const rule = { node: NODE, path: `/dubbo/config/dubbo/${NODE}`, scope: 'service' as const, key: SERVICE };
    const folders = legacyFolderChanges('/dubbo', { create: [], remove: [`/dubbo/${encodeJavaUrl(IFACE)}/configurators/${name}`] });
    const before = withRuleChange(snapshot, rule, null, 0);
    const after = withRuleChange(snapshot, rule, null, 0, folders);
    const preview = previewService(before, after, SERVICE, () => false);
    expect(preview.providers.find((p) => p.address === A11)).toMatchObject({ before: { enabled: false }, after: { enabled: true } });
  });
});

describe('guardrails on a restore', () => {
  const side = (enabled: boolean, weight: number) => ({ enabled, weight, share: 0 });
  const service = (providers: Array<[boolean, number, boolean, number]>): ServicePreview => ({
    serviceKey: 'com.foo.Svc',
    release: '3.3.1',
    predictable: { before: true, after: true },
    notes: [],
    providers: providers.map(([eb, wb, ea, wa], i) => ({ address: `10.0.0.${i}:20880`, application: 'app', targeted: false, weightMadeExplicit: false, before: side(eb, wb), after: side(ea, wa) })),
  });

  it('refuses taking the last enabled provider away (LAST_PROVIDER) unless forced', () => {
    const previews = [service([[true, 100, false, 100], [false, 100, false, 100]])];
    expect(checkGuardrails(previews, { kind: 'restore' }, false).refusal?.code).toBe('LAST_PROVIDER');
    const forced = checkGuardrails(previews, { kind: 'restore' }, true);
    expect(forced.refusal).toBeUndefined();
    expect(forced.warnings.map((w) => w.code)).toContain('LAST_PROVIDER_FORCED');
    // A set-weight operation is not checked for it; a restore is checked for both.
    expect(checkGuardrails(previews, { kind: 'set-weight', weight: 0 }, false).refusal).toBeUndefined();
  });

  it('refuses zeroing every weight (ALL_WEIGHTS_ZERO) unless forced', () => {
    const previews = [service([[true, 100, true, 0], [true, 50, true, 0]])];
    expect(checkGuardrails(previews, { kind: 'restore' }, false).refusal?.code).toBe('ALL_WEIGHTS_ZERO');
    expect(checkGuardrails(previews, { kind: 'restore' }, true).warnings.map((w) => w.code)).toContain('ALL_WEIGHTS_ZERO_FORCED');
    expect(checkGuardrails(previews, { kind: 'disable' }, false).refusal).toBeUndefined();
  });

  it('lets a restore through that leaves a provider serving, or when nothing served before', () => {
    expect(checkGuardrails([service([[true, 100, false, 100], [true, 100, true, 100]])], { kind: 'restore' }, false).refusal).toBeUndefined();
    expect(checkGuardrails([service([[false, 100, false, 100]])], { kind: 'restore' }, false).refusal).toBeUndefined();
  });
});

describe('compareRules', () => {
  const rule = (node: string, kind: RuleSummary['kind'], version: number | undefined, mtime: string | null): RuleSummary => ({
    node,
    label: node,
    path: `/dubbo/config/dubbo/${node}`,
    kind,
    scope: 'service',
    ...(version === undefined ? {} : { version }),
    valid: true,
    managed: false,
    mtime,
  });
  const rules = [
    rule('b.configurators', 'configurators', 3, '2026-01-02T00:00:00.000Z'),
    rule('a.condition-router', 'condition-router', 7, '2026-01-03T00:00:00.000Z'),
    rule('override%3A', 'legacy-override', undefined, null),
    rule('c.configurators', 'configurators', 3, '2026-01-01T00:00:00.000Z'),
  ];
  const sorted = (sort?: 'name' | 'kind' | 'version' | 'mtime', order?: 'asc' | 'desc') => [...rules].sort(compareRules(sort, order)).map((r) => r.node);

  it('sorts by node name by default, either way', () => {
    expect(sorted()).toEqual(['a.condition-router', 'b.configurators', 'c.configurators', 'override%3A']);
    expect(sorted('name', 'desc')).toEqual(['override%3A', 'c.configurators', 'b.configurators', 'a.condition-router']);
  });

  it('sorts by kind, ties by name', () => {
    expect(sorted('kind')).toEqual(['a.condition-router', 'b.configurators', 'c.configurators', 'override%3A']);
    expect(sorted('kind', 'desc')).toEqual(['override%3A', 'b.configurators', 'c.configurators', 'a.condition-router']);
  });

  it('sorts by version and mtime numerically, rules without one last in either order', () => {
    expect(sorted('version')).toEqual(['b.configurators', 'c.configurators', 'a.condition-router', 'override%3A']);
    expect(sorted('version', 'desc')).toEqual(['a.condition-router', 'b.configurators', 'c.configurators', 'override%3A']);
    expect(sorted('mtime')).toEqual(['c.configurators', 'b.configurators', 'a.condition-router', 'override%3A']);
    expect(sorted('mtime', 'desc')).toEqual(['a.condition-router', 'b.configurators', 'c.configurators', 'override%3A']);
  });
});
