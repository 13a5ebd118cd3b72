// Dark mode, in a browser against the seeded mixed registry: the console follows the system's colour
// scheme (emulated), the header's Theme control pins light or dark over it and the choice survives a
// reload, and every main page reads in both themes — page and text colours, the topology's canvas,
// edges and cards measured for contrast. Screenshots: test-artifacts/e2e/theme-<theme>-<page>.png.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import * as fx from '../fixtures/registry/mixed-registry.ts';
import { requireChromium, saveScreenshot } from '../support/chromium.ts';
import { writeHeaders } from '../support/csrf.ts';
import { requireZooKeeper } from '../support/use-zookeeper.ts';
import { rowWith } from './page-probes.ts';
import { useSeededConsole } from './seeded-console.ts';
import { layoutSettled } from './topology-probes.ts';
import { contrast, luminance, paintedColours, topologyColours } from './theme-probes.ts';

const SHOW_MS = 15_000;
const APP = 'demo-provider-27';
type Scheme = 'light' | 'dark';

const mainPages: ReadonlyArray<{ name: string; path: string; ready: (page: Page) => Promise<void> }> = [
  { name: 'topology', path: '/topology', ready: layoutSettled },
  { name: 'services', path: '/services', ready: (page) => rowWith(page.getByRole('table', { name: 'Services' }), fx.DEMO).first().waitFor() },
  {
    name: 'service',
    path: `/services/${encodeURIComponent(fx.DEMO)}`,
    ready: (page) => rowWith(page.getByRole('table', { name: 'Providers' }), '10.0.0.3:20880').waitFor(),
  },
  { name: 'releases', path: '/releases', ready: (page) => rowWith(page.getByRole('table', { name: 'Releases' }), APP).first().waitFor() },
  {
    name: 'audit',
    path: '/audit',
    ready: (page) => page.getByRole('list', { name: 'Audit entries' }).getByRole('listitem').filter({ hasText: 'theme check' }).first().waitFor(),
  },
  { name: 'rules', path: '/rules', ready: (page) => rowWith(page.getByRole('table', { name: 'Rules' }), 'invalid').first().waitFor() },
];

/** Something on every page that only writes put there: an audit entry, a managed rule, a draft release. */
async function seedWrites(base: string): Promise<void> {
  const weight = await fetch(new URL(`/api/applications/${APP}/instances/10.0.0.3:20880/weight`, base), {
    method: 'PUT',
    headers: await writeHeaders(base),
    body: JSON.stringify({ weight: 40, reason: 'theme check', expectedVersion: -1 }),
  });
  expect(weight.status).toBe(200);
  const release = await fetch(new URL('/api/releases', base), {
    method: 'POST',
    headers: await writeHeaders(base),
    body: JSON.stringify({ application: APP, mode: 'weighted', canary: { addresses: ['10.0.0.3:20880'] }, steps: [10, 50] }),
  });
  expect(release.status).toBe(201);
}

function themeSwitch(page: Page) {
  return page.getByRole('banner').getByRole('combobox', { name: 'Theme' });
}

describe.runIf(requireZooKeeper() && requireChromium())('dark mode in a browser', () => {
  const e2e = useSeededConsole('theme', SHOW_MS);

  it('follows the system colour scheme on every main page, legibly in both', async () => {
    await seedWrites(e2e.switchboard.url);
    const seen: Record<string, Partial<Record<Scheme, string>>> = {};
    for (const scheme of ['light', 'dark'] as const) {
      await e2e.page.emulateMedia({ colorScheme: scheme });
      for (const { name, path, ready } of mainPages) {
        await e2e.page.goto(path);
        await ready(e2e.page);
        expect(await themeSwitch(e2e.page).inputValue()).toBe('system');
        const colours = await paintedColours(e2e.page);
        const where = `${name} (${scheme})`;
        if (scheme === 'dark') expect(luminance(colours.page), `${where}: page ${colours.page}`).toBeLessThan(0.05);
        else expect(luminance(colours.page), `${where}: page ${colours.page}`).toBeGreaterThan(0.8);
        expect(contrast(colours.text, colours.page), `${where}: text ${colours.text} on ${colours.page}`).toBeGreaterThanOrEqual(7);
        expect(contrast(colours.heading, colours.page), `${where}: heading`).toBeGreaterThanOrEqual(7);
        expect.soft(colours.lowContrast, `${where}: text below WCAG AA`).toEqual([]);
        (seen[name] ??= {})[scheme] = `${colours.page} ${colours.text}`;
        await saveScreenshot(e2e.page, `theme-${scheme}-${name}`);
      }
    }
    for (const [name, bySheme] of Object.entries(seen)) expect(bySheme.dark, `${name}: the themes look the same`).not.toBe(bySheme.light);
  });

  it('draws the topology with visible edges, cards and minimap in the dark', async () => {
    await e2e.page.emulateMedia({ colorScheme: 'dark' });
    await e2e.page.goto('/topology');
    await layoutSettled(e2e.page);
    await e2e.page.locator('.react-flow__edge-path').first().waitFor({ state: 'attached' });
    await e2e.page.locator('.react-flow__minimap-node').first().waitFor();
    const topology = await topologyColours(e2e.page);
    expect(luminance(topology.canvas), `canvas ${topology.canvas}`).toBeLessThan(0.05);
    expect(luminance(topology.card), `card ${topology.card}`).toBeLessThan(0.05);
    expect(contrast(topology.edge, topology.canvas), `edge ${topology.edge} on ${topology.canvas}`).toBeGreaterThanOrEqual(3);
    expect(contrast(topology.cardBorder, topology.canvas), `card border ${topology.cardBorder}`).toBeGreaterThanOrEqual(2);
    expect(contrast(topology.cardText, topology.card), `card text ${topology.cardText} on ${topology.card}`).toBeGreaterThanOrEqual(7);
    expect(luminance(topology.minimap), `minimap ${topology.minimap}`).toBeLessThan(0.05);
    expect(luminance(topology.controls), `zoom controls ${topology.controls}`).toBeLessThan(0.05);
    expect(topology.minimapNodes.length).toBeGreaterThan(0);
    for (const fill of topology.minimapNodes) expect(contrast(fill, topology.minimap), `minimap node ${fill}`).toBeGreaterThanOrEqual(1.5);
  });

  it('reads the detail screens in both themes: side panel, legend, service nodes, diffs, the write preview', async () => {
    await seedWrites(e2e.switchboard.url);
    const screens: ReadonlyArray<{ name: string; show: (page: Page) => Promise<void> }> = [
      {
        name: 'topology-selected',
        show: async (page) => {
          await page.goto('/topology?node=app:order-app');
          await layoutSettled(page);
          await page.getByRole('complementary', { name: 'Application order-app' }).waitFor();
          await page.getByText('Legend', { exact: true }).click();
        },
      },
      {
        name: 'topology-services',
        show: async (page) => {
          await page.goto('/topology?level=service');
          await layoutSettled(page);
        },
      },
      {
        name: 'audit-diff',
        show: async (page) => {
          await page.goto('/audit');
          await mainPages[4]!.ready(page);
          await page.getByRole('button', { name: 'Show the diff' }).first().click();
          await page.getByRole('figure').first().waitFor();
        },
      },
      {
        name: 'write-preview',
        show: async (page) => {
          await page.goto(`/applications/${APP}`);
          const instances = page.getByRole('table', { name: 'Instances' });
          await rowWith(instances, '10.0.0.4:20880').getByRole('button', { name: /^Edit weight of 10\.0\.0\.4:20880/ }).click();
          const editor = page.getByRole('form', { name: 'Edit weight of 10.0.0.4:20880' });
          await editor.getByRole('textbox', { name: 'Weight' }).fill('200');
          await editor.getByRole('button', { name: 'Preview change…' }).click();
          await page.getByRole('dialog', { name: 'Set weight to 200 on 10.0.0.4:20880' }).getByRole('figure', { name: 'Rule file diff' }).waitFor();
        },
      },
    ];
    for (const scheme of ['light', 'dark'] as const) {
      await e2e.page.emulateMedia({ colorScheme: scheme });
      for (const { name, show } of screens) {
        await show(e2e.page);
        expect.soft((await paintedColours(e2e.page)).lowContrast, `${name} (${scheme}): text below WCAG AA`).toEqual([]);
        await saveScreenshot(e2e.page, `theme-${scheme}-${name}`);
      }
    }
  });

  it('pins a theme from the header over the system setting, and keeps it across a reload', async () => {
    await e2e.page.emulateMedia({ colorScheme: 'light' });
    await e2e.page.goto('/services');
    await mainPages[1]!.ready(e2e.page);
    const light = await paintedColours(e2e.page);

    await themeSwitch(e2e.page).selectOption({ label: 'Dark' });
    await expect.poll(() => e2e.page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const dark = await paintedColours(e2e.page);
    expect(dark.page).not.toBe(light.page);
    expect(dark.text).not.toBe(light.text);
    expect(luminance(dark.page)).toBeLessThan(0.05);
    expect(await e2e.page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe('dark');
    await saveScreenshot(e2e.page, 'theme-chosen-dark-services');

    await e2e.page.reload();
    await mainPages[1]!.ready(e2e.page);
    expect(await themeSwitch(e2e.page).inputValue()).toBe('dark');
    expect((await paintedColours(e2e.page)).page).toBe(dark.page);
    expect(await e2e.page.evaluate(() => localStorage.getItem('switchboard.theme'))).toBe('dark');

    // Light pinned under a dark system; then System again follows the system, live.
    await e2e.page.emulateMedia({ colorScheme: 'dark' });
    await themeSwitch(e2e.page).selectOption({ label: 'Light' });
    await expect.poll(async () => (await paintedColours(e2e.page)).page).toBe(light.page);
    await e2e.page.reload();
    await mainPages[1]!.ready(e2e.page);
    expect((await paintedColours(e2e.page)).page).toBe(light.page);

    await themeSwitch(e2e.page).selectOption({ label: 'System' });
    await expect.poll(async () => (await paintedColours(e2e.page)).page).toBe(dark.page);
    expect(await e2e.page.evaluate(() => localStorage.getItem('switchboard.theme'))).toBeNull();
    await e2e.page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(async () => (await paintedColours(e2e.page)).page).toBe(light.page);
  });

  it('names the control and its choices in the chosen language', async () => {
    await e2e.page.goto('/services');
    await mainPages[1]!.ready(e2e.page);
    expect(await themeSwitch(e2e.page).locator('option').allTextContents()).toEqual(['System', 'Light', 'Dark']);
    await e2e.page.getByRole('banner').getByRole('combobox', { name: 'Language' }).selectOption('zh');
    const zh = e2e.page.getByRole('banner').getByRole('combobox', { name: '主题' });
    await expect.poll(() => zh.locator('option').allTextContents()).toEqual(['跟随系统', '浅色', '深色']);
    await zh.selectOption({ label: '深色' });
    await expect.poll(() => e2e.page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await saveScreenshot(e2e.page, 'theme-zh-dark-services');
  });

  it('has the stored choice on <html> before React renders anything, with no inline script', async () => {
    await e2e.page.goto('/services');
    await e2e.page.evaluate(() => localStorage.setItem('switchboard.theme', 'dark'));
    await e2e.page.emulateMedia({ colorScheme: 'light' });
    // Records data-theme at the moment the first element appears in #root, i.e. React's first commit.
    await e2e.page.addInitScript(() => {
      const record = (window as unknown as { themeAtFirstRender?: string | null });
      new MutationObserver((_, observer) => {
        const root = document.getElementById('root');
        if (!root?.firstElementChild) return;
        record.themeAtFirstRender = document.documentElement.dataset.theme ?? null;
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    const response = await e2e.page.reload();
    expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self'(;|$)/);
    await mainPages[1]!.ready(e2e.page);
    expect(await e2e.page.evaluate(() => (window as unknown as { themeAtFirstRender?: string | null }).themeAtFirstRender)).toBe('dark');
    expect(luminance((await paintedColours(e2e.page)).page)).toBeLessThan(0.05);
  });
});
