// Gray releases in Chinese: a browser whose language is zh-CN opens the wizard, creates and starts a
// weighted release of demo-provider-27's DemoService, advances it through the confirmation dialog and
// finds it on the releases list. Each screen shows Chinese headings and buttons, and no English text of
// the `releases` and `releaseWizard` catalogues. Screenshots land in test-artifacts/e2e/releases-zh-*.png.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import * as fx from '../fixtures/registry/mixed-registry.ts';
import { requireChromium, saveScreenshot } from '../support/chromium.ts';
import { requireZooKeeper } from '../support/use-zookeeper.ts';
import { recordPageErrors } from './fixture-hooks.ts';
import { rowWith } from './page-probes.ts';
import { useSeededConsole } from './seeded-console.ts';

const SHOW_MS = 15_000;
const APP = 'demo-provider-27';
const CANARY = '10.0.0.4:20880';
const LOCALES = join(import.meta.dirname, '../../client/i18n/locales');
const NAMESPACES = ['releases', 'releaseWizard'];

/**
 * Lines shown by shared components (client/components, client/lib) whose own conversion lands on another
 * branch; they happen to contain a word of these catalogues. Drop an entry once that conversion is merged.
 */
const SHARED_PENDING: readonly RegExp[] = [/^Reason \(kept in the rule history and the audit trail\)$/];

type Messages = { [key: string]: string | Messages };

function flatten(messages: Messages, prefix = ''): [string, string][] {
  return Object.entries(messages).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : flatten(value, `${prefix}${key}.`)));
}

/**
 * The English texts of the namespaces that must not show in Chinese: each entry cut at its placeholders
 * and inline tags into the literal pieces a page would show, keeping those with letters and longer than
 * three characters, and leaving out entries whose Chinese text is the same (names, examples).
 */
function englishTexts(): string[] {
  const pieces = NAMESPACES.flatMap((ns) => {
    const read = (language: string) => new Map(flatten(JSON.parse(readFileSync(join(LOCALES, language, `${ns}.json`), 'utf8')) as Messages));
    const zh = read('zh');
    return [...read('en')].filter(([key, text]) => zh.get(key) !== text).flatMap(([, text]) => text.split(/\{\{[^}]*\}\}|<\/?\w+\s*\/?>/));
  });
  return [...new Set(pieces)].filter((piece) => /\p{L}/u.test(piece) && piece.trim().length > 3);
}

/** What of the English catalogue text the page shows (with a dialog open, its text too). */
async function englishShown(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => document.body.innerText);
  if (process.env['SHOW_BODY']) console.info(text);
  const body = text
    .split('\n')
    .filter((line) => !SHARED_PENDING.some((pending) => pending.test(line.trim())))
    .join('\n');
  // Whole words only: "Service" in DemoService or "operator" in local-operator is data, not catalogue text.
  const escape = (piece: string) => piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return englishTexts().filter((piece) => new RegExp(`(?<![\\p{L}\\p{N}_.:/-])${escape(piece)}(?![\\p{L}\\p{N}_/-])`, 'u').test(body));
}

async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await saveScreenshot(page, name);
}

describe.runIf(requireZooKeeper() && requireChromium())('gray releases in Chinese', () => {
  const e2e = useSeededConsole('releases-zh', SHOW_MS);
  let zhContext: BrowserContext | undefined;
  const pageErrors: string[] = [];

  /** A second context on the same console whose browser language is Chinese. */
  async function chinesePage(): Promise<Page> {
    const browser = e2e.page.context().browser();
    if (!browser) throw new Error('the e2e page has no browser');
    zhContext = await browser.newContext({ baseURL: e2e.switchboard.url, locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
    zhContext.setDefaultTimeout(SHOW_MS);
    const page = await zhContext.newPage();
    recordPageErrors(page, pageErrors);
    return page;
  }

  afterEach(async () => {
    await zhContext?.close();
    zhContext = undefined;
    expect(pageErrors).toEqual([]);
    pageErrors.length = 0;
  });

  it('shows the wizard, a release and its move dialog, and the list in Chinese', async () => {
    // The check below looks for the English catalogue text itself (a guard against an empty list).
    expect(englishTexts()).toEqual(expect.arrayContaining(['Create and start', 'Release steps', 'Advances automatically at ']));
    const page = await chinesePage();

    await page.goto(`/releases/new?application=${APP}`);
    await page.getByRole('heading', { level: 1, name: '新建灰度发布' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    const form = page.getByRole('form', { name: '发布计划' });
    await form.getByRole('combobox', { name: '服务' }).selectOption(fx.DEMO);
    await form.getByRole('heading', { name: '2. 金丝雀实例' }).waitFor();
    await form.getByRole('checkbox', { name: new RegExp(CANARY.replaceAll('.', '\\.')) }).check();
    await form.getByText(`当前匹配 1 个实例：${CANARY}。`).waitFor();
    await page.getByRole('region', { name: '金丝雀实例' }).getByText(CANARY, { exact: true }).waitFor();
    const steps = page.getByRole('table', { name: '发布步骤' });
    await steps.getByRole('columnheader', { name: '金丝雀预测占比' }).waitFor();
    await rowWith(steps, '50.00%').getByText('直到手动推进', { exact: true }).waitFor();
    await page.getByPlaceholder('例如：order-app 2.2.0：新定价').fill('DemoService 2.7.9 金丝雀');
    expect(await englishShown(page)).toEqual([]);
    await shot(page, 'releases-zh-wizard');

    // Tag mode's statement, with its inline code, reads as one Chinese sentence.
    await form.getByRole('radio', { name: '标签隔离' }).check();
    await form.getByText('不带标签的流量永远不会到达标签隔离的实例', { exact: false }).waitFor();
    await page.getByRole('figure', { name: '计划写入的标签路由' }).getByText(/name: gray/).waitFor();
    expect(await englishShown(page)).toEqual([]);
    await shot(page, 'releases-zh-wizard-tag');
    await form.getByRole('radio', { name: '按权重分步' }).check();

    await page.getByRole('button', { name: '创建并开始' }).click();
    await page.getByRole('heading', { level: 1, name: /^灰度发布 r-\d{10}$/ }).waitFor();
    const id = new URL(page.url()).pathname.split('/').at(-1) ?? '';
    await page.getByLabel('当前流量分配', { exact: true }).getByText('第 1 步，共 4 步。').waitFor();
    await page.getByRole('table', { name: '发布时间线' }).getByText('DemoService 2.7.9 金丝雀').waitFor();
    await page.getByText('无保持时间：此步骤会一直保持，直到操作员推进。').waitFor();
    expect(await englishShown(page)).toEqual([]);
    await shot(page, 'releases-zh-release');

    const actions = page.getByRole('group', { name: '发布操作' });
    expect(await actions.getByRole('button', { name: '恢复…' }).isDisabled()).toBe(true);
    await actions.getByRole('button', { name: '推进…' }).click();
    const dialog = page.getByRole('dialog', { name: `推进灰度发布 ${id}` });
    await dialog.getByText('立即写入下一步，不等保持时间结束', { exact: false }).waitFor();
    expect(await englishShown(page)).toEqual([]);
    await shot(page, 'releases-zh-advance-dialog');
    await dialog.getByPlaceholder('为什么是现在？例如：错误率 10 分钟内平稳').fill('错误率平稳');
    await dialog.getByRole('button', { name: '推进', exact: true }).click();
    await dialog.getByText('已推进', { exact: true }).waitFor();

    await page.goto('/releases');
    await page.getByRole('heading', { level: 1, name: '灰度发布' }).waitFor();
    const row = rowWith(page.getByRole('table', { name: '灰度发布' }), id);
    await row.getByText('按权重', { exact: true }).waitFor();
    await page.getByRole('table', { name: '灰度发布' }).getByRole('columnheader', { name: '应用 / 服务' }).waitFor();
    expect(await englishShown(page)).toEqual([]);
    await shot(page, 'releases-zh-list');
  }, 120_000);
});
