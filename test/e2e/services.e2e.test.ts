// What an operator sees: the built console in Chromium, in front of a real ZooKeeper holding the mixed
// 2.6/2.7/3.x registry. Assertions go through roles and visible text, never CSS classes; every wait
// polls with a deadline. Each page is kept as a screenshot in test-artifacts/e2e/ (and a FAILED-…
// one when a test fails). Each test has its own chroot and console; the outage test pauses ZooKeeper.

import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import * as fx from '../fixtures/registry/mixed-registry.ts';
import { requireChromium, saveScreenshot } from '../support/chromium.ts';
import { requireZooKeeper } from '../support/use-zookeeper.ts';
import { timed, markDocument, sameDocument, rowWith, registryStatus } from './page-probes.ts';
import { useSeededConsole } from './seeded-console.ts';

const G1_DEMO = `g1/${fx.DEMO}:1.0.0`;
/** How long the UI may take to show something the registry already holds. */
const SHOW_MS = 10_000;
/** How long a live registry change may take to reach the page (measured and logged; not a benchmark). */
const LIVE_MS = 10_000;
/** Session is 4 s; detecting the outage and reconnecting afterwards both fit well inside this. */
const OUTAGE_MS = 30_000;

const servicePath = (key: string): string => `/services/${encodeURIComponent(key)}`;

describe.runIf(requireZooKeeper() && requireChromium())('the console in a browser', () => {
  const e2e = useSeededConsole('services', SHOW_MS);

  it('lists the three services and shows the registry connected', async () => {
    await e2e.page.goto('/services');
    await e2e.page.getByRole('heading', { level: 1, name: 'Services' }).waitFor();
    const services = e2e.page.getByRole('table', { name: 'Services' });
    for (const key of [fx.DEMO, G1_DEMO, fx.ORDER]) {
      await services.getByRole('link', { name: key, exact: true }).waitFor();
    }
    await expect.poll(() => services.locator('tbody').getByRole('row').count()).toBe(3);
    await registryStatus(e2e.page).getByText('Connected', { exact: true }).waitFor();
    expect(await e2e.page.getByRole('alert').count()).toBe(0);
    await saveScreenshot(e2e.page, 'services');
  });

  it('shows the legacy override disabling one g1 provider', async () => {
    await e2e.page.goto(servicePath(G1_DEMO));
    await e2e.page.getByRole('heading', { level: 1 }).filter({ hasText: fx.DEMO }).waitFor();
    const providers = e2e.page.getByRole('table', { name: 'Providers' });
    const disabled = rowWith(providers, '10.0.0.2:20880');
    await disabled.getByText('Disabled', { exact: true }).waitFor();
    await disabled.getByText('0%', { exact: true }).waitFor();
    const enabled = rowWith(providers, '10.0.0.1:20880');
    await enabled.getByText('Enabled', { exact: true }).waitFor();
    await enabled.getByText('100%', { exact: true }).waitFor();
    const rules = e2e.page.getByRole('table', { name: 'Rules' });
    const legacy = rowWith(rules, 'legacy-override');
    await legacy.getByText('legacy', { exact: true }).waitFor();
    // The rule reads as the override URL an operator would write, not as the encoded node name.
    await legacy.getByText(/^override:\/\/10\.0\.0\.2:20880\/com\.foo\.DemoService\?/).waitFor();
    await disabled.getByRole('list', { name: 'Applied rules' }).getByText(/^override:\/\/10\.0\.0\.2:20880/).waitFor();
    await saveScreenshot(e2e.page, 'service-detail-g1');
    await e2e.page.setViewportSize({ width: 1024, height: 800 });
    await saveScreenshot(e2e.page, 'service-detail-g1-narrow');
    await e2e.page.setViewportSize({ width: 1440, height: 900 });
  });

  it('shows the YAML weight rule: effective 300 against registered 100, shares 75% / 25%', async () => {
    await e2e.page.goto(servicePath(fx.DEMO));
    await e2e.page.getByRole('heading', { level: 1 }).filter({ hasText: fx.DEMO }).waitFor();
    const providers = e2e.page.getByRole('table', { name: 'Providers' });
    const raised = rowWith(providers, '10.0.0.3:20880');
    await raised.getByRole('cell', { name: '300', exact: true }).waitFor();
    await raised.getByRole('cell', { name: '100', exact: true }).waitFor();
    await raised.getByText('75%', { exact: true }).waitFor();
    await raised.getByRole('list', { name: 'Applied rules' }).getByText(`${fx.DEMO}::.configurators`).waitFor();
    await rowWith(providers, '10.0.0.4:20880').getByText('25%', { exact: true }).waitFor();
    await saveScreenshot(e2e.page, 'service-detail-demo');
  });

  it('shows a provider coming and going on the open detail page, without a reload', async () => {
    await e2e.page.goto(servicePath(fx.DEMO));
    const providers = e2e.page.getByRole('table', { name: 'Providers' });
    await rowWith(providers, '10.0.0.3:20880').waitFor();
    const marker = await markDocument(e2e.page);
    const url = fx.providers27[0]!.replace('10.0.0.3', '10.0.0.7');

    const appeared = await timed(async () => {
      await e2e.registrar.registerProvider(url);
      await rowShown(e2e.page, 'Providers', '10.0.0.7:20880', true);
    });
    await rowWith(providers, '10.0.0.7:20880').waitFor();
    console.info(`e2e: a registered provider appeared on the open detail page after ${appeared} ms`);
    await rowWith(providers, '10.0.0.7:20880').getByText('Enabled', { exact: true }).waitFor();
    await saveScreenshot(e2e.page, 'service-detail-live-provider');

    const vanished = await timed(async () => {
      await e2e.registrar.unregister(url);
      await rowShown(e2e.page, 'Providers', '10.0.0.7:20880', false);
    });
    await rowWith(providers, '10.0.0.7:20880').waitFor({ state: 'detached' });
    console.info(`e2e: an unregistered provider disappeared from the open detail page after ${vanished} ms`);
    expect(await sameDocument(e2e.page, marker), 'the page was reloaded').toBe(true);
  });

  it('shows a brand-new service on the open services list, without a reload', async () => {
    await e2e.page.goto('/services');
    const services = e2e.page.getByRole('table', { name: 'Services' });
    await services.getByRole('link', { name: fx.DEMO, exact: true }).waitFor();
    const marker = await markDocument(e2e.page);
    const url =
      'dubbo://10.0.3.1:20880/com.live.NewService?anyhost=true&application=live-app&dubbo=2.0.2' +
      '&interface=com.live.NewService&methods=ping&release=3.3.1&side=provider&timestamp=1729000000000';

    const appeared = await timed(async () => {
      await e2e.registrar.registerProvider(url);
      await rowShown(e2e.page, 'Services', 'com.live.NewService', true);
    });
    await services.getByRole('link', { name: 'com.live.NewService', exact: true }).waitFor();
    console.info(`e2e: a new service appeared on the open services list after ${appeared} ms`);
    await rowWith(services, 'com.live.NewService').getByRole('link', { name: 'live-app' }).waitFor();
    await saveScreenshot(e2e.page, 'services-live-new-service');

    const vanished = await timed(async () => {
      await e2e.registrar.unregister(url);
      await rowShown(e2e.page, 'Services', 'com.live.NewService', false);
    });
    await services.getByRole('link', { name: 'com.live.NewService', exact: true }).waitFor({ state: 'detached' });
    console.info(`e2e: the service disappeared from the open services list after ${vanished} ms`);
    expect(await sameDocument(e2e.page, marker), 'the page was reloaded').toBe(true);
  });

  it('shows who calls order-app', async () => {
    await e2e.page.goto('/applications');
    const applications = e2e.page.getByRole('table', { name: 'Applications' });
    await applications.getByRole('link', { name: 'order-app', exact: true }).waitFor();
    await saveScreenshot(e2e.page, 'applications');
    await applications.getByRole('link', { name: 'order-app', exact: true }).click();
    await e2e.page.getByRole('heading', { level: 1, name: 'order-app' }).waitFor();
    await e2e.page.getByRole('list', { name: 'Callers' }).getByRole('link', { name: 'gateway', exact: true }).waitFor();
    await e2e.page.getByRole('list', { name: 'Provided services' }).getByRole('link', { name: fx.ORDER }).waitFor();
    await saveScreenshot(e2e.page, 'application-detail-order-app');
  });

  it('sorts applications by a column, and the sort survives in the link', async () => {
    await e2e.page.goto('/applications');
    const applications = e2e.page.getByRole('table', { name: 'Applications' });
    await applications.getByRole('link', { name: 'order-app', exact: true }).waitFor();
    await applications.getByRole('button', { name: 'Instances', exact: true }).click();
    // Counts sort biggest first; ties (two instances each) stay in name order.
    await expect.poll(() => firstColumn(applications)).toEqual(['demo-provider', 'demo-provider-27', 'order-app', 'demo-consumer', 'gateway', 'web-27']);
    expect(new URL(e2e.page.url()).searchParams.get('sort')).toBe('instances');
    expect(await applications.getByRole('columnheader', { name: 'Instances', exact: true }).getAttribute('aria-sort')).toBe('descending');
    await saveScreenshot(e2e.page, 'applications-by-instances');

    await e2e.page.reload();
    await expect.poll(() => firstColumn(applications)).toEqual(['demo-provider', 'demo-provider-27', 'order-app', 'demo-consumer', 'gateway', 'web-27']);
    await applications.getByRole('button', { name: 'Application', exact: true }).click();
    await expect.poll(() => firstColumn(applications)).toEqual(['demo-consumer', 'demo-provider', 'demo-provider-27', 'gateway', 'order-app', 'web-27']);
    expect(new URL(e2e.page.url()).searchParams.get('sort')).toBeNull();
  });

  it('copies a link to the page as the operator sees it, and the link opens the same view', async () => {
    await e2e.page.goto('/applications');
    await e2e.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(e2e.page.url()).origin });
    const applications = e2e.page.getByRole('table', { name: 'Applications' });
    await applications.getByRole('link', { name: 'order-app', exact: true }).waitFor();
    await applications.getByRole('button', { name: 'Instances', exact: true }).click();
    await e2e.page.getByRole('searchbox').first().fill('demo');
    await expect.poll(() => firstColumn(applications)).toEqual(['demo-provider', 'demo-provider-27', 'demo-consumer']);
    await e2e.page.getByRole('button', { name: /Copy a link to this page/ }).click();
    await e2e.page.getByRole('button', { name: /Copy a link to this page/ }).getByText('Copied').waitFor();
    const link = await e2e.page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).searchParams.get('sort')).toBe('instances');
    expect(new URL(link).searchParams.get('q')).toBe('demo');

    const other = await e2e.page.context().newPage();
    try {
      await other.goto(link);
      const table = other.getByRole('table', { name: 'Applications' });
      await expect.poll(() => firstColumn(table)).toEqual(['demo-provider', 'demo-provider-27', 'demo-consumer']);
      await saveScreenshot(other, 'applications-from-copied-link');
    } finally {
      await other.close();
    }
  });

  it('lists the malformed node and the broken rule as warnings', async () => {
    await e2e.page.goto('/warnings');
    const warnings = e2e.page.getByRole('table', { name: 'Warnings' });
    const malformed = rowWith(warnings, `/dubbo/${fx.DEMO}/providers/not-a-url`);
    await malformed.getByText('MALFORMED_NODE_NAME', { exact: true }).waitFor();
    const broken = rowWith(warnings, '/dubbo/config/dubbo/com.foo.Broken::.configurators');
    await broken.getByText('MALFORMED_RULE', { exact: true }).waitFor();
    await saveScreenshot(e2e.page, 'warnings');
  });

  // Freezes the file's ZooKeeper; the fixture resumes it before the console stops.
  it('tells the operator when the registry is unreachable, and recovers', async () => {
    await e2e.page.goto('/services');
    await registryStatus(e2e.page).getByText('Connected', { exact: true }).waitFor();
    const banner = e2e.page.getByRole('alert', { name: 'Connection status' });
    try {
      const noticed = await timed(async () => {
        e2e.zk.server.pause();
        await banner.getByText(/Registry disconnected/).waitFor({ timeout: OUTAGE_MS });
      });
      console.info(`e2e: the outage banner appeared ${noticed} ms after ZooKeeper froze (session 4000 ms)`);
      await registryStatus(e2e.page).getByText('Disconnected', { exact: true }).waitFor();
      // The last known services stay on screen while the registry is away.
      await e2e.page.getByRole('table', { name: 'Services' }).getByRole('link', { name: fx.DEMO, exact: true }).waitFor();
      await saveScreenshot(e2e.page, 'outage-banner');
    } finally {
      e2e.zk.server.resume();
    }
    const recovered = await timed(async () => {
      await registryStatus(e2e.page).getByText('Connected', { exact: true }).waitFor({ timeout: OUTAGE_MS });
      await banner.waitFor({ state: 'detached', timeout: OUTAGE_MS });
    });
    console.info(`e2e: the console showed the registry connected again ${recovered} ms after ZooKeeper resumed`);
    await saveScreenshot(e2e.page, 'outage-recovered');
  });
});

/** The first cell's text of every body row, top to bottom. */
async function firstColumn(table: Locator): Promise<string[]> {
  const texts = await table.locator('tbody tr td:first-child').allInnerTexts();
  return texts.map((text) => text.trim());
}

/**
 * Waits, checking on every animation frame, until a body row of the table named `table` shows (or no
 * longer shows) `text`. Only for measuring live updates: Playwright's own waits back off to 500 ms
 * between checks, which would swamp the latency being measured. Assertions still use roles.
 */
async function rowShown(page: Page, table: string, text: string, shown: boolean): Promise<void> {
  await page.waitForFunction(
    ({ table, text, shown }) => {
      const rows = [...document.querySelectorAll(`table[aria-label="${table}"] tbody tr`)];
      return rows.some((row) => row.textContent?.includes(text)) === shown;
    },
    { table, text, shown },
    { polling: 'raf', timeout: LIVE_MS },
  );
}

