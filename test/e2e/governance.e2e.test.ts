// Governance in a browser: the built console against a real ZooKeeper seeded with the mixed registry.
// An operator changes a weight and disables a provider through the preview-and-confirm dialog, sees the
// detail page follow the registry without a reload, finds both writes on the Rules and Audit pages with
// the reasons typed, and rolls the rule back. Assertions go through roles and visible text; every wait
// polls with a deadline. Screenshots land in test-artifacts/e2e/governance-*.png.

import { describe, expect, it } from 'vitest';
import * as fx from '../fixtures/registry/mixed-registry.ts';
import { requireChromium, saveScreenshot } from '../support/chromium.ts';
import { requireZooKeeper } from '../support/use-zookeeper.ts';
import { timed, markDocument, sameDocument, rowWith } from './page-probes.ts';
import { useSeededConsole } from './seeded-console.ts';

/** How long the UI may take to show something the registry already holds, or a write to come back. */
const SHOW_MS = 15_000;
const RULE_NODE = `${fx.DEMO}::.configurators`;
const WEIGHT_REASON = 'rebalance after the 2.7 migration';
const DISABLE_REASON = 'drain 10.0.0.3 for a kernel patch';
const ROLLBACK_REASON = 'back to the hand-written rule';

const servicePath = (key: string): string => `/services/${encodeURIComponent(key)}`;

describe.runIf(requireZooKeeper() && requireChromium())('governance in a browser', () => {
  const e2e = useSeededConsole('governance', SHOW_MS);

  /** changes a weight through the preview dialog; the page follows the registry without a reload */
  const changeWeight = async (): Promise<void> => {
    await e2e.page.goto(servicePath(fx.DEMO));
    const providers = e2e.page.getByRole('table', { name: 'Providers' });
    const target = rowWith(providers, '10.0.0.4:20880');
    await target.getByText('25%', { exact: true }).waitFor();
    const marker = await markDocument(e2e.page);

    await target.getByRole('button', { name: /^Edit weight of 10\.0\.0\.4:20880/ }).click();
    const editor = e2e.page.getByRole('form', { name: 'Edit weight of 10.0.0.4:20880' });
    await editor.getByRole('textbox', { name: 'Weight' }).fill('20000');
    await editor.getByText('The weight must be between 0 and 10,000.').waitFor();
    expect(await editor.getByRole('button', { name: 'Preview change…' }).isDisabled()).toBe(true);
    await editor.getByRole('textbox', { name: 'Weight' }).fill('500');
    await editor.getByRole('button', { name: 'Preview change…' }).click();

    const dialog = e2e.page.getByRole('dialog', { name: 'Set weight to 500 on 10.0.0.4:20880' });
    const split = dialog.getByRole('table', { name: `Traffic split for ${fx.DEMO}` });
    const changing = rowWith(split, '10.0.0.4:20880');
    await changing.getByText('changing', { exact: true }).waitFor();
    // before 300:100 → 75% / 25%; after 300:500 → 38% / 63%
    await changing.getByText('25%', { exact: true }).waitFor();
    await changing.getByText('63%', { exact: true }).waitFor();
    await rowWith(split, '10.0.0.3:20880').getByText('75%', { exact: true }).waitFor();
    await rowWith(split, '10.0.0.3:20880').getByText('38%', { exact: true }).waitFor();
    const diff = dialog.getByRole('figure', { name: 'Rule file diff' });
    await diff.getByText(/weight: 500/).waitFor();
    // DemoService runs 2.7 only: no 2.6 override copy unless asked (a rollback would not remove it).
    expect(await dialog.getByRole('checkbox', { name: /Dubbo 2\.6 copy/ }).isChecked()).toBe(false);
    await dialog.getByRole('textbox', { name: /^Reason/ }).fill(WEIGHT_REASON);
    await saveScreenshot(e2e.page, 'governance-weight-preview');

    const confirmed = await timed(async () => {
      await dialog.getByRole('button', { name: 'Apply', exact: true }).click();
      await dialog.getByText('Confirmed', { exact: true }).waitFor();
    });
    console.info(`e2e: a weight change was confirmed by the registry ${confirmed} ms after Apply`);
    await saveScreenshot(e2e.page, 'governance-weight-confirmed');
    await dialog.getByRole('button', { name: 'Close', exact: true }).last().click();
    await dialog.waitFor({ state: 'detached' });

    await target.getByRole('cell', { name: '500', exact: true }).waitFor();
    await target.getByText('63%', { exact: true }).waitFor();
    await rowWith(providers, '10.0.0.3:20880').getByText('38%', { exact: true }).waitFor();
    expect(await sameDocument(e2e.page, marker), 'the page was reloaded').toBe(true);
    await saveScreenshot(e2e.page, 'governance-weight-applied');
  };

  /** disables an instance: it shows Disabled and 0% */
  const disableInstance = async (): Promise<void> => {
    const providers = e2e.page.getByRole('table', { name: 'Providers' });
    const target = rowWith(providers, '10.0.0.3:20880');
    await target.getByRole('button', { name: 'Disable 10.0.0.3:20880' }).click();
    const dialog = e2e.page.getByRole('dialog', { name: 'Disable 10.0.0.3:20880' });
    const split = dialog.getByRole('table', { name: `Traffic split for ${fx.DEMO}` });
    await rowWith(split, '10.0.0.4:20880').getByText('100%', { exact: true }).waitFor();
    await dialog.getByRole('textbox', { name: /^Reason/ }).fill(DISABLE_REASON);
    await saveScreenshot(e2e.page, 'governance-disable-preview');
    await dialog.getByRole('button', { name: 'Apply', exact: true }).click();
    await dialog.getByText('Confirmed', { exact: true }).waitFor();
    await dialog.getByRole('button', { name: 'Close', exact: true }).last().click();

    await target.getByText('Disabled', { exact: true }).waitFor();
    await target.getByText('0%', { exact: true }).waitFor();
    await rowWith(providers, '10.0.0.4:20880').getByText('100%', { exact: true }).waitFor();
    await saveScreenshot(e2e.page, 'governance-disabled');
  };

  /** turns the last-provider guardrail into a second question, and Cancel writes nothing */
  const lastProviderQuestion = async (): Promise<void> => {
    const providers = e2e.page.getByRole('table', { name: 'Providers' });
    const last = rowWith(providers, '10.0.0.4:20880');
    await last.getByRole('button', { name: 'Disable 10.0.0.4:20880' }).click();
    const dialog = e2e.page.getByRole('dialog', { name: 'Disable 10.0.0.4:20880' });
    // The dry run itself is refused; the dialog asks instead of failing, and offers the overruling yes.
    await dialog.getByText('Disable the last enabled provider anyway?').waitFor();
    await dialog.getByRole('button', { name: 'Disable anyway' }).waitFor();
    expect(await dialog.getByRole('textbox', { name: /^Reason/ }).isEditable()).toBe(true);
    await saveScreenshot(e2e.page, 'governance-last-provider-question');
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await last.getByText('Enabled', { exact: true }).waitFor();
    await last.getByText('100%', { exact: true }).waitFor();
  };

  /** lists the rule with its history on the Rules page */
  const ruleWithHistory = async (): Promise<void> => {
    await e2e.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Rules' }).click();
    const rules = e2e.page.getByRole('table', { name: 'Rules' });
    const row = rowWith(rules, RULE_NODE);
    await row.getByText('managed', { exact: true }).waitFor();
    await saveScreenshot(e2e.page, 'governance-rules');
    await row.getByRole('link', { name: RULE_NODE }).click();
    await e2e.page.getByRole('heading', { level: 1, name: RULE_NODE }).waitFor();
    const history = e2e.page.getByRole('table', { name: 'Rule history' });
    await rowWith(history, WEIGHT_REASON).waitFor();
    await rowWith(history, DISABLE_REASON).waitFor();
    await e2e.page.getByRole('region', { name: 'Rule file' }).getByText(/disabled: true/).waitFor();
    await saveScreenshot(e2e.page, 'governance-rule-detail');
  };

  /** an entry changed behind the console's back: "Verify again" reports the break, and the chain heals when it is put back */
  const chainBreakShows = async (): Promise<void> => {
    const client = e2e.registrar.client;
    const folder = '/switchboard/audit';
    const [first, second] = (await client.getChildren(folder)).sort();
    const original = (await client.getData(`${folder}/${first}`)).data ?? Buffer.alloc(0);
    await client.setData(`${folder}/${first}`, Buffer.from(JSON.stringify({ ...JSON.parse(original.toString('utf8')), reason: 'nothing to see' })));
    const verification = e2e.page.getByLabel('Audit chain verification');
    await verification.getByRole('button', { name: 'Verify again' }).click();
    await verification.getByText(`Chain broken at entry ${second}: the entry before it was changed`).waitFor();
    await saveScreenshot(e2e.page, 'audit-chain-broken');
    await client.setData(`${folder}/${first}`, original);
    await verification.getByRole('button', { name: 'Verify again' }).click();
    await verification.getByText(/^Audit chain verified: \d+ entries$/).waitFor();
  };

  /** shows both writes on the Audit page with the reasons typed */
  const auditShowsBoth = async (): Promise<void> => {
    await e2e.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit' }).click();
    const entries = e2e.page.getByRole('list', { name: 'Audit entries' });
    const weight = entries.getByRole('listitem').filter({ hasText: WEIGHT_REASON });
    await weight.waitFor();
    await entries.getByRole('listitem').filter({ hasText: DISABLE_REASON }).waitFor();
    expect(await entries.getByRole('listitem').first().textContent()).toContain(DISABLE_REASON); // newest first
    await weight.getByRole('button', { name: 'Show the diff' }).click();
    await weight.getByRole('figure').getByText(/weight: 500/).waitFor();
    // The exact time stands beside "n minutes ago", and the actor's name stays on one line.
    await weight.getByText(/\d{1,2}:\d{2}:\d{2}/).first().waitFor();
    await weight.getByText(/ago|just now/).first().waitFor();
    const actor = weight.getByText('local-operator', { exact: true });
    const lines = await actor.evaluate((el) => Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight || '16')));
    expect(lines, 'the actor wraps').toBeLessThanOrEqual(1);
    // Who made it how: local mode, from this machine, with the request id of the write.
    await weight.getByLabel('Accountability').getByText(/^local · from \S*127\.0\.0\.1 · request \S+$/).waitFor();
    // The hash chain verifies (local mode is admin).
    const verification = e2e.page.getByLabel('Audit chain verification');
    await verification.getByText(/^Audit chain verified: \d+ entries$/).waitFor();
    await saveScreenshot(e2e.page, 'governance-audit');
    await chainBreakShows();

    // The action filter is a dropdown of the actions the console records.
    await e2e.page.getByRole('combobox', { name: 'Action' }).selectOption('disable');
    await entries.getByRole('listitem').filter({ hasText: WEIGHT_REASON }).waitFor({ state: 'detached' });
    await entries.getByRole('listitem').filter({ hasText: DISABLE_REASON }).waitFor();
    expect(new URL(e2e.page.url()).searchParams.get('action')).toBe('disable');
  };

  /** rolls the rule back from the rule page and the service returns to its original state */
  const rollBack = async (): Promise<void> => {
    await e2e.page.goto(`/rules/${encodeURIComponent(RULE_NODE)}`);
    const history = e2e.page.getByRole('table', { name: 'Rule history' });
    const rows = history.locator('tbody').getByRole('row');
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(3);
    // The oldest version is the file as the console found it: the hand-written weight 300 rule.
    await rows.last().getByRole('button', { name: 'Roll back to this…' }).click();
    const dialog = e2e.page.getByRole('dialog', { name: /^Roll back to version #/ });
    await dialog.getByRole('figure', { name: 'Rollback diff' }).getByText(/weight: 500/).waitFor();
    await dialog.getByRole('textbox', { name: /^Reason/ }).fill(ROLLBACK_REASON);
    await saveScreenshot(e2e.page, 'governance-rollback-preview');
    await dialog.getByRole('button', { name: 'Roll back', exact: true }).click();
    await dialog.getByText('Rolled back', { exact: true }).waitFor();
    await dialog.getByRole('button', { name: 'Close', exact: true }).last().click();
    await rowWith(history, ROLLBACK_REASON).waitFor();

    await e2e.page.goto(servicePath(fx.DEMO));
    const providers = e2e.page.getByRole('table', { name: 'Providers' });
    await rowWith(providers, '10.0.0.3:20880').getByText('Enabled', { exact: true }).waitFor();
    await rowWith(providers, '10.0.0.3:20880').getByText('75%', { exact: true }).waitFor();
    await rowWith(providers, '10.0.0.4:20880').getByText('25%', { exact: true }).waitFor();
    await saveScreenshot(e2e.page, 'governance-rolled-back');

    // The audit entry of the rollback names the history version it restored.
    await e2e.page.goto('/audit?action=rollback');
    const entry = e2e.page.getByRole('list', { name: 'Audit entries' }).getByRole('listitem').filter({ hasText: ROLLBACK_REASON });
    await entry.getByText(/restored history version #\d+/).waitFor();
    await saveScreenshot(e2e.page, 'governance-audit-rollback');
  };

  // One story, one test: each step works on what the step before wrote (the rule, its history, the audit).
  it('changes a weight and disables an instance through the dialog, finds both on the Rules and Audit pages, and rolls back', async () => {
    await changeWeight();
    await disableInstance();
    await lastProviderQuestion();
    await ruleWithHistory();
    await auditShowsBoth();
    await rollBack();
  }, 120_000);
});

