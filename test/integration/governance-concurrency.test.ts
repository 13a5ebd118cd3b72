// Two console replicas against one registry, firing weight changes to different instances of one service
// all at once: compare-and-set with re-read and re-plan must lose no update, and the history must hold
// exactly one version per effective write (plus the baseline the first write records).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GovernanceResult } from '../../server/contract/governance.ts';
import type { RuleHistoryEntry } from '../../server/contract/rules.ts';
import type { ServiceDetail } from '../../server/contract/services.ts';
import type { RunningSwitchboard } from '../../server/switchboard.ts';
import { startTestConsole } from '../support/test-console.ts';
import { DubboRegistrar } from '../support/dubbo-registrar.ts';
import { registryBackends, useRegistry } from '../support/registry-backends.ts';
import { uniqueChroot } from '../support/use-zookeeper.ts';
import { waitFor } from '../support/wait-for.ts';
import { call, enc, readNode, weightsIn } from './governance-support.ts';

const SERVICE = 'org.shop.InventoryService';
const NODE = `${SERVICE}::.configurators`;
const INSTANCES = 20;
const addressOf = (i: number): string => `10.2.0.${i + 1}:20880`;
const intended = (i: number): number => 200 + i;

function providerUrl(i: number): string {
  return (
    `dubbo://${addressOf(i)}/${SERVICE}?application=inventory&deprecated=false&dubbo=2.0.2&dynamic=true` +
    `&interface=${SERVICE}&methods=reserve&release=3.3.1&side=provider&timestamp=1729000000000`
  );
}

describe.each(registryBackends.filter((b) => b.available()))('concurrent governance writes over $name', (backend) => {
  const registry = useRegistry(backend);
  let registrar: DubboRegistrar;
  let consoles: RunningSwitchboard[] = [];

  beforeEach(async () => {
    const chroot = await uniqueChroot(registry.current);
    const connect = `${registry.current.connectString}${chroot}`;
    registrar = await DubboRegistrar.connect(connect);
    for (let i = 0; i < INSTANCES; i++) await registrar.registerProvider(providerUrl(i));
    for (let c = 0; c < 2; c++) {
      const started = await startTestConsole(`zookeeper://${connect}`);
      consoles.push(started);
    }
  });

  afterEach(async () => {
    await Promise.all(consoles.map((c) => c.stop()));
    consoles = [];
    await registrar?.close();
  });

  it('two consoles × ten instances at once: no lost update, one history version per write', async () => {
    const started = performance.now();
    const answers = await Promise.all(
      Array.from({ length: INSTANCES }, (_, i) =>
        call<GovernanceResult>(consoles[i % 2]?.url ?? '', 'PUT', `/api/services/${enc(SERVICE)}/instances/${addressOf(i)}/weight`, {
          weight: intended(i),
          reason: `instance ${i}`,
        }),
      ),
    );
    const elapsed = performance.now() - started;
    expect(answers.filter((a) => a.status !== 200).map((a) => a.body)).toEqual([]);
    expect(answers.map((a) => a.body.status)).toEqual(answers.map(() => 'applied'));

    const stored = await readNode(registrar.client, `/dubbo/config/dubbo/${NODE}`);
    const weights = weightsIn(stored?.text ?? '');
    for (let i = 0; i < INSTANCES; i++) expect(weights.get(addressOf(i)), addressOf(i)).toBe(intended(i));
    expect(stored?.version).toBe(INSTANCES - 1);

    const history = (await call<{ items: RuleHistoryEntry[] }>(consoles[0]?.url ?? '', 'GET', `/api/rules/${enc(NODE)}/history`)).body.items;
    expect(history.filter((h) => h.action === 'set-weight')).toHaveLength(INSTANCES);
    expect(history.filter((h) => h.action === 'baseline')).toHaveLength(1);
    expect(new Set(history.map((h) => h.zkVersion)).size).toBe(INSTANCES + 1);
    expect(answers.map((a) => a.body.version).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(Array.from({ length: INSTANCES }, (_, i) => i));

    for (const replica of consoles) {
      await waitFor(async () => {
        const detail = (await call<ServiceDetail>(replica.url, 'GET', `/api/services/${enc(SERVICE)}`)).body;
        return detail.providers.every((p) => p.weight === intended(Number(p.host.split('.').pop()) - 1));
      });
    }
    const retries = answers.reduce((sum, a) => sum + (a.body.attempts ?? 1) - 1, 0);
    process.stdout.write(`[governance] ${backend.name}: ${INSTANCES} parallel writes from 2 consoles in ${elapsed.toFixed(0)} ms, ${retries} CAS retries\n`);
  });
});
