// A rule the console created, in a browser: its history's baseline says the file did not exist before
// (neutrally, not "file deleted"), the version matching the file now is marked current instead of offering
// a rollback, and rolling back to the baseline deletes the file — the open page then shows only that it
// does not exist, not the old "valid · ZooKeeper version" badges. The rollback dialog shows the dry run's
// traffic split and keeps the reason through the delete confirmation. Screenshots: test-artifacts/e2e/rule-history-*.png.

import { describe, expect, it } from 'vitest';
import { requireChromium, saveScreenshot } from '../support/chromium.ts';
import { requireZooKeeper } from '../support/use-zookeeper.ts';
import { rowWith } from './page-probes.ts';
import { useSeededConsole } from './seeded-console.ts';
import { writeHeaders } from '../support/csrf.ts';

const SHOW_MS = 15_000;
const REASON = 'lighter weight for 10.0.0.3';
const ROLLBACK_REASON = 'the file was not there before';

describe.runIf(requireZooKeeper() && requireChromium())('a console-created rule in a browser', () => {
  const e2e = useSeededConsole('rule-history', SHOW_MS);

  // One story, one test: the rollback needs the history the first write started.
  it('words the baseline neutrally, marks the current version, and shows only "does not exist" once a rollback deleted the file', async () => {
    // demo-provider-27 has no application-scope rule file: this write creates one, with a baseline of "no file".
    const res = await fetch(new URL('/api/applications/demo-provider-27/instances/10.0.0.3:20880/weight', e2e.switchboard.url), {
      method: 'PUT',
      headers: await writeHeaders(e2e.switchboard.url),
      body: JSON.stringify({ weight: 40, reason: REASON, expectedVersion: -1 }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { rule: { node: string }; zkVersion: number | null };
    expect(body.zkVersion).not.toBeNull();
    const node = body.rule.node;

    await e2e.page.goto(`/rules/${encodeURIComponent(node)}`);
    const history = e2e.page.getByRole('table', { name: 'Rule history' });
    const baseline = rowWith(history, 'baseline');
    const write = rowWith(history, REASON);
    await baseline.getByText("did not exist before the console's first write").waitFor();
    expect(await baseline.getByText('file deleted').count()).toBe(0);
    await write.getByText('current', { exact: true }).waitFor();
    expect(await write.getByRole('button', { name: 'Roll back to this…' }).count()).toBe(0);
    await baseline.getByRole('button', { name: 'Roll back to this…' }).waitFor();
    await saveScreenshot(e2e.page, 'rule-history-created');

    await rowWith(history, 'baseline').getByRole('button', { name: 'Roll back to this…' }).click();
    const dialog = e2e.page.getByRole('dialog', { name: /^Roll back to version #/ });
    await dialog.getByRole('textbox', { name: /^Reason/ }).fill(ROLLBACK_REASON);
    // The dry run's predicted traffic split, as the governance dialog shows it (the service-scope weight 300
    // outranks this application rule, so before and after agree — the table says so rather than guessing).
    const split = dialog.getByRole('table', { name: /^Traffic split for / });
    await split.getByRole('row').filter({ hasText: '10.0.0.3:20880' }).waitFor();
    await dialog.getByRole('button', { name: 'Roll back and delete the file' }).click();
    await dialog.getByRole('button', { name: 'Yes, delete the rule file' }).waitFor();
    // The reason stays on screen, and editable, through the delete confirmation.
    const reason = dialog.getByRole('textbox', { name: /^Reason/ });
    expect(await reason.inputValue()).toBe(ROLLBACK_REASON);
    expect(await reason.isEditable()).toBe(true);
    await saveScreenshot(e2e.page, 'rule-history-confirm-delete');
    await dialog.getByRole('button', { name: 'Yes, delete the rule file' }).click();
    await dialog.getByText('Rolled back', { exact: true }).waitFor();
    await dialog.getByRole('button', { name: 'Close', exact: true }).last().click();

    await e2e.page.getByText('The rule file does not exist (now)').waitFor();
    const header = e2e.page.locator('header').filter({ has: e2e.page.getByRole('heading', { level: 1 }) });
    expect(await header.getByText('valid', { exact: true }).count()).toBe(0);
    expect(await header.getByText(/ZooKeeper version/).count()).toBe(0);
    // The deleting rollback is itself a version equal to now: current, beside the baseline.
    const rollback = rowWith(history, ROLLBACK_REASON);
    await rollback.getByText('file deleted').waitFor();
    await rollback.getByText('current', { exact: true }).waitFor();
    await saveScreenshot(e2e.page, 'rule-history-deleted');
  });
});
