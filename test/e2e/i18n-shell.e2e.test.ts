// The console's frame and its own pages in Chinese: a browser whose language is zh-CN gets the login
// page, the tokens page, the warnings page and the header (registry status, session, local-mode badge,
// language picker) in Simplified Chinese with no English from those catalogues left on screen; the
// header's picker switches en → zh → en, is remembered across a reload and sets <html lang>.
// Screenshots land in test-artifacts/e2e/i18n-shell-*.png.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { requireChromium, saveScreenshot } from '../support/chromium.ts';
import { usersSecurity } from '../support/users-security.ts';
import { requireZooKeeper } from '../support/use-zookeeper.ts';
import { PEOPLE, personOf } from '../integration/security/team-console.ts';
import { useSeededConsole } from './seeded-console.ts';

const SHOW_MS = 15_000;
const LOCALES = join(import.meta.dirname, '../../client/i18n/locales');

type Messages = { [key: string]: string | Messages };
const flatten = (messages: Messages, prefix = ''): [string, string][] =>
  Object.entries(messages).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : flatten(value, `${prefix}${key}.`)));
const catalogue = (language: string, ns: string) => new Map(flatten(JSON.parse(readFileSync(join(LOCALES, language, `${ns}.json`), 'utf8')) as Messages));

/**
 * The English text of a namespace that must not show on a Chinese page: each entry's fixed parts (between
 * placeholders and inline tags), skipping parts without letters, parts of 3 characters or fewer and parts
 * the Chinese entry shares (names such as Switchboard).
 */
function englishFragments(namespaces: readonly string[]): string[] {
  return namespaces.flatMap((ns) => {
    const zh = catalogue('zh', ns);
    return [...catalogue('en', ns)].flatMap(([key, text]) => {
      const chinese = zh.get(key) ?? zh.get(key.replace(/_one$/, '_other')) ?? '';
      const parts = text.split(/\{\{[^}]*\}\}|<[^>]*>/).map((part) => part.trim());
      // A lone word left between placeholders ("this", "rev") is no sentence of ours: data may hold it.
      const wanted = parts.length === 1 ? parts : parts.filter((part) => /\p{L}+\s+\p{L}+/u.test(part));
      return wanted.filter((part) => /\p{L}/u.test(part) && part.length > 3 && !chinese.includes(part));
    });
  });
}

async function englishOnScreen(page: Page, namespaces: readonly string[]): Promise<string[]> {
  const text = await page.evaluate(() => document.body.innerText);
  const shown = (fragment: string) => new RegExp(`(^|[^\\p{L}])${fragment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(text);
  return [...new Set(englishFragments(namespaces).filter(shown))];
}

async function chineseContext(page: Page, baseURL: string): Promise<BrowserContext> {
  const browser = page.context().browser() as Browser;
  const context = await browser.newContext({ baseURL, locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
  context.setDefaultTimeout(SHOW_MS);
  return context;
}

describe.runIf(requireZooKeeper() && requireChromium())('the console in Chinese, signed in', () => {
  const e2e = useSeededConsole('i18n-shell', SHOW_MS, { security: () => usersSecurity(PEOPLE) });

  it('shows the login page, the header and the tokens page in Chinese', async () => {
    const context = await chineseContext(e2e.page, e2e.switchboard.url);
    try {
      const page = await context.newPage();
      await page.goto('/tokens');
      await page.waitForURL((url) => url.pathname === '/login');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
      const form = page.getByRole('form', { name: '登录' });
      await page.getByRole('heading', { name: '登录' }).waitFor();
      const operator = personOf('operator');
      await form.getByRole('textbox', { name: '用户名' }).fill(operator.name);
      await form.getByLabel('密码').fill('not-the-password');
      await form.getByRole('button', { name: '登录' }).click();
      await page.getByRole('alert').getByText('用户名或密码错误。').waitFor();
      expect(await englishOnScreen(page, ['login', 'common'])).toEqual([]);
      await saveScreenshot(page, 'i18n-shell-zh-login');

      await form.getByLabel('密码').fill(operator.password);
      await form.getByRole('button', { name: '登录' }).click();
      await page.waitForURL((url) => url.pathname === '/tokens');
      await page.getByRole('heading', { name: 'API 令牌' }).waitFor();
      await page.locator('input[name="token-name"]').fill('deploy-bot');
      await page.getByRole('button', { name: '创建令牌' }).click();
      await page.getByText('请立即复制：它不会再次显示。').waitFor();
      await page.getByRole('table', { name: 'API 令牌' }).getByText('deploy-bot').waitFor();
      const header = page.getByRole('banner').first();
      await header.getByRole('button', { name: '退出登录' }).waitFor();
      await header.getByRole('link', { name: '令牌' }).waitFor();
      await header.getByRole('group', { name: '注册中心状态' }).getByText('已连接', { exact: true }).waitFor();
      expect(await header.getByRole('combobox', { name: '语言' }).inputValue()).toBe('zh');
      expect(await englishOnScreen(page, ['tokens', 'shell', 'common'])).toEqual([]);
      await saveScreenshot(page, 'i18n-shell-zh-tokens');

      await page.getByRole('button', { name: '吊销令牌 deploy-bot' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('heading', { name: '吊销令牌“deploy-bot”？' }).waitFor();
      expect(await englishOnScreen(page, ['tokens', 'shell', 'common'])).toEqual([]);
      await saveScreenshot(page, 'i18n-shell-zh-revoke');
      await dialog.getByRole('button', { name: '吊销' }).click();
      await page.getByRole('table', { name: 'API 令牌' }).getByText('deploy-bot').waitFor({ state: 'detached' });
    } finally {
      await context.close();
    }
  });
});

describe.runIf(requireZooKeeper() && requireChromium())('the console in Chinese, local mode', () => {
  const e2e = useSeededConsole('i18n-shell-local', SHOW_MS);

  it('shows the warnings page and the local-mode header in Chinese', async () => {
    const context = await chineseContext(e2e.page, e2e.switchboard.url);
    try {
      const page = await context.newPage();
      await page.goto('/warnings');
      await page.getByRole('heading', { name: '注册中心告警' }).waitFor();
      await page.getByRole('table', { name: '注册中心告警' }).getByRole('columnheader', { name: '路径' }).waitFor();
      const header = page.getByRole('banner').first();
      await header.getByText('本地模式 · local-operator（admin）').waitFor();
      await header.getByRole('group', { name: '注册中心状态' }).getByText('已连接', { exact: true }).waitFor();
      await header.getByRole('link', { name: '告警' }).waitFor();
      expect(await englishOnScreen(page, ['warnings', 'shell', 'common'])).toEqual([]);
      await saveScreenshot(page, 'i18n-shell-zh-warnings');

      await page.goto('/no-such-page');
      await page.getByRole('heading', { name: '页面不存在' }).waitFor();
      expect(await englishOnScreen(page, ['shell', 'common'])).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('switches en → zh → en from the header, remembers the choice across a reload and sets <html lang>', async () => {
    const page = e2e.page;
    const lang = () => page.evaluate(() => document.documentElement.lang);
    await page.goto('/warnings');
    await page.getByRole('heading', { name: 'Registry warnings' }).waitFor();
    expect(await lang()).toBe('en-US');

    await page.getByRole('banner').getByRole('combobox', { name: 'Language' }).selectOption('zh');
    await page.getByRole('heading', { name: '注册中心告警' }).waitFor();
    await page.getByRole('banner').getByRole('link', { name: '服务' }).waitFor();
    expect(await lang()).toBe('zh-CN');
    await page.reload();
    await page.getByRole('heading', { name: '注册中心告警' }).waitFor();
    expect(await lang()).toBe('zh-CN');
    expect(await page.evaluate(() => localStorage.getItem('switchboard.language'))).toBe('zh');
    await saveScreenshot(page, 'i18n-shell-picker-zh');

    await page.getByRole('banner').getByRole('combobox', { name: '语言' }).selectOption('en');
    await page.getByRole('heading', { name: 'Registry warnings' }).waitFor();
    expect(await lang()).toBe('en-US');
    await page.reload();
    await page.getByRole('heading', { name: 'Registry warnings' }).waitFor();
    await page.getByRole('banner').getByText('Local mode · local-operator (admin)').waitFor();
    expect(await lang()).toBe('en-US');
  });
});
