// The console a governance API suite drives: a seeded mixed registry and a console per test (fresh
// chroot), plus the HTTP shorthands and the set-up writes the suites share.

import { expect } from 'vitest';
import type { GovernanceResult } from '../../server/contract/governance.ts';
import type { ServiceDetail } from '../../server/contract/services.ts';
import * as fx from '../fixtures/registry/mixed-registry.ts';
import { useRegistry, type RegistryBackend } from '../support/registry-backends.ts';
import { useSeededSwitchboard } from '../support/seeded-switchboard.ts';
import { waitFor } from '../support/wait-for.ts';
import { call, enc, readNode } from './governance-support.ts';

export type ErrorBody = { error: { code: string; details?: Record<string, unknown> } };

export const DEMO_NODE = `${fx.DEMO}::.configurators`;
export const DEMO_PATH = `/dubbo/config/dubbo/${DEMO_NODE}`;
export const ORDER_NODE = `${fx.ORDER}::.configurators`;
export const APP_NODE = 'demo-provider-27.configurators';

/** Call inside a describe: a fresh seeded console per test over `backend`, and helpers bound to it. */
export function useGovernanceApi(backend: RegistryBackend) {
  const registry = useRegistry(backend);
  const seeded = useSeededSwitchboard(() => registry.current.connectString, { console: { coalesceMs: 10 } });
  const put = <T>(path: string, body: unknown) => call<T>(seeded.app.url, 'PUT', path, body);
  const get = <T>(path: string) => call<T>(seeded.app.url, 'GET', path);
  const post = <T>(path: string, body: unknown) => call<T>(seeded.app.url, 'POST', path, body);
  const weightPath = (key: string, address: string) => `/api/services/${enc(key)}/instances/${address}/weight`;
  const enabledPath = (key: string, address: string) => `/api/services/${enc(key)}/instances/${address}/enabled`;
  const detail = async (key: string) => (await get<ServiceDetail>(`/api/services/${enc(key)}`)).body;
  const text = async (path: string) => (await readNode(seeded.registrar.client, path))?.text;
  /** A console write every test that needs one makes itself: DEMO's 10.0.0.4 to `weight`. */
  const setDemoWeight = async (weight: number) =>
    expect((await put<GovernanceResult>(weightPath(fx.DEMO, '10.0.0.4:20880'), { weight })).body.status).toBe('applied');
  /** ORDER's only enabled provider disabled (forced), then enabled again: two writes, two audit entries. */
  const forceDisableAndEnableOrder = async () => {
    const forced = await put<GovernanceResult>(enabledPath(fx.ORDER, '10.0.1.1:50051'), { enabled: false, force: true });
    expect(forced.body.status).toBe('applied');
    expect(forced.body.warnings.map((w) => w.code)).toContain('LAST_PROVIDER_FORCED');
    await waitFor(async () => (await detail(fx.ORDER)).providers.every((p) => !p.enabled), { message: 'ORDER all disabled' });
    expect((await put<GovernanceResult>(enabledPath(fx.ORDER, '10.0.1.1:50051'), { enabled: true })).body.status).toBe('applied');
  };
  return { registry, seeded, put, get, post, weightPath, enabledPath, detail, text, setDemoWeight, forceDisableAndEnableOrder };
}
