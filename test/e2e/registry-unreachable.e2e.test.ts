// What an operator sees when the console's registry cannot be reached: the header names it unreachable
// with the address, the last error and a countdown to the next attempt; every page says "registry
// unreachable" instead of "empty" or "still being read"; and once a ZooKeeper answers on that port,
// the pages fill in by themselves. Screenshots are kept in test-artifacts/e2e/.

import { describe, expect, it } from 'vitest';
import { requireChromium, saveScreenshot } from '../support/chromium.ts';
import { requireZooKeeper } from '../support/use-zookeeper.ts';
import { registryStatus } from './page-probes.ts';
import { useUnreachableConsole } from './unreachable-console.ts';

const SHOW_MS = 10_000;
/** Backoff is at most 10 s between attempts, plus ZooKeeper's start and the client's refetch. */
const RECOVER_MS = 40_000;

describe.runIf(requireZooKeeper() && requireChromium())('the console with an unreachable registry', () => {
  const e2e = useUnreachableConsole('unreachable', SHOW_MS);
  const address = (): string => `zookeeper://127.0.0.1:${e2e.registryPort}`;

  it('names the registry unreachable in the header and the banner, and the topology says so', async () => {
    await e2e.page.goto('/topology');
    const status = registryStatus(e2e.page);
    await status.getByText('Unreachable', { exact: true }).waitFor();
    await status.getByText(address(), { exact: true }).waitFor();
    await status.getByText('ECONNREFUSED', { exact: true }).waitFor();
    await status.getByText(/^(retry in \d+ s|retrying…)$/).waitFor();
    const banner = e2e.page.getByRole('alert', { name: 'Connection status' });
    await banner.getByText(`Registry unreachable: ${address()} — connect ECONNREFUSED 127.0.0.1:${e2e.registryPort}.`).waitFor();

    const graph = e2e.page.getByRole('region', { name: 'Topology graph' });
    const state = graph.getByRole('alert', { name: 'Registry unreachable' });
    await state.getByText('Registry unreachable — could not load the topology').waitFor();
    await state.getByText(/Nothing has been read from .* yet: connect ECONNREFUSED/).waitFor();
    await state.getByText(/\d+ failed connection attempts/).waitFor();
    expect(await graph.getByText('No applications in the registry yet').count()).toBe(0);
    await saveScreenshot(e2e.page, 'unreachable-topology');
  });

  it('says so on a service page instead of "still being read"', async () => {
    await e2e.page.goto(`/services/${encodeURIComponent('org.demo.OrderService')}`);
    const state = e2e.page.getByRole('alert', { name: 'Registry unreachable' });
    await state.getByText('Registry unreachable — could not load this service').waitFor();
    await state.getByText(/Nothing has been read from .* yet/).waitFor();
    expect(await e2e.page.getByText(/still being read/).count()).toBe(0);
    expect(await e2e.page.getByText('Service not found').count()).toBe(0);
    await saveScreenshot(e2e.page, 'unreachable-service');
  });

  it.each([
    ['/services', 'services', 'The registry has no services yet'],
    ['/applications', 'applications', 'No applications registered'],
    ['/applications/order-app', 'this application', 'Application not found'],
    ['/rules', 'the rules', 'No rule files'],
    ['/audit', 'the audit trail', 'No governance changes yet'],
    ['/warnings', 'warnings', 'No registry warnings'],
  ])('says so on %s', async (path, what, emptyText) => {
    await e2e.page.goto(path);
    await e2e.page.getByRole('alert', { name: 'Registry unreachable' }).getByText(`Registry unreachable — could not load ${what}`).waitFor();
    expect(await e2e.page.getByText(emptyText).count()).toBe(0);
    if (path === '/audit') await saveScreenshot(e2e.page, 'unreachable-audit');
  });

  it('fills the pages in by itself once a ZooKeeper answers on that port', async () => {
    await e2e.page.goto('/topology');
    const graph = e2e.page.getByRole('region', { name: 'Topology graph' });
    await graph.getByRole('alert', { name: 'Registry unreachable' }).waitFor();
    await e2e.startRegistry();
    await registryStatus(e2e.page).getByText('Connected', { exact: true }).waitFor({ timeout: RECOVER_MS });
    await graph.getByText('No applications in the registry yet').waitFor({ timeout: RECOVER_MS });
    expect(await e2e.page.getByRole('alert', { name: 'Registry unreachable' }).count()).toBe(0);
    await saveScreenshot(e2e.page, 'unreachable-recovered');
  });
});
