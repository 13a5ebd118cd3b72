// Screens of issue 15 §4, in a browser against the seeded mixed registry: application-scope governance
// on the application page (with Dubbo 2.6 instances explained instead of offered), the preview saying
// why other providers get an explicit weight, the service page's release / protocol-version headings
// and clamped rule names, and `/` focusing each page's search box. Screenshots: test-artifacts/e2e/screens-*.png.

import { describe, expect, it } from 'vitest';
import * as fx from '../fixtures/registry/mixed-registry.ts';
import { requireChromium, saveScreenshot } from '../support/chromium.ts';
import { requireZooKeeper } from '../support/use-zookeeper.ts';
import { rowWith } from './page-probes.ts';
import { useSeededConsole } from './seeded-console.ts';

const SHOW_MS = 15_000;
const G1_DEMO = `g1/${fx.DEMO}:1.0.0`;
const WEIGHTLESS = 'com.foo.WeightlessService';
const servicePath = (key: string): string => `/services/${encodeURIComponent(key)}`;

/** A 3.3 provider registered without a `weight` parameter, as Dubbo 3 registers by default. */
const weightless = (n: number): string =>
  `tri://10.0.5.${n}:50051/${WEIGHTLESS}?application=weightless-app&deprecated=false&dubbo=2.0.2&dynamic=true` +
  `&interface=${WEIGHTLESS}&methods=ping&release=3.3.1&side=provider&timestamp=1729000000000`;

describe.runIf(requireZooKeeper() && requireChromium())('screens in a browser', () => {
  const e2e = useSeededConsole('screens', SHOW_MS);

  it('explains release and protocol version in the headings, and keeps rule names to two lines', async () => {
    await e2e.page.goto(servicePath(fx.ORDER));
    const consumers = e2e.page.getByRole('table', { name: 'Consumers' });
    const release = consumers.getByRole('columnheader', { name: /Dubbo release/ });
    const protocol = consumers.getByRole('columnheader', { name: /Protocol version/ });
    expect(await release.getAttribute('title')).toMatch(/framework release the application runs/);
    expect(await protocol.getAttribute('title')).toMatch(/protocol version Dubbo writes into every URL/);
    const gateway = rowWith(consumers, '10.0.2.1');
    await gateway.getByText('3.3.1', { exact: true }).waitFor();
    await gateway.getByText('dubbo=2.0.2', { exact: true }).waitFor();
    await consumers.scrollIntoViewIfNeeded();
    await saveScreenshot(e2e.page, 'screens-consumer-release-headings');

    await e2e.page.goto(servicePath(G1_DEMO));
    const providers = e2e.page.getByRole('table', { name: 'Providers' });
    const rule = rowWith(providers, '10.0.0.2:20880').getByRole('list', { name: 'Applied rules' }).getByText(/^override:\/\/10\.0\.0\.2:20880/);
    await rule.waitFor();
    const lines = await rule.evaluate((element) => {
      const style = getComputedStyle(element);
      return element.getBoundingClientRect().height / parseFloat(style.lineHeight);
    });
    expect(lines).toBeLessThanOrEqual(2.05);
    expect(await rule.getAttribute('title')).toContain('&disabled=true&dynamic=false&enabled=true&group=g1&version=1.0.0');
    await saveScreenshot(e2e.page, 'screens-rule-names');
  });

  it('"/" focuses the search box of every page that has one, but types "/" inside a text field', async () => {
    const pages: Array<[string, string]> = [
      ['/services', 'Search services'],
      ['/applications', 'Search applications'],
      ['/rules', 'Search rules'],
      ['/audit', 'Filter by target'],
      ['/warnings', 'Search warnings'],
      ['/topology', 'Find a node'],
      [servicePath(fx.DEMO), 'Filter providers'],
      ['/applications/demo-provider-27', 'Filter instances'],
    ];
    for (const [path, label] of pages) {
      await e2e.page.goto(path);
      const field = e2e.page.getByRole('searchbox', { name: label, exact: true }).or(e2e.page.getByRole('combobox', { name: label, exact: true }));
      await field.waitFor();
      await e2e.page.locator('body').click({ position: { x: 5, y: 300 } });
      await e2e.page.keyboard.press('/');
      await expect.poll(() => e2e.page.evaluate(() => document.activeElement?.getAttribute('aria-label')), { timeout: SHOW_MS }).toBe(label);
      expect(await field.inputValue(), `${path}: "/" is not typed into the search`).toBe('');
    }
    await e2e.page.goto('/services');
    const other = e2e.page.getByRole('searchbox', { name: 'Filter by application' });
    await other.click();
    await e2e.page.keyboard.type('a/b');
    expect(await other.inputValue()).toBe('a/b');
    expect(await e2e.page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Filter by application');
    await saveScreenshot(e2e.page, 'screens-slash-focus');
  });

  it('says next to the rows why other providers get an explicit weight', async () => {
    for (const n of [1, 2]) await e2e.registrar.registerProvider(weightless(n));
    await e2e.page.goto(servicePath(WEIGHTLESS));
    const providers = e2e.page.getByRole('table', { name: 'Providers' });
    await rowWith(providers, '10.0.5.2:50051').waitFor();
    await rowWith(providers, '10.0.5.1:50051').getByRole('button', { name: /^Edit weight of 10\.0\.5\.1:50051/ }).click();
    const editor = e2e.page.getByRole('form', { name: 'Edit weight of 10.0.5.1:50051' });
    await editor.getByRole('textbox', { name: 'Weight' }).fill('300');
    await editor.getByRole('button', { name: 'Preview change…' }).click();
    const dialog = e2e.page.getByRole('dialog', { name: 'Set weight to 300 on 10.0.5.1:50051' });
    const split = dialog.getByRole('table', { name: `Traffic split for ${WEIGHTLESS}` });
    const other = rowWith(split, '10.0.5.2:50051');
    await other.getByText('weight written', { exact: true }).waitFor();
    await other.getByText(/Its current weight, 100, is written into the rule unchanged: Dubbo 3\.x ignores every weight unless each provider has one\./).waitFor();
    expect(await rowWith(split, '10.0.5.1:50051').getByText('weight written').count()).toBe(0);
    await dialog.getByRole('figure', { name: 'Rule file diff' }).getByText(/10\.0\.5\.2:50051/).first().waitFor();
    await saveScreenshot(e2e.page, 'screens-explicit-weights');
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).last().click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('shows Dubbo 2.6 instances as not available at application scope, with the reason', async () => {
    await e2e.page.goto('/applications/demo-provider');
    const instances = e2e.page.getByRole('table', { name: 'Instances' });
    const old = rowWith(instances, '10.0.0.1:20880');
    await old.getByText('Not available on Dubbo 2.6', { exact: true }).waitFor();
    await old.getByText(/Dubbo 2\.6 has no application-scope rules/).waitFor();
    expect(await old.getByRole('button').count()).toBe(0);
    expect(await old.getByRole('checkbox').count()).toBe(0);
    await saveScreenshot(e2e.page, 'screens-application-26');
  });

  it('disables one instance at application scope, then enables a selection in bulk', async () => {
    await e2e.page.goto('/applications/demo-provider-27');
    const instances = e2e.page.getByRole('table', { name: 'Instances' });
    const three = rowWith(instances, '10.0.0.3:20880');
    await three.getByRole('button', { name: /^Edit weight of 10\.0\.0\.3:20880 \(now 300\)/ }).waitFor();
    await three.getByRole('button', { name: 'Disable 10.0.0.3:20880' }).click();
    const dialog = e2e.page.getByRole('dialog', { name: 'Disable 10.0.0.3:20880' });
    await dialog.getByText(/Application demo-provider-27/).waitFor();
    await rowWith(dialog.getByRole('table', { name: `Traffic split for ${fx.DEMO}` }), '10.0.0.4:20880').getByText('100%', { exact: true }).waitFor();
    await dialog.getByRole('heading', { name: 'Rule file demo-provider-27.configurators' }).waitFor();
    await dialog.getByRole('figure', { name: 'Rule file diff' }).getByText('scope: application').waitFor();
    expect(await dialog.getByRole('checkbox', { name: /Dubbo 2\.6 copy/ }).count()).toBe(0);
    await dialog.getByRole('textbox', { name: /^Reason/ }).fill('drain 10.0.0.3 everywhere');
    await saveScreenshot(e2e.page, 'screens-application-disable-preview');
    await dialog.getByRole('button', { name: 'Apply', exact: true }).click();
    await dialog.getByText('Confirmed', { exact: true }).waitFor();
    await dialog.getByRole('button', { name: 'Close', exact: true }).last().click();
    await dialog.waitFor({ state: 'detached' });
    await three.getByText('1 of 1', { exact: true }).waitFor();
    await three.getByRole('button', { name: 'Enable 10.0.0.3:20880' }).waitFor();

    await three.getByRole('checkbox', { name: 'Select 10.0.0.3:20880' }).check();
    await rowWith(instances, '10.0.0.4:20880').getByRole('checkbox', { name: 'Select 10.0.0.4:20880' }).check();
    const bar = e2e.page.getByRole('toolbar', { name: 'Bulk actions' });
    await bar.getByText('2 instances selected', { exact: true }).waitFor();
    await saveScreenshot(e2e.page, 'screens-application-bulk');
    await bar.getByRole('button', { name: 'Enable…', exact: true }).click();
    const bulk = e2e.page.getByRole('dialog', { name: 'Enable 2 instances' });
    await bulk.getByRole('button', { name: 'Apply', exact: true }).click();
    await bulk.getByText('Confirmed', { exact: true }).waitFor();
    await bulk.getByRole('button', { name: 'Close', exact: true }).last().click();
    await three.getByRole('button', { name: 'Disable 10.0.0.3:20880' }).waitFor();
    await saveScreenshot(e2e.page, 'screens-application-enabled');
  });
});
