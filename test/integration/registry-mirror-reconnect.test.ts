// A reconnection within the same session must not cost a full resync at fleet scale, and must not
// miss what changed while the console was cut off: ZooKeeper re-arms the watches (setWatches) and
// fires those whose node changed. A proxy cuts the console off while a registrar keeps writing.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ServiceDetail } from '../../server/contract/services.ts';
import type { RunningSwitchboard } from '../../server/switchboard.ts';
import { startTestConsole } from '../support/test-console.ts';
import { TcpProxy } from '../fixtures/embedded-zk/tcp-proxy.ts';
import * as fx from '../fixtures/registry/mixed-registry.ts';
import { DubboRegistrar, javaUrlEncode } from '../support/dubbo-registrar.ts';
import { registryBackends, useRegistry } from '../support/registry-backends.ts';
import { uniqueChroot } from '../support/use-zookeeper.ts';
import { waitFor } from '../support/wait-for.ts';

const detailPath = (key: string): string => `/api/services/${encodeURIComponent(key)}`;

describe.each(registryBackends.filter((b) => b.available()))('mirror reconnection over $name', (backend) => {
  const registry = useRegistry(backend);
  let proxy: TcpProxy;
  let registrar: DubboRegistrar;
  let app: RunningSwitchboard;

  beforeEach(async () => {
    const chroot = await uniqueChroot(registry.current);
    registrar = await DubboRegistrar.connect(`${registry.current.connectString}${chroot}`);
    await fx.seedMixedRegistry(registrar, javaUrlEncode);
    proxy = new TcpProxy(Number(registry.current.connectString.split(':')[1]));
    const proxyPort = await proxy.start();
    app = await startTestConsole(`zookeeper://127.0.0.1:${proxyPort}${chroot}?session=10000`);
  });

  afterEach(async () => {
    await app?.stop();
    await registrar?.close();
    await proxy?.stop();
  });

  it('catches up on changes made while it was cut off, without a full resync', async () => {
    const session = app.registryClient.sessionId;
    const lastSync = app.mirror.status.lastSyncAt;
    const born = fx.providers27[0]!.replace('10.0.0.3', '10.0.0.8');
    const gone = fx.providers27[1]!;
    proxy.hold();
    await waitFor(() => app.registryClient.state !== 'connected', { message: 'console cut off' });
    await registrar.registerProvider(born);
    await registrar.unregister(gone);
    await registrar.writeRule(`${fx.DEMO}::.configurators`, fx.demoWeightRule.replace('weight: 300', 'weight: 700'));
    proxy.release();
    await waitFor(
      async () => {
        const res = await fetch(new URL(detailPath(fx.DEMO), app.url));
        const body = (await res.json()) as ServiceDetail;
        const addresses = body.providers.map((p) => p.address).sort();
        const weight = body.providers.find((p) => p.address === '10.0.0.3:20880')?.weight;
        return addresses.join() === '10.0.0.3:20880,10.0.0.8:20880' && weight === 700;
      },
      { timeoutMs: 30_000, message: 'mirror caught up after the reconnection' },
    );
    expect(app.registryClient.sessionId).toBe(session);
    expect(app.mirror.status.lastSyncAt).toBe(lastSync);
  });
});
