// GET /api/topology over a real registry: the mixed 2.6/2.7/3.x fleet drawn as an operator
// should see it, a provider application appearing and leaving live, and stable error codes.

import { describe, expect, it } from 'vitest';
import { topologySchema, type ApplicationNode, type Topology } from '../../server/contract/topology.ts';
import { registryBackends, useRegistry } from '../support/registry-backends.ts';
import { useSeededSwitchboard } from '../support/seeded-switchboard.ts';
import { waitFor } from '../support/wait-for.ts';
import * as fx from '../fixtures/registry/mixed-registry.ts';

async function getJson<T>(base: string, path: string): Promise<{ status: number; body: T }> {
  const res = await fetch(new URL(path, base));
  return { status: res.status, body: (await res.json()) as T };
}

async function topology(base: string, query = ''): Promise<Topology> {
  const { status, body } = await getJson<unknown>(base, `/api/topology${query}`);
  expect(status).toBe(200);
  return topologySchema.parse(body);
}

const ids = (items: readonly { id: string }[]): string[] => items.map((i) => i.id);

describe.each(registryBackends.filter((b) => b.available()))('topology API over $name', (backend) => {
  const registry = useRegistry(backend);
  const seeded = useSeededSwitchboard(() => registry.current.connectString);

  it('draws applications and who calls whom, with health and governance markers', async () => {
    const body = await topology(seeded.app.url);
    expect(body.level).toBe('application');
    expect(ids(body.nodes)).toEqual([
      'app:demo-consumer',
      'app:demo-provider',
      'app:demo-provider-27',
      'app:gateway',
      'app:order-app',
      'app:web-27',
    ]);
    expect(body.edges.map((e) => [e.id, e.kind, e.services])).toEqual([
      ['app:demo-consumer->app:demo-provider', 'calls', [`g1/${fx.DEMO}:1.0.0`]],
      ['app:gateway->app:order-app', 'calls', [fx.ORDER]],
      ['app:web-27->app:demo-provider-27', 'calls', [fx.DEMO]],
    ]);
    const node = (id: string): ApplicationNode | undefined =>
      body.nodes.find((n): n is ApplicationNode => n.kind === 'application' && n.id === id);
    expect(node('app:demo-provider')).toMatchObject({ instances: { up: 1, total: 2 }, disabledInstances: 1, consumerOnly: false });
    expect(node('app:demo-provider-27')).toMatchObject({ instances: { up: 2, total: 2 }, weightOverrides: 1 });
    expect(node('app:order-app')).toMatchObject({ instances: { up: 1, total: 2 }, disabledInstances: 1, providedServices: 1 });
    expect(node('app:gateway')).toMatchObject({ consumerOnly: true, consumedServices: 1 });
  });

  it('draws services between their consumer and provider applications', async () => {
    const body = await topology(seeded.app.url, '?level=service');
    const services = body.nodes.filter((n) => n.kind === 'service');
    expect(ids(services)).toEqual([`svc:${fx.DEMO}`, `svc:g1/${fx.DEMO}:1.0.0`, `svc:${fx.ORDER}`]);
    expect(services.find((n) => n.id === `svc:${fx.ORDER}`)).toMatchObject({ providers: { enabled: 1, total: 2 }, consumers: 1 });
    // The broken node in the DemoService folder shows on both of its services.
    expect(services.find((n) => n.id === `svc:${fx.DEMO}`)).toMatchObject({ weightOverrides: 1, warnings: 1 });
    expect(body.edges.filter((e) => e.target === `svc:${fx.ORDER}` || e.source === `svc:${fx.ORDER}`).map((e) => [e.id, e.kind])).toEqual([
      [`app:gateway->svc:${fx.ORDER}`, 'consumes'],
      [`svc:${fx.ORDER}->app:order-app`, 'provides'],
    ]);
  });

  it('narrows to a focus and its neighbours, and by name', async () => {
    const focused = await topology(seeded.app.url, `?focus=${encodeURIComponent('gateway')}`);
    expect({ focus: focused.focus, nodes: ids(focused.nodes) }).toEqual({ focus: 'app:gateway', nodes: ['app:gateway', 'app:order-app'] });
    const named = await topology(seeded.app.url, '?level=service&q=demo-provider');
    expect(ids(named.nodes)).toEqual(['app:demo-provider', 'app:demo-provider-27', `svc:${fx.DEMO}`, `svc:g1/${fx.DEMO}:1.0.0`]);
  });

  it('adds a provider application when it registers and drops it when it leaves', async () => {
    const url = fx.order33.replace('10.0.1.1', '10.0.1.9').replace('application=order-app', 'application=order-canary');
    await seeded.registrar.registerProvider(url);
    const added = await waitFor(
      async () => {
        const body = await topology(seeded.app.url);
        return body.nodes.some((n) => n.id === 'app:order-canary') ? body : undefined;
      },
      { message: 'order-canary node' },
    );
    expect(added.edges.find((e) => e.id === 'app:gateway->app:order-canary')).toMatchObject({ kind: 'calls', services: [fx.ORDER] });
    await seeded.registrar.unregister(url);
    const removed = await waitFor(
      async () => {
        const body = await topology(seeded.app.url);
        return body.nodes.some((n) => n.id === 'app:order-canary') ? undefined : body;
      },
      { message: 'order-canary gone' },
    );
    expect(ids(removed.edges)).not.toContain('app:gateway->app:order-canary');
  });

  it.each([
    ['?focus=nobody', 404, 'FOCUS_NOT_FOUND'],
    ['?level=instance', 400, 'VALIDATION_FAILED'],
    ['?depth=9', 400, 'VALIDATION_FAILED'],
    ['?focus=gateway&depth=zero', 400, 'VALIDATION_FAILED'],
    ['?q=a&q=b', 400, 'VALIDATION_FAILED'],
  ])('answers %s with %i %s', async (query, status, code) => {
    const res = await getJson<{ error: { code: string } }>(seeded.app.url, `/api/topology${query}`);
    expect(res).toMatchObject({ status, body: { error: { code } } });
  });
});
