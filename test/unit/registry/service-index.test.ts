import { describe, expect, it } from 'vitest';
import { encodeJavaUrl } from '../../../server/dubbo/java-url-codec.ts';
import { emptySnapshot, type RegistrySnapshot } from '../../../server/registry/registry-snapshot.ts';
import { resolveChange } from '../../../server/registry/resolve-change.ts';
import { serviceIndex, subscriptionMatches } from '../../../server/registry/service-index.ts';
import { SnapshotDraft } from '../../../server/registry/snapshot-draft.ts';

const IFACE = 'com.foo.DemoService';
const FOLDER = encodeJavaUrl(IFACE);
const clock = (): Date => new Date(0);
const provider = (host: string, params: string): string =>
  encodeJavaUrl(`dubbo://${host}:20880/${IFACE}?application=p&interface=${IFACE}&side=provider${params}`);
const consumer = (host: string, params: string): string =>
  encodeJavaUrl(`consumer://${host}/${IFACE}?application=c-${host}&category=consumers&interface=${IFACE}&side=consumer${params}`);

function build(edit: (draft: SnapshotDraft) => void, base: RegistrySnapshot = emptySnapshot('/dubbo')): RegistrySnapshot {
  const draft = new SnapshotDraft(base, clock);
  edit(draft);
  return draft.commit()?.snapshot ?? base;
}

const snapshot = build((d) => {
  d.setCategory(FOLDER, 'providers', [
    provider('10.0.0.1', '&group=g1&version=1.0.0'),
    provider('10.0.0.2', '&group=g2&version=1.0.0'),
    provider('10.0.0.3', ''),
  ]);
  d.setCategory(FOLDER, 'consumers', [
    consumer('10.0.9.1', '&group=g1&version=1.0.0'),
    consumer('10.0.9.2', '&group=*&version=1.0.0'),
    consumer('10.0.9.3', '&group=g1,g2&version=*'),
    consumer('10.0.9.4', '&group=g3&version=2.0.0'),
  ]);
});

describe('serviceIndex', () => {
  const index = serviceIndex(snapshot);

  it('splits one interface folder into services by group and version', () => {
    expect([...index.keys()].sort()).toEqual([IFACE, `g1/${IFACE}:1.0.0`, `g2/${IFACE}:1.0.0`, `g3/${IFACE}:2.0.0`]);
    expect(index.get(`g1/${IFACE}:1.0.0`)?.providers.map((p) => p.url.host)).toEqual(['10.0.0.1']);
  });

  it.each([
    [`g1/${IFACE}:1.0.0`, ['10.0.9.1', '10.0.9.2', '10.0.9.3']],
    [`g2/${IFACE}:1.0.0`, ['10.0.9.2', '10.0.9.3']],
    [IFACE, []],
    [`g3/${IFACE}:2.0.0`, ['10.0.9.4']],
  ])('matches consumers of %s the way Dubbo subscriptions do', (key, hosts) => {
    expect(index.get(key)?.consumers.map((c) => c.url.host).sort()).toEqual(hosts);
  });

  it('lists a consumed service that has no provider (an outage waiting to be seen)', () => {
    expect(index.get(`g3/${IFACE}:2.0.0`)?.providers).toEqual([]);
  });

  it.each([
    [{ group: '*', version: '1.0.0' }, { group: 'x', version: '1.0.0' }, true],
    [{ group: 'a,b', version: '*' }, { group: 'b', version: '9' }, true],
    [{ group: 'a', version: '1.0.0' }, { group: 'a', version: '2.0.0' }, false],
    [{ group: '', version: '' }, { group: 'a', version: '' }, false],
  ])('subscriptionMatches(%o, %o) = %s', (c, s, expected) => {
    expect(subscriptionMatches({ interface: IFACE, ...c }, { interface: IFACE, ...s })).toBe(expected);
  });

  it('resolves a folder change to the service keys of that interface', () => {
    const draft = new SnapshotDraft(snapshot, clock);
    draft.setCategory(FOLDER, 'providers', [provider('10.0.0.3', '')]);
    const result = draft.commit()!;
    const change = resolveChange(snapshot, result.snapshot, result.change);
    expect(change.services).toEqual([IFACE, `g1/${IFACE}:1.0.0`, `g2/${IFACE}:1.0.0`, `g3/${IFACE}:2.0.0`]);
    expect(change.all).toBe(false);
  });

  it('joins application-level-only providers through the interface mapping', () => {
    const json = JSON.stringify({ name: 'pay', id: '10.1.0.1:50051', address: '10.1.0.1', port: 50051, payload: { metadata: {} } });
    const withApp = build((d) => {
      d.setAppInstance('pay', '10.1.0.1:50051', '/services/pay/10.1.0.1:50051', json);
      d.setMapping('org.pay.PayService', 'pay');
    }, snapshot);
    expect(serviceIndex(withApp).get('org.pay.PayService')?.appInstances.map((i) => i.address)).toEqual(['10.1.0.1:50051']);
  });
});
