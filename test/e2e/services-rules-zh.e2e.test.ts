// The services, governance and rules screens in Chinese: a browser whose locale is zh-CN opens the
// services list, a service with the weight editor and the preview dialog open, and a console-written
// rule with its history and a diff. Each screen shows Chinese headings and buttons and no English text
// of the `services`, `governance` or `rules` catalogues. Screenshots: test-artifacts/e2e/zh-*.png.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import * as fx from '../fixtures/registry/mixed-registry.ts';
import { requireChromium, saveScreenshot } from '../support/chromium.ts';
import { writeHeaders } from '../support/csrf.ts';
import { requireZooKeeper } from '../support/use-zookeeper.ts';
import { rowWith } from './page-probes.ts';
import { useSeededConsole } from './seeded-console.ts';

const SHOW_MS = 15_000;
const ROOT = join(import.meta.dirname, '../..');
const LOCALES = join(ROOT, 'client/i18n/locales');
const NAMESPACES = ['services', 'governance', 'rules'];

type Messages = { [key: string]: string | Messages };

function flatten(messages: Messages, prefix = ''): [string, string][] {
  return Object.entries(messages).flatMap(([key, value]): [string, string][] =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : flatten(value, `${prefix}${key}.`),
  );
}

const read = (language: string, ns: string) => new Map(flatten(JSON.parse(readFileSync(join(LOCALES, language, `${ns}.json`), 'utf8')) as Messages));

/**
 * Text the not-yet-converted shared components (client/components/, client/lib/) still hold literally,
 * e.g. a dialog's "Cancel" or the reason field's label: it is theirs to translate, so it does not count
 * against these namespaces. It shrinks by itself as those components move onto the catalogue.
 */
function sharedComponentText(): string {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name)) out.push(readFileSync(path, 'utf8'));
    }
  };
  walk(join(ROOT, 'client/components'));
  walk(join(ROOT, 'client/lib'));
  return out.join('\n');
}

/** The shared components' literal phrases (two words or more), longest first. */
function sharedPhrases(): string[] {
  const source = sharedComponentText();
  const found = [...source.matchAll(/>([^<>{}\n]+)<|'([^'\n]+)'|"([^"\n]+)"/g)].map((m) => (m[1] ?? m[2] ?? m[3] ?? '').trim());
  return [...new Set(found.filter((text) => /\p{L}{2,}\s+\p{L}/u.test(text)))].sort((a, b) => b.length - a.length);
}

/** English catalogue entries as patterns: placeholders match any text, <Trans> tags are dropped. */
function englishPatterns(): { key: string; text: string; pattern: RegExp }[] {
  const shared = sharedComponentText();
  return NAMESPACES.flatMap((ns) => {
    const zh = read('zh', ns);
    return [...read('en', ns)]
      .filter(([key, text]) => /\p{L}/u.test(text.replace(/\{\{[^}]*\}\}/g, '')) && text.trim().length > 3 && text !== zh.get(key.replace(/_(one|other)$/, '_other')))
      .filter(([, text]) => !shared.includes(`>${text}<`) && !shared.includes(`'${text}'`) && !shared.includes(`"${text}"`))
      .map(([key, text]) => {
        const parts = text.replace(/<\/?\w+>/g, '').trim().split(/\{\{[^}]*\}\}/);
        // Whole words only: "Version" in the catalogue is not "configVersion" in a rule's YAML.
        const pattern = new RegExp(`(?<!\\p{L})${parts.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+?')}(?!\\p{L})`, 'u');
        return { key: `${ns}:${key}`, text, pattern };
      });
  });
}

/** English catalogue text on the page; `data` are words the page shows as data (an actor named "external"). */
async function englishLeftOn(page: Page, data: readonly string[] = []): Promise<string[]> {
  let body = await page.evaluate(() => document.body.innerText);
  for (const word of [...sharedPhrases(), ...data]) body = body.replaceAll(word, '');
  return englishPatterns()
    .filter(({ pattern }) => pattern.test(body))
    .map(({ key, text }) => `${key}: ${text}`);
}

describe.runIf(requireZooKeeper() && requireChromium())('services, governance and rules in Chinese', () => {
  const e2e = useSeededConsole('zh-services', SHOW_MS);

  /** A zh-CN browser context on the running console; closed by the caller. */
  const chinesePage = async () => {
    const browser = e2e.page.context().browser();
    if (!browser) throw new Error('the e2e page has no browser');
    const context = await browser.newContext({ baseURL: e2e.switchboard.url, locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
    context.setDefaultTimeout(SHOW_MS);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`${error.name}: ${error.message}`));
    return { page, errors, close: () => context.close() };
  };

  it('shows the services list and a service with the weight editor and its preview in Chinese', async () => {
    const { page, errors, close } = await chinesePage();
    try {
      await page.goto('/services');
      await page.getByRole('heading', { level: 1, name: '服务' }).waitFor();
      const services = page.getByRole('table', { name: '服务' });
      await services.getByRole('columnheader', { name: /服务键/ }).waitFor();
      await services.getByRole('columnheader', { name: /提供者应用/ }).waitFor();
      await rowWith(services, `g1/${fx.DEMO}:1.0.0`).waitFor();
      await page.getByRole('searchbox', { name: '搜索服务' }).or(page.getByRole('textbox', { name: '搜索服务' })).first().waitFor();
      await saveScreenshot(page, 'zh-services-list');
      expect(await englishLeftOn(page), 'English left on the services list').toEqual([]);

      await page.goto(`/services/${encodeURIComponent(fx.DEMO)}`);
      const providers = page.getByRole('table', { name: '提供者' });
      await providers.getByRole('columnheader', { name: /有效权重/ }).waitFor();
      await providers.getByRole('columnheader', { name: /预测流量占比/ }).waitFor();
      await page.getByRole('table', { name: '消费者' }).waitFor();
      const target = rowWith(providers, '10.0.0.4:20880');
      await target.getByText('已启用', { exact: true }).waitFor();
      await target.getByRole('button', { name: /^编辑 10\.0\.0\.4:20880 的权重/ }).click();
      const editor = page.getByRole('form', { name: '编辑 10.0.0.4:20880 的权重' });
      await editor.getByRole('textbox', { name: '权重' }).fill('20000');
      await editor.getByText('权重必须在 0 到 10,000 之间。').waitFor();
      await saveScreenshot(page, 'zh-service-weight-editor');
      expect(await englishLeftOn(page), 'English left on the service page').toEqual([]);

      await editor.getByRole('textbox', { name: '权重' }).fill('500');
      await editor.getByRole('button', { name: '预览变更…' }).click();
      const dialog = page.getByRole('dialog', { name: '将 10.0.0.4:20880 的权重设为 500' });
      await dialog.getByRole('figure', { name: '规则文件差异' }).getByText(/weight: 500/).waitFor();
      await dialog.getByText(`服务 ${fx.DEMO} · 您看到的规则版本：`, { exact: false }).waitFor();
      await dialog.getByRole('button', { name: '应用', exact: true }).waitFor();
      await saveScreenshot(page, 'zh-service-weight-preview');
      expect(await englishLeftOn(page), 'English left in the weight dialog').toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows a console-written rule with its history and a diff in Chinese', async () => {
    const res = await fetch(new URL('/api/applications/demo-provider-27/instances/10.0.0.3:20880/weight', e2e.switchboard.url), {
      method: 'PUT',
      headers: await writeHeaders(e2e.switchboard.url),
      body: JSON.stringify({ weight: 40, reason: 'lighter weight for 10.0.0.3', expectedVersion: -1 }),
    });
    expect(res.status).toBe(200);
    const node = ((await res.json()) as { rule: { node: string } }).rule.node;

    const { page, errors, close } = await chinesePage();
    try {
      await page.goto('/rules');
      await page.getByRole('heading', { level: 1, name: '规则' }).waitFor();
      await rowWith(page.getByRole('table', { name: '规则' }), node).getByText('已托管').waitFor();
      await saveScreenshot(page, 'zh-rules-list');
      expect(await englishLeftOn(page), 'English left on the rules list').toEqual([]);

      await page.goto(`/rules/${encodeURIComponent(node)}`);
      const history = page.getByRole('table', { name: '规则历史版本' });
      const baseline = rowWith(history, 'baseline');
      await baseline.getByText('控制台首次写入前不存在').waitFor();
      await rowWith(history, 'lighter weight for 10.0.0.3').getByText('当前', { exact: true }).waitFor();
      await page.getByRole('tab', { name: '原始文本' }).waitFor();
      await baseline.getByRole('button', { name: '与当前对比' }).click();
      await page.getByText('红色为该版本之后删除的行，绿色为该版本之后新增的行。').waitFor();
      await saveScreenshot(page, 'zh-rule-history');
      // The baseline's actor is the server's "external" (data), not the rules list's "external" badge.
      expect(await englishLeftOn(page, ['external']), 'English left on the rule page').toEqual([]);

      await baseline.getByRole('button', { name: '回滚到此版本…' }).click();
      const dialog = page.getByRole('dialog', { name: /^回滚到版本 #/ });
      await dialog.getByRole('button', { name: '回滚并删除文件' }).waitFor();
      await saveScreenshot(page, 'zh-rule-rollback');
      expect(await englishLeftOn(page, ['external']), 'English left in the rollback dialog').toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
