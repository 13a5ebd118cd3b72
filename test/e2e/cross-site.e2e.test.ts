// A page on another site, open in the same browser as a local-mode console, tries what a CSRF attack
// would: a text/plain form crafted to look like JSON, no-cors fetches, a JSON fetch that needs a preflight,
// and framing the console. In real Chromium none of it changes anything in ZooKeeper, the console's page
// cannot be framed, and the console itself, opened normally, still writes.

import http from 'node:http';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as fx from '../fixtures/registry/mixed-registry.ts';
import { launchChromium, requireChromium, saveScreenshot } from '../support/chromium.ts';
import { startSeededSwitchboard, type SeededSwitchboard } from '../support/seeded-switchboard.ts';
import { requireZooKeeper, useZooKeeper } from '../support/use-zookeeper.ts';
import { zkTree } from '../support/zk-tree.ts';
import { ensureClientBuilt } from './client-build.ts';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

function attackPage(target: string): string {
  const op = `${target}api/governance/operations`;
  const weight = `${target}api/services/${encodeURIComponent(fx.DEMO)}/instances/10.0.0.4:20880/weight`;
  const json = JSON.stringify({ action: 'disable', scope: 'service', serviceKey: fx.DEMO, addresses: ['10.0.0.4:20880'], force: true });
  // The classic text/plain trick: the field name carries the JSON, the value closes it.
  const name = json.slice(0, -1) + ',"x":"';
  return `<!doctype html><html><body><h1>Totally harmless page</h1>
<form id="f" method="POST" action="${op}" enctype="text/plain" target="sink"><input name='${name}' value='"}'></form>
<iframe name="sink"></iframe>
<iframe id="framed" src="${target}" width="400" height="200"></iframe>
<pre id="log"></pre>
<script>
const log = (line) => { document.getElementById('log').textContent += line + '\\n'; };
document.getElementById('f').submit();
fetch(${JSON.stringify(op)}, { method: 'POST', mode: 'no-cors', credentials: 'include', headers: { 'content-type': 'text/plain' }, body: ${JSON.stringify(json)} })
  .then(() => log('no-cors text/plain sent'), (e) => log('no-cors failed ' + e));
fetch(${JSON.stringify(weight)}, { method: 'PUT', credentials: 'include', headers: { 'content-type': 'application/json' }, body: '{"weight":1}' })
  .then((r) => log('json PUT answered ' + r.status), (e) => log('json PUT blocked'));
fetch(${JSON.stringify(`${target}api/session`)}, { credentials: 'include' })
  .then((r) => r.json()).then((s) => log('read token ' + s.csrfToken), () => log('session read blocked'));
</script></body></html>`;
}

describe.runIf(requireZooKeeper() && requireChromium())('a cross-site page against a local console', () => {
  const zk = useZooKeeper();
  let seeded: SeededSwitchboard & { stop(): Promise<void> };
  let attacker: http.Server;
  let browser: Browser;

  beforeAll(async () => {
    seeded = await startSeededSwitchboard(zk.connectString, { prefix: 'e2e-csrf', console: { clientDir: (await ensureClientBuilt(REPO_ROOT)).clientDir } });
    attacker = http.createServer((_req, res) => {
      res.setHeader('content-type', 'text/html');
      res.end(attackPage(seeded.app.url));
    });
    attacker.listen(0, '127.0.0.1');
    await new Promise((resolve) => attacker.once('listening', resolve));
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => attacker?.close(resolve));
    await seeded?.stop();
  });

  it('changes nothing, cannot read the CSRF token and cannot frame the console', async () => {
    const before = await zkTree(seeded.registrar.client, '/dubbo');
    const context = await browser.newContext();
    const page = await context.newPage();
    // The operator has the console open in the same browser (local mode: no cookie needed at all).
    const consolePage = await context.newPage();
    await consolePage.goto(seeded.app.url);
    // Attacks from another site (localhost vs 127.0.0.1) and from another port of the same host.
    for (const origin of [`http://localhost:${(attacker.address() as AddressInfo).port}/`, `http://127.0.0.1:${(attacker.address() as AddressInfo).port}/`]) {
      await page.goto(origin);
      await page.getByText('json PUT blocked').waitFor();
      await page.getByText('session read blocked').waitFor();
      // The request leaves the browser either way; CORP (same-origin) hides even the opaque answer from the page.
      await page.getByText(/^no-cors (text\/plain sent|failed)/m).waitFor();
      const framed = page.frameLocator('#framed');
      expect(await framed.locator('body').innerText().catch(() => '')).not.toContain('Switchboard');
    }
    await saveScreenshot(page, 'cross-site-attack-page');
    // Everything the attack sent has been answered by now (the log lines come from the answers): nothing changed.
    expect(await zkTree(seeded.registrar.client, '/dubbo')).toEqual(before);
    const audit = (await (await fetch(new URL('/api/audit', seeded.app.url))).json()) as { items: unknown[] };
    expect(audit.items).toEqual([]);
    await context.close();
  });
});
