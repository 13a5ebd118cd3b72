// The time budget at fleet size: 500 applications, 2,000 call edges, 10,000 services. The whole
// graph is built once per snapshot (memoised); per-query narrowing must stay far below 100 ms,
// and a revision that changes one folder must not re-evaluate every provider.

import { describe, expect, it } from 'vitest';
import { encodeJavaUrl } from '../../../server/dubbo/java-url-codec.ts';
import { SnapshotDraft } from '../../../server/registry/snapshot-draft.ts';
import { topologyGraph } from '../../../server/topology/topology-graph.ts';
import { syntheticInterface, syntheticProvider, syntheticSnapshot } from './synthetic-topology.ts';

const size = { apps: 500, services: 10_000, callersPerApp: 4, providersPerService: 2 };

function timed<T>(work: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = work();
  return { ms: performance.now() - start, value };
}

describe('topologyGraph at fleet size', () => {
  const snapshot = syntheticSnapshot(size);

  it('answers 500 apps / 2,000 edges / 10,000 services, then narrows per query in well under 100 ms', () => {
    const cold = timed(() => topologyGraph(snapshot, { level: 'application', depth: 1 }));
    expect(cold.value).toMatchObject({ totals: { nodes: 500, edges: 2000 }, truncated: false });
    const service = timed(() => topologyGraph(snapshot, { level: 'service', depth: 1 }));
    expect(service.value).toMatchObject({ totals: { nodes: 10_500, edges: 20_000 }, truncated: true });
    const warm = timed(() => JSON.stringify(topologyGraph(snapshot, { level: 'application', depth: 1 })));
    const focus = timed(() => topologyGraph(snapshot, { level: 'application', depth: 3, focus: 'app-7' }));
    const q = timed(() => topologyGraph(snapshot, { level: 'service', depth: 1, q: 'service77' }));
    const draft = new SnapshotDraft(snapshot, () => new Date(0));
    draft.setCategory(encodeJavaUrl(syntheticInterface(5)), 'providers', [syntheticProvider(5, 0, size), syntheticProvider(5, 9, size)]);
    const next = draft.commit()!.snapshot;
    const revision = timed(() => topologyGraph(next, { level: 'application', depth: 1 }));
    expect(revision.value).toMatchObject({ revision: snapshot.revision + 1, totals: { nodes: 500, edges: 2000 } });
    const report = { cold: cold.ms, serviceLevel: service.ms, warmWithJson: warm.ms, focus: focus.ms, q: q.ms, nextRevision: revision.ms };
    console.info('topology timings (ms)', Object.fromEntries(Object.entries(report).map(([k, v]) => [k, Math.round(v)])));
    expect(warm.ms).toBeLessThan(100);
    expect(focus.ms).toBeLessThan(100);
    expect(q.ms).toBeLessThan(100);
    // Generous: this includes the registry indexes every read API shares, on a loaded CI machine.
    expect(revision.ms).toBeLessThan(cold.ms + 500);
  });
});
