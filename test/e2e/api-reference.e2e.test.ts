// The API reference page (/reference), in a browser: it renders the console's own OpenAPI document — title
// and version, how to authenticate, operations grouped by tag — filters them with the filter in the URL,
// opens an operation (PUT weight) showing its access, parameters, body fields, error codes and a curl line,
// opens the operation a `#anchor` link names, and reads in Chinese with a zh-CN browser. Screenshots land in
// test-artifacts/e2e/api-reference-*.png (1280 px wide).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { requireChromium, saveScreenshot, SCREENSHOT_DIR } from '../support/chromium.ts';
import { requireZooKeeper } from '../support/use-zookeeper.ts';
import { useSeededConsole } from './seeded-console.ts';

const SHOW_MS = 15_000;
const WEIGHT_PATH = '/api/services/{target}/instances/{address}/weight';
const WEIGHT_ANCHOR = 'put-services-by-target-instances-by-address-weight';

type Messages = { readonly [key: string]: string | Messages };
const flatten = (messages: Messages, prefix = ''): Array<[string, string]> =>
  Object.entries(messages).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : flatten(value, `${prefix}${key}.`)));
const catalogue = (language: string, ns: string) => JSON.parse(readFileSync(new URL(`../../client/i18n/locales/${language}/${ns}.json`, import.meta.url), 'utf8')) as Messages;

/**
 * The English texts of `ns` that must not show on a Chinese page: entries with letters, not equal to their zh
 * translation, longer than 3 characters — each fragment between placeholders and tags on its own.
 */
function englishOnly(ns: string): string[] {
  const zh = new Map(flatten(catalogue('zh', ns)));
  return flatten(catalogue('en', ns))
    .flatMap(([key, text]) =>
      text
        .split(/\{\{[^}]+\}\}|<\/?\w+>/)
        .map((fragment) => fragment.trim())
        // A fragment the Chinese text keeps verbatim is protocol text (`Authorization: Bearer`), not English chrome.
        .filter((fragment) => /\p{L}/u.test(fragment) && fragment.length > 3 && !(zh.get(key) ?? '').includes(fragment)),
    );
}

/** What the page says in its own words: the text of the document (`data-document-text`, the server's English) hidden. */
const consoleText = (page: Page) =>
  page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = '[data-document-text] { display: none !important; }';
    document.head.append(style);
    const text = document.body.innerText;
    style.remove();
    return text;
  });

const operationToggle = (page: Page, method: string, path: string) => page.getByRole('button', { name: `${method} ${path}:`, exact: false }).filter({ hasText: path });

describe.runIf(requireZooKeeper() && requireChromium())('the API reference page', () => {
  const e2e = useSeededConsole('api-reference', SHOW_MS);

  it('renders the document, filters with the filter in the URL, and opens PUT weight with its body fields and error codes', async () => {
    const page = e2e.page;
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/topology');
    await page.getByRole('banner').getByRole('link', { name: 'API', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/reference');
    await page.getByRole('heading', { level: 1, name: 'API reference' }).waitFor();
    await page.getByText('Switchboard API e2e').waitFor(); // title and the console's version
    const auth = page.getByRole('region', { name: 'Authentication' });
    await auth.getByText('Authorization: Bearer sbt_…').waitFor();
    await auth.getByText('X-CSRF-Token').first().waitFor();
    await page.getByRole('heading', { level: 3, name: /Governance/ }).waitFor();
    await operationToggle(page, 'GET', '/api/services/{key}').waitFor();
    expect(await page.getByRole('link', { name: 'Raw OpenAPI JSON' }).getAttribute('href')).toBe('/api/openapi.json');
    await saveScreenshot(page, 'api-reference');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'api-reference-top.png') });

    await page.getByRole('searchbox', { name: 'Filter operations' }).fill('put weight');
    await page.waitForURL((url) => url.searchParams.get('q') === 'put weight');
    const toggles = page.getByRole('region', { name: 'Operations' }).getByRole('button', { expanded: false });
    await expect.poll(() => toggles.count()).toBe(2);
    await operationToggle(page, 'GET', '/api/services').first().waitFor({ state: 'detached' });

    const weight = operationToggle(page, 'PUT', WEIGHT_PATH);
    await weight.click();
    expect(await weight.getAttribute('aria-expanded')).toBe('true');
    const operation = page.locator(`#${WEIGHT_ANCHOR}`);
    await operation.getByText('Operator or above').first().waitFor();
    const parameters = operation.getByRole('table', { name: `Parameters · PUT ${WEIGHT_PATH}` });
    await parameters.getByRole('cell', { name: 'address', exact: true }).waitFor();
    const body = operation.getByRole('region', { name: `Request body · PUT ${WEIGHT_PATH}` });
    for (const field of ['weight', 'reason', 'expectedVersion', 'dryRun']) await body.getByText(field, { exact: true }).waitFor();
    await body.getByText('≤ 10000').waitFor();
    const answer = operation.getByRole('region', { name: `Answer 200 · PUT ${WEIGHT_PATH}` });
    await answer.getByText('RuleRef', { exact: true }).waitFor();
    const errors = operation.getByRole('table', { name: `Errors · PUT ${WEIGHT_PATH}` });
    for (const code of ['LAST_PROVIDER', 'CSRF_TOKEN_INVALID', 'VALIDATION_FAILED']) await errors.getByText(code, { exact: true }).waitFor();
    const curl = (await operation.locator('pre').innerText()).trim();
    expect(curl).toContain(`curl -X PUT '${e2e.switchboard.url.replace(/\/$/, '')}/api/services/<target>/instances/<address>/weight'`);
    expect(curl).toContain('-H "Authorization: Bearer $SWITCHBOARD_TOKEN"');
    expect(curl).toContain(`-d '{"weight":0}'`);
    await operation.getByRole('button', { name: 'Copy the curl command' }).waitFor();
    await saveScreenshot(page, 'api-reference-put-weight');

    // The filter survives a reload: it is the URL's.
    await page.reload();
    expect(await page.getByRole('searchbox', { name: 'Filter operations' }).inputValue()).toBe('put weight');
    await expect.poll(() => page.getByRole('region', { name: 'Operations' }).getByRole('button', { expanded: false }).count()).toBe(2);
  });

  it('opens and scrolls to the operation an anchor link names, and follows an in-page operation link', async () => {
    const page = e2e.page;
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/reference#${WEIGHT_ANCHOR}`);
    const weight = operationToggle(page, 'PUT', WEIGHT_PATH);
    await expect.poll(() => weight.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => weight.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(200);
    await page.locator(`#${WEIGHT_ANCHOR}`).getByRole('table', { name: `Errors · PUT ${WEIGHT_PATH}` }).waitFor();
    await saveScreenshot(page, 'api-reference-anchor');

    await page.getByRole('link', { name: 'Link to GET /api/audit', exact: true }).click();
    await page.waitForURL((url) => url.hash === '#get-audit');
    const audit = operationToggle(page, 'GET', '/api/audit');
    await expect.poll(() => audit.getAttribute('aria-expanded')).toBe('true');
    await page.locator('#get-audit').getByRole('table', { name: 'Parameters · GET /api/audit' }).waitFor();
  });

  it('reads in Chinese in a zh-CN browser', async () => {
    const browser = e2e.page.context().browser();
    if (!browser) throw new Error('no browser');
    const context = await browser.newContext({ locale: 'zh-CN', baseURL: e2e.switchboard.url, viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(SHOW_MS);
      await page.goto(`/reference#${WEIGHT_ANCHOR}`);
      await page.getByRole('heading', { level: 1, name: 'API 参考' }).waitFor();
      await page.getByRole('banner').getByRole('link', { name: 'API', exact: true }).waitFor();
      await page.getByRole('region', { name: '认证方式' }).waitFor();
      await page.getByRole('heading', { level: 3, name: /治理/ }).waitFor();
      await page.getByRole('searchbox', { name: '筛选接口操作' }).waitFor();
      const operation = page.locator(`#${WEIGHT_ANCHOR}`);
      await operation.getByText('操作员及以上').first().waitFor();
      await operation.getByRole('table', { name: `错误 · PUT ${WEIGHT_PATH}` }).getByText('LAST_PROVIDER', { exact: true }).waitFor();
      await operation.getByRole('region', { name: `请求体 · PUT ${WEIGHT_PATH}` }).getByText('必填').first().waitFor();
      const text = await consoleText(page);
      expect(text).toContain('请求体');
      expect(englishOnly('apiReference').filter((english) => text.includes(english))).toEqual([]);
      await page.evaluate(() => window.scrollTo(0, 0));
      await saveScreenshot(page, 'api-reference-zh');
      await page.screenshot({ path: join(SCREENSHOT_DIR, 'api-reference-zh-top.png') }); // the first screen, at full size
    } finally {
      await context.close();
    }
  });
});
