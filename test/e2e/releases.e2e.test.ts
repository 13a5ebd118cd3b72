// Gray releases in a browser: the built console against a real ZooKeeper seeded with the mixed registry.
// An operator starts a weighted release of demo-provider-27's DemoService from the application page
// through the wizard (ticking the canary, watching the dry run's split), then advances, pauses, resumes
// and promotes it on the release page, each move through the confirmation dialog with a reason; a second
// release is refused first (the whole fleet as canary), then started and rolled back, and the service is
// back to its split before the release. Screenshots land in test-artifacts/e2e/releases-*.png.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import * as fx from '../fixtures/registry/mixed-registry.ts';
import { requireChromium, saveScreenshot } from '../support/chromium.ts';
import { requireZooKeeper } from '../support/use-zookeeper.ts';
import { rowWith } from './page-probes.ts';
import { useSeededConsole } from './seeded-console.ts';

const SHOW_MS = 15_000;
const APP = 'demo-provider-27';
const CANARY = '10.0.0.4:20880';
const STABLE = '10.0.0.3:20880';

/** Opens the wizard from the application page and aims it at DemoService with 10.0.0.4 as the canary. */
async function openWizard(page: Page): Promise<void> {
  await page.goto(`/applications/${APP}`);
  await page.getByRole('link', { name: 'Start a gray release…' }).click();
  await page.getByRole('heading', { level: 1, name: 'New gray release' }).waitFor();
  const form = page.getByRole('form', { name: 'Release plan' });
  expect(await form.getByRole('combobox', { name: 'Application' }).inputValue()).toBe(APP);
  await form.getByRole('combobox', { name: 'Service' }).selectOption(fx.DEMO);
}

/** A move through its confirmation dialog: the reason typed, confirmed once the release shows it. */
async function move(page: Page, id: string, button: string, done: string, reason: string): Promise<void> {
  await page.getByRole('group', { name: 'Release actions' }).getByRole('button', { name: `${button}…` }).click();
  const dialog = page.getByRole('dialog', { name: `${button} release ${id}` });
  await dialog.getByRole('textbox', { name: /^Reason/ }).fill(reason);
  await dialog.getByRole('button', { name: button, exact: true }).click();
  await dialog.getByText(done, { exact: true }).waitFor();
  await dialog.getByRole('button', { name: 'Close', exact: true }).last().click();
  await dialog.waitFor({ state: 'detached' });
}

/** The header's state badge and the canary's predicted share in the current split. */
async function expectState(page: Page, state: string, canaryShare: string): Promise<void> {
  await page.getByRole('banner').or(page.locator('header')).getByText(state, { exact: true }).first().waitFor();
  const split = page.getByLabel('Current split');
  await split.getByText(canaryShare, { exact: true }).first().waitFor();
}

/** How many topology cards are drawn (even partly) outside the canvas: 0 once the camera has fitted the graph. */
function cardsOutOfView(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.querySelector('[data-testid="topology-canvas"]')?.getBoundingClientRect();
    if (!canvas) return -1;
    const cards = [...document.querySelectorAll('.react-flow__node')].map((card) => card.getBoundingClientRect());
    return cards.filter((r) => r.left < canvas.left - 1 || r.top < canvas.top - 1 || r.right > canvas.right + 1 || r.bottom > canvas.bottom + 1).length;
  });
}

/** A full-page screenshot from the top (the sticky header would otherwise sit mid-page). */
async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await saveScreenshot(page, name);
}

describe.runIf(requireZooKeeper() && requireChromium())('gray releases in a browser', () => {
  const e2e = useSeededConsole('releases', SHOW_MS);

  it('runs a weighted release from the wizard through advance, pause, resume and promote', async () => {
    const { page } = e2e;
    await page.setViewportSize({ width: 1280, height: 800 });
    await openWizard(page);
    const form = page.getByRole('form', { name: 'Release plan' });
    await form.getByRole('checkbox', { name: new RegExp(CANARY.replaceAll('.', '\\.')) }).check();

    // The dry run answers which instance is the canary and the split of every preset step.
    const preview = page.getByRole('region', { name: 'Canary instances' });
    await preview.getByText(CANARY, { exact: true }).waitFor();
    await page.getByRole('region', { name: 'Stable instances' }).getByText(STABLE, { exact: true }).waitFor();
    await form.getByText(`Matches 1 instance now: ${CANARY}.`).waitFor();
    const steps = page.getByRole('table', { name: 'Release steps' });
    for (const percent of [5, 25, 50]) await rowWith(steps, `${percent}.00%`).getByText(`${percent}%`, { exact: true }).first().waitFor();
    await page.getByRole('textbox', { name: /^Reason/ }).fill('DemoService 2.7.9 canary');
    await shot(page, 'releases-wizard-preview');

    await page.getByRole('button', { name: 'Create and start' }).click();
    await page.getByRole('heading', { level: 1, name: /^Release r-\d{10}$/ }).waitFor();
    const id = new URL(page.url()).pathname.split('/').at(-1) ?? '';
    await expectState(page, 'running', '5.0%');
    await page.getByText('5% · step 1 of 4').first().waitFor();
    await page.getByRole('table', { name: 'Release timeline' }).getByText('DemoService 2.7.9 canary').waitFor();
    await page.getByRole('table', { name: 'Touched rule files' }).getByRole('link', { name: `${fx.DEMO}::.configurators` }).waitFor();

    await move(page, id, 'Advance', 'Advanced', 'error rate flat');
    await expectState(page, 'running', '25%');
    await page.getByText('25% · step 2 of 4').first().waitFor();
    await shot(page, 'releases-release-running');

    await move(page, id, 'Pause', 'Paused', 'waiting for the nightly batch');
    await expectState(page, 'paused', '25%');
    const actions = page.getByRole('group', { name: 'Release actions' });
    expect(await actions.getByRole('button', { name: 'Advance…' }).isDisabled()).toBe(true);
    await page.getByText('Resume the release before advancing it.').waitFor();
    await shot(page, 'releases-release-paused');

    // The topology's application card, the service page and the application page link to the release in progress.
    const badge = `Gray release ${id} · paused 25%`;
    await page.goto('/topology');
    await page.getByRole('link', { name: badge }).waitFor();
    await page.locator('[data-testid="topology-canvas"][data-layout="elk"]').waitFor();
    await expect.poll(() => cardsOutOfView(page)).toBe(0);
    await shot(page, 'releases-topology-badge');
    await page.goto(`/services/${encodeURIComponent(fx.DEMO)}`);
    await page.getByRole('list', { name: 'Gray releases in progress' }).getByRole('link', { name: badge }).waitFor();
    await page.goto(`/applications/${APP}`);
    await shot(page, 'releases-application-badge');
    await page.getByRole('link', { name: `Gray release ${id} · paused 25%` }).click();
    await page.getByRole('heading', { level: 1, name: `Release ${id}` }).waitFor();

    await move(page, id, 'Resume', 'Resumed', 'batch done');
    await expectState(page, 'running', '25%');
    await move(page, id, 'Promote', 'Promoted', 'all good');
    await expectState(page, 'promoted', '100%');
    expect(await actions.getByRole('button', { name: 'Roll back…' }).isDisabled()).toBe(true);
    const timeline = page.getByRole('table', { name: 'Release timeline' }).locator('tbody').getByRole('row');
    await expect.poll(() => timeline.count()).toBe(5);
    await shot(page, 'releases-release-promoted');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Releases' }).click();
    const row = rowWith(page.getByRole('table', { name: 'Releases' }), id);
    await row.getByText('promoted', { exact: true }).waitFor();
    await shot(page, 'releases-list');
  }, 120_000);

  it('explains a refused plan, then rolls a started release back to the split before it', async () => {
    const { page } = e2e;
    await page.setViewportSize({ width: 1280, height: 800 });
    await openWizard(page);
    const form = page.getByRole('form', { name: 'Release plan' });
    // Both providers run 2.7.8: matching on it leaves no stable instance, and the wizard says so.
    await form.getByRole('radio', { name: 'Match a provider parameter' }).check();
    await form.getByRole('textbox', { name: 'Parameter' }).fill('release');
    await form.getByRole('textbox', { name: 'Value' }).fill('2.7.8');
    await page.getByText('Every instance is in the canary', { exact: false }).waitFor();
    await page.getByText('NO_STABLE', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Create and start' }).isDisabled()).toBe(true);
    await shot(page, 'releases-wizard-refused');

    await form.getByRole('radio', { name: 'Pick instances' }).check();
    await form.getByRole('checkbox', { name: new RegExp(CANARY.replaceAll('.', '\\.')) }).check();
    // Tag mode says plainly what happens to untagged calls, and previews the tag rule the start would write.
    await form.getByRole('radio', { name: 'Tag isolation' }).check();
    await form.getByText('Untagged traffic never reaches tag-isolated instances', { exact: false }).waitFor();
    await page.getByRole('figure', { name: 'Planned tag rule' }).getByText(/name: gray/).waitFor();
    await shot(page, 'releases-wizard-tag');
    await form.getByRole('radio', { name: 'Weighted steps' }).check();
    await form.getByRole('textbox', { name: 'Steps (% of calls to the canary)' }).fill('10, 50');
    await form.getByRole('textbox', { name: 'Hold each step (seconds)' }).fill('3600');
    await rowWith(page.getByRole('table', { name: 'Release steps' }), '10.00%').getByText('60 min', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Create and start' }).click();
    await page.getByRole('heading', { level: 1, name: /^Release r-\d{10}$/ }).waitFor();
    const id = new URL(page.url()).pathname.split('/').at(-1) ?? '';
    await expectState(page, 'running', '10%');
    // The step holds an hour: the page says when it moves on by itself, counting down.
    await page.getByText(/^Advances automatically at .+ \(in (59|60) min \d\d s\)\.$/).waitFor();

    await move(page, id, 'Roll back', 'Rolled back', 'latency up on the canary');
    await page.locator('header').getByText('rolled back', { exact: true }).first().waitFor();
    await page.getByText('Rolled back: the rule files are back exactly as the release found them.').waitFor();
    await shot(page, 'releases-release-rolled-back');

    // The hand-written weight 300 is back: 75% / 25% as before the release.
    await page.goto(`/services/${encodeURIComponent(fx.DEMO)}`);
    const providers = page.getByRole('table', { name: 'Providers' });
    await rowWith(providers, STABLE).getByText('75%', { exact: true }).waitFor();
    await rowWith(providers, CANARY).getByText('25%', { exact: true }).waitFor();
  }, 120_000);
});
