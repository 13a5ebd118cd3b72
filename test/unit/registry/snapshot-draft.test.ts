import { describe, expect, it } from 'vitest';
import { encodeJavaUrl } from '../../../server/dubbo/java-url-codec.ts';
import { emptySnapshot, type RegistrySnapshot } from '../../../server/registry/registry-snapshot.ts';
import { SnapshotDraft } from '../../../server/registry/snapshot-draft.ts';

const clock = (): Date => new Date('2026-01-01T00:00:00Z');
const IFACE = 'com.foo.DemoService';
const FOLDER = encodeJavaUrl(IFACE);
const provider = (host: string, extra = ''): string =>
  encodeJavaUrl(`dubbo://${host}:20880/${IFACE}?application=demo&interface=${IFACE}&side=provider${extra}`);

function apply(base: RegistrySnapshot, edit: (draft: SnapshotDraft) => void): ReturnType<SnapshotDraft['commit']> {
  const draft = new SnapshotDraft(base, clock);
  edit(draft);
  return draft.commit();
}

describe('SnapshotDraft', () => {
  const base = emptySnapshot('/dubbo');

  it('adds parsed providers and names what changed', () => {
    const result = apply(base, (d) => d.setCategory(FOLDER, 'providers', [provider('10.0.0.1'), provider('10.0.0.2')]));
    expect(result?.snapshot.revision).toBe(1);
    const folder = result?.snapshot.interfaces.get(FOLDER);
    expect(folder?.interfaceName).toBe(IFACE);
    expect([...(folder?.providers.values() ?? [])].map((n) => n.url.host)).toEqual(['10.0.0.1', '10.0.0.2']);
    expect([...(result?.change.interfaces ?? [])]).toEqual([IFACE]);
    expect([...(result?.change.applications ?? [])]).toEqual(['demo']);
  });

  it('commits nothing when a listing repeats what is known', () => {
    const first = apply(base, (d) => d.setCategory(FOLDER, 'providers', [provider('10.0.0.1')]));
    const again = apply(first!.snapshot, (d) => d.setCategory(FOLDER, 'providers', [provider('10.0.0.1')]));
    expect(again).toBeUndefined();
  });

  it('shares untouched folders and maps between revisions', () => {
    const other = encodeJavaUrl('com.foo.Other');
    const first = apply(base, (d) => {
      d.setCategory(FOLDER, 'providers', [provider('10.0.0.1')]);
      d.setCategory(other, 'consumers', [encodeJavaUrl('consumer://10.0.0.9/com.foo.Other?application=c&interface=com.foo.Other')]);
    })!;
    const second = apply(first.snapshot, (d) => d.setCategory(FOLDER, 'providers', []))!;
    expect(second.snapshot.interfaces.get(other)).toBe(first.snapshot.interfaces.get(other));
    expect(second.snapshot.rules).toBe(first.snapshot.rules);
    expect(second.snapshot.interfaces.get(FOLDER)?.providers.size).toBe(0);
  });

  it.each([
    ['not-a-url', 'MALFORMED_NODE_NAME'],
    ['%ZZbroken', 'MALFORMED_NODE_NAME'],
  ])('turns the malformed child %s into a warning and keeps its siblings', (bad, code) => {
    const result = apply(base, (d) => d.setCategory(FOLDER, 'providers', [provider('10.0.0.1'), bad]))!;
    expect(result.snapshot.interfaces.get(FOLDER)?.providers.size).toBe(1);
    const warning = result.snapshot.warnings.get(`/dubbo/${FOLDER}/providers/${bad}`);
    expect(warning).toMatchObject({ code, since: '2026-01-01T00:00:00.000Z' });
  });

  it('drops the warning when the malformed node goes away', () => {
    const first = apply(base, (d) => d.setCategory(FOLDER, 'providers', ['garbage']))!;
    expect(first.snapshot.warnings.size).toBe(1);
    const second = apply(first.snapshot, (d) => d.setCategory(FOLDER, 'providers', []))!;
    expect(second.snapshot.warnings.size).toBe(0);
    expect(second.change.warnings).toBe(true);
  });

  it('removes folders the root no longer lists, with everything inside', () => {
    const first = apply(base, (d) => d.setCategory(FOLDER, 'providers', [provider('10.0.0.1'), 'garbage']))!;
    const second = apply(first.snapshot, (d) => d.setFolderNames([]))!;
    expect(second.snapshot.interfaces.size).toBe(0);
    expect(second.snapshot.warnings.size).toBe(0);
    expect([...second.change.interfaces]).toEqual([IFACE]);
  });

  it('keeps rule files verbatim and warns about broken ones', () => {
    const path = '/dubbo/config/dubbo/com.foo.Bad::.configurators';
    const result = apply(base, (d) => {
      d.setRule('com.foo.Bad::.configurators', { node: 'com.foo.Bad::.configurators', path, text: 'configs: [', version: 0, mtime: 0 });
    })!;
    expect(result.snapshot.rules.get('com.foo.Bad::.configurators')?.text).toBe('configs: [');
    expect(result.snapshot.warnings.get(path)?.code).toBe('MALFORMED_RULE');
    const removed = apply(result.snapshot, (d) => d.setRuleNodes([]))!;
    expect(removed.snapshot.warnings.size).toBe(0);
    expect([...removed.change.rules]).toEqual(['com.foo.Bad::.configurators']);
  });

  it('parses application-level instances and mappings', () => {
    const json = JSON.stringify({ name: 'order-app', id: '10.0.1.1:50051', address: '10.0.1.1', port: 50051, payload: { metadata: {} } });
    const result = apply(base, (d) => {
      d.setAppInstance('order-app', '10.0.1.1:50051', '/services/order-app/10.0.1.1:50051', json);
      d.setMapping('org.shop.OrderService', 'order-app, pay-app');
    })!;
    expect(result.snapshot.appInstances.get('order-app')?.get('10.0.1.1:50051')?.port).toBe(50051);
    expect(result.snapshot.mappings.get('org.shop.OrderService')).toEqual(['order-app', 'pay-app']);
    const gone = apply(result.snapshot, (d) => d.setApplicationNames([]))!;
    expect(gone.snapshot.appInstances.size).toBe(0);
  });
});

describe('SnapshotDraft copy-on-write', () => {
  const APP = 'order-app';
  const instance = (id: string): string => JSON.stringify({ name: APP, id, address: id.split(':')[0], port: Number(id.split(':')[1]), payload: { metadata: {} } });
  const withApps = apply(emptySnapshot('/dubbo'), (d) => {
    d.setAppInstance(APP, '10.0.1.1:50051', `/services/${APP}/10.0.1.1:50051`, instance('10.0.1.1:50051'));
    d.setAppInstance('pay-app', '10.0.2.1:50051', '/services/pay-app/10.0.2.1:50051', JSON.stringify({ name: 'pay-app', id: '10.0.2.1:50051', address: '10.0.2.1', port: 50051 }));
  })!.snapshot;

  it('shares an application instance map the draft never touches', () => {
    const draft = new SnapshotDraft(withApps, clock);
    draft.setAppInstance(APP, '10.0.1.2:50051', `/services/${APP}/10.0.1.2:50051`, instance('10.0.1.2:50051'));
    const next = draft.commit()!.snapshot;
    expect(next.appInstances.get('pay-app')).toBe(withApps.appInstances.get('pay-app'));
  });

  it('copies a touched instance map once per draft, then changes the copy in place', () => {
    const draft = new SnapshotDraft(withApps, clock);
    const original = withApps.appInstances.get(APP);
    draft.setAppInstance(APP, '10.0.1.2:50051', `/services/${APP}/10.0.1.2:50051`, instance('10.0.1.2:50051'));
    const copy = draft.current.appInstances.get(APP);
    expect(copy).not.toBe(original);
    draft.setAppInstance(APP, '10.0.1.3:50051', `/services/${APP}/10.0.1.3:50051`, instance('10.0.1.3:50051'));
    draft.setAppInstanceIds(APP, ['10.0.1.2:50051', '10.0.1.3:50051']);
    expect(draft.current.appInstances.get(APP)).toBe(copy);
    const next = draft.commit()!.snapshot;
    expect([...(next.appInstances.get(APP)?.keys() ?? [])]).toEqual(['10.0.1.2:50051', '10.0.1.3:50051']);
    expect([...(original?.keys() ?? [])]).toEqual(['10.0.1.1:50051']);
  });

  it('copies a touched provider map once per draft and leaves the base revision as it was', () => {
    const first = apply(emptySnapshot('/dubbo'), (d) => d.setCategory(FOLDER, 'providers', [provider('10.0.0.1')]))!.snapshot;
    const draft = new SnapshotDraft(first, clock);
    draft.setCategory(FOLDER, 'providers', [provider('10.0.0.1'), provider('10.0.0.2')]);
    const copy = draft.current.interfaces.get(FOLDER)?.providers;
    draft.setCategory(FOLDER, 'providers', [provider('10.0.0.2'), provider('10.0.0.3')]);
    expect(draft.current.interfaces.get(FOLDER)?.providers).toBe(copy);
    const next = draft.commit()!;
    expect([...(next.snapshot.interfaces.get(FOLDER)?.providers.values() ?? [])].map((n) => n.url.host)).toEqual(['10.0.0.2', '10.0.0.3']);
    expect(first.interfaces.get(FOLDER)?.providers.size).toBe(1);
    expect([...next.change.interfaces]).toEqual([IFACE]);
  });
});
