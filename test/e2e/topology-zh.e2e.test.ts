// The topology, application and audit pages in Chinese: a browser whose language is zh-CN opens the
// console against the seeded mixed registry and sees the pages' headings, buttons and panels in Chinese,
// and no English text of the `topology`, `applications` or `audit` catalogues anywhere on the page.
// Screenshots: test-artifacts/e2e/topology-zh-*.png.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import * as fx from '../fixtures/registry/mixed-registry.ts';
import { requireChromium, saveScreenshot } from '../support/chromium.ts';
import { writeHeaders } from '../support/csrf.ts';
import { requireZooKeeper } from '../support/use-zookeeper.ts';
import { layoutSettled } from './topology-probes.ts';
import { useSeededConsole } from './seeded-console.ts';

const SHOW_MS = 15_000;
const LOCALES = join(import.meta.dirname, '../../client/i18n/locales');
const REASON = '逐步引流到新机房';

type Messages = { [key: string]: string | Messages };

function flatten(messages: Messages, prefix = ''): Array<[string, string]> {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : flatten(value, `${prefix}${key}.`),
  );
}

/**
 * The English texts of a namespace a Chinese page must not show: each entry's fixed parts (the text
 * between placeholders and tags), leaving out entries without letters, of three characters or fewer,
 * and those the Chinese catalogue keeps as they are (product names, samples of data).
 */
function englishTexts(namespace: string): string[] {
  const read = (language: string) => new Map(flatten(JSON.parse(readFileSync(join(LOCALES, language, `${namespace}.json`), 'utf8')) as Messages));
  const en = read('en');
  const zh = read('zh');
  const texts = new Set<string>();
  for (const [key, value] of en) {
    if (zh.get(key) === value) continue;
    for (const part of value.split(/\{\{[^}]*\}\}|<[^>]*>/)) {
      const text = part.trim();
      if (text.length > 3 && /\p{L}/u.test(text)) texts.add(text);
    }
  }
  return [...texts];
}

/**
 * The catalogue texts the page shows, matched as whole words (so `provider` does not match `demo-provider`).
 * `others` are regions another namespace fills (a shared component's own words), left out of the check.
 */
async function englishOnPage(page: Page, namespace: string, others: readonly string[] = []): Promise<string[]> {
  const body = await page.evaluate(
    (selectors) =>
      selectors
        .flatMap((selector) => [...document.querySelectorAll<HTMLElement>(selector)])
        .reduce((text, element) => (element.innerText ? text.replace(element.innerText, '') : text), document.body.innerText),
    others,
  );
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return englishTexts(namespace).flatMap((text) => {
    const found = new RegExp(`(?<![\\p{L}\\d.\\-/:@_])${escape(text)}(?![\\p{L}\\d.\\-/:@_])`, 'u').exec(body);
    return found ? [`${text} in “${body.slice(Math.max(0, found.index - 40), found.index + text.length + 40)}”`] : [];
  });
}

describe.runIf(requireZooKeeper() && requireChromium())('the topology, application and audit pages in Chinese', () => {
  const e2e = useSeededConsole('topology-zh', SHOW_MS);

  /** A page in a zh-CN browser on the running console; page errors fail the test. */
  async function chinesePage(): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
    const browser = e2e.page.context().browser();
    if (!browser) throw new Error('no browser behind the e2e page');
    const context = await browser.newContext({ baseURL: e2e.switchboard.url, locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
    context.setDefaultTimeout(SHOW_MS);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    return { page, errors, close: () => context.close() };
  }

  it('shows the topology with a selected application and its side panel in Chinese', async () => {
    const { page, errors, close } = await chinesePage();
    try {
      await page.goto('/topology?node=app%3Ademo-provider');
      await page.getByRole('heading', { level: 1, name: '拓扑' }).waitFor();
      await page.getByRole('button', { name: '适应视图' }).waitFor();
      await page.getByRole('radiogroup', { name: '层级' }).getByRole('radio', { name: '应用' }).waitFor();
      await page.getByText('6 个应用 · 3 条边', { exact: false }).waitFor();
      await page.getByRole('group', { name: 'gateway 调用 order-app：1 个服务', exact: true }).waitFor({ state: 'attached' });
      const panel = page.getByRole('complementary', { name: '应用 demo-provider' });
      await panel.getByRole('link', { name: '打开应用页面' }).waitFor();
      await panel.getByRole('button', { name: '显示相邻节点' }).waitFor();
      await panel.getByRole('list', { name: '实例' }).waitFor();
      await panel.getByRole('heading', { name: /提供的服务/ }).waitFor();
      await page.getByRole('group', { name: '应用 demo-provider', exact: true }).getByText('1 个禁用', { exact: true }).waitFor();
      await page.getByText('图例').click();
      await page.getByRole('list', { name: '图例' }).getByText('所有实例在线').waitFor();
      await layoutSettled(page);
      expect(await englishOnPage(page, 'topology')).toEqual([]);
      await saveScreenshot(page, 'topology-zh-application-panel');

      await page.goto(`/topology?level=service&node=${encodeURIComponent(`svc:${fx.ORDER}`)}`);
      const servicePanel = page.getByRole('complementary', { name: `服务 ${fx.ORDER}` });
      await servicePanel.getByRole('list', { name: '提供者' }).waitFor();
      await servicePanel.getByRole('link', { name: '打开服务页面' }).waitFor();
      await layoutSettled(page);
      expect(await englishOnPage(page, 'topology')).toEqual([]);
      await saveScreenshot(page, 'topology-zh-service-panel');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows the applications list and an application page in Chinese', async () => {
    const { page, errors, close } = await chinesePage();
    try {
      await page.goto('/applications');
      await page.getByRole('heading', { level: 1, name: '应用' }).waitFor();
      const table = page.getByRole('table', { name: '应用' });
      await table.getByRole('columnheader', { name: /提供者实例/ }).waitFor();
      await table.getByRole('link', { name: 'demo-provider', exact: true }).waitFor();
      await page.getByRole('searchbox', { name: '搜索应用' }).waitFor();
      expect(await englishOnPage(page, 'applications')).toEqual([]);
      await saveScreenshot(page, 'topology-zh-applications');

      await page.goto('/applications/order-app');
      await page.getByRole('heading', { level: 1, name: 'order-app' }).waitFor();
      await page.getByRole('link', { name: '在服务列表中查看' }).waitFor();
      const instances = page.getByRole('table', { name: '实例' });
      await instances.getByRole('columnheader', { name: /禁用的服务/ }).waitFor();
      await instances.getByText('提供者', { exact: true }).first().waitFor();
      await page.getByRole('searchbox', { name: '过滤实例' }).waitFor();
      // The rules panel (a shared component) and the instances' governance controls (composed in from
      // the governance feature) speak their own namespaces.
      await page.locator('#rules').waitFor();
      expect(await englishOnPage(page, 'applications', ['#rules', '#instances td:last-child'])).toEqual([]);
      await saveScreenshot(page, 'topology-zh-application-page');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows the audit trail, its chain verification and an entry’s who, how and where in Chinese', async () => {
    const base = e2e.switchboard.url;
    const address = '10.0.0.4:20880';
    const res = await fetch(new URL(`/api/services/${encodeURIComponent(fx.DEMO)}/instances/${encodeURIComponent(address)}/weight`, base), {
      method: 'PUT',
      headers: await writeHeaders(base),
      body: JSON.stringify({ weight: 50, reason: REASON }),
    });
    expect(res.status).toBe(200);

    const { page, errors, close } = await chinesePage();
    try {
      await page.goto('/audit');
      await page.getByRole('heading', { level: 1, name: '审计日志' }).waitFor();
      await page.getByLabel('审计链校验').getByText(/^审计链校验通过：\d+ 条记录$/).waitFor();
      await page.getByRole('button', { name: '重新校验' }).waitFor();
      const entries = page.getByRole('list', { name: '审计条目' });
      const entry = entries.getByRole('listitem').filter({ hasText: REASON });
      await entry.getByRole('button', { name: '显示差异' }).click();
      await entry.getByRole('button', { name: '隐藏差异' }).waitFor();
      await entry.getByLabel('操作来源').waitFor();
      await page.getByRole('searchbox', { name: '按操作人过滤' }).waitFor();
      expect(await englishOnPage(page, 'audit')).toEqual([]);
      await saveScreenshot(page, 'topology-zh-audit');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
