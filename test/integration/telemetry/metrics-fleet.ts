// A small fleet for the metrics tests: four providers of one service (the first tagged as a canary) and a
// consumer in a fresh chroot of the shared ZooKeeper, and a console mirroring it.

import type { RunningSwitchboard } from '../../../server/switchboard.ts';
import { DubboRegistrar } from '../../support/dubbo-registrar.ts';
import { startTestConsole, type TestConsoleOptions } from '../../support/test-console.ts';
import { uniqueChroot } from '../../support/use-zookeeper.ts';

export const CART = 'com.shop.CartService';
export const CANARY = '10.0.0.1:20880';
const HOSTS = ['10.0.0.1', '10.0.0.2', '10.0.0.3', '10.0.0.4'];

export function providerUrl(host: string): string {
  const env = host === '10.0.0.1' ? '&env=canary' : '';
  return (
    `dubbo://${host}:20880/${CART}?application=cart&deprecated=false&dubbo=2.0.2&dynamic=true${env}&generic=false` +
    `&interface=${CART}&methods=get&release=3.3.1&side=provider`
  );
}
const consumerUrl = `consumer://10.9.0.1/${CART}?application=web&category=consumers&check=false&dubbo=2.0.2&interface=${CART}&methods=get&release=3.3.1&side=consumer`;

export interface MetricsFleet {
  readonly app: RunningSwitchboard;
  readonly registrar: DubboRegistrar;
  stop(): Promise<void>;
}

export async function startMetricsFleet(connectString: string, options: TestConsoleOptions = {}): Promise<MetricsFleet> {
  const chroot = await uniqueChroot({ connectString }, 'metrics');
  const connect = `${connectString}${chroot}`;
  const registrar = await DubboRegistrar.connect(connect);
  try {
    for (const host of HOSTS) await registrar.registerProvider(providerUrl(host));
    await registrar.registerConsumer(consumerUrl);
    const app = await startTestConsole(`zookeeper://${connect}`, { coalesceMs: 10, ...options });
    return {
      app,
      registrar,
      async stop() {
        try {
          await app.stop();
        } finally {
          await registrar.close();
        }
      },
    };
  } catch (error) {
    await registrar.close();
    throw error;
  }
}
