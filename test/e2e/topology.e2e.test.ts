// The topology page as an operator sees it: the built console in Chromium, in front of a real
// ZooKeeper holding the mixed registry. Nodes and edges are found by their accessible names
// ("Application order-app", "gateway calls order-app: 1 service"), never by CSS classes; waits poll
// with a deadline. Screenshots go to test-artifacts/e2e/topology-*.png. Each test has its own chroot
// and console; the outage test freezes the file's ZooKeeper.

import { describe, expect, it } from 'vitest';
import * as fx from '../fixtures/registry/mixed-registry.ts';
import { requireChromium, saveScreenshot } from '../support/chromium.ts';
import { requireZooKeeper } from '../support/use-zookeeper.ts';
import { timed, markDocument, sameDocument } from './page-probes.ts';
import { useSeededConsole } from './seeded-console.ts';
import { layoutSettled, cardsOutOfView, centreOffset, lineBreaksOf, appNode, nodePositions, nodeShown } from './topology-probes.ts';

const SHOW_MS = 10_000;
const LIVE_MS = 10_000;
const OUTAGE_MS = 30_000;

const APPS = ['demo-consumer', 'demo-provider', 'demo-provider-27', 'gateway', 'order-app', 'web-27'];
const CALLS = [
  'demo-consumer calls demo-provider: 1 service',
  'web-27 calls demo-provider-27: 1 service',
  'gateway calls order-app: 1 service',
];

const LIVE_PROVIDER =
  'dubbo://10.0.4.1:20880/com.live.TopologyService?anyhost=true&application=live-topology-app&dubbo=2.0.2' +
  '&interface=com.live.TopologyService&methods=ping&release=3.3.1&side=provider&timestamp=1729000000000';
const LIVE_CONSUMER =
  `consumer://10.0.4.1/${fx.ORDER}?application=live-topology-app&category=consumers&check=false&dubbo=2.0.2` +
  `&interface=${fx.ORDER}&methods=place&release=3.3.1&side=consumer&timestamp=1729000000000`;

describe.runIf(requireZooKeeper() && requireChromium())('the topology page in a browser', () => {
  const e2e = useSeededConsole('topology', SHOW_MS);

  it('opens on the topology and draws every application and call, with their badges', async () => {
    await e2e.page.goto('/');
    await e2e.page.waitForURL(/\/topology$/);
    await e2e.page.getByRole('heading', { level: 1, name: 'Topology' }).waitFor();
    for (const app of APPS) await appNode(e2e.page, app).waitFor();
    // An edge is an SVG group named for people; a straight one has no height, so its visible part
    // is its label (the service count), checked below.
    for (const call of CALLS) await e2e.page.getByRole('group', { name: call, exact: true }).waitFor({ state: 'attached' });
    await e2e.page.getByText('6 applications · 3 edges', { exact: false }).waitFor();
    // The legacy override disables one g1 provider; the YAML rule overrides one weight.
    await appNode(e2e.page, 'demo-provider').getByText('1 disabled', { exact: true }).waitFor();
    await appNode(e2e.page, 'demo-provider-27').getByText(/1 weight/).waitFor();
    await appNode(e2e.page, 'gateway').getByText('consumer only', { exact: false }).waitFor();
    // Each call carries its service count as a visible label.
    await expect.poll(() => e2e.page.getByText('1 service', { exact: true }).count()).toBe(CALLS.length);
    await saveScreenshot(e2e.page, 'topology');
  });

  it('shows a new provider application and its call appear and vanish without a reload, keeping the others still', async () => {
    await e2e.page.goto('/topology');
    await appNode(e2e.page, 'order-app').waitFor();
    // The quick placement is on screen first and ELK's replaces it: stillness is about what happens after.
    await layoutSettled(e2e.page);
    const marker = await markDocument(e2e.page);
    const before = await nodePositions(e2e.page, APPS);

    const appeared = await timed(async () => {
      await e2e.registrar.registerProvider(LIVE_PROVIDER);
      await e2e.registrar.registerConsumer(LIVE_CONSUMER);
      await nodeShown(e2e.page, 'app:live-topology-app', true, LIVE_MS);
    });
    console.info(`e2e: a newly registered application appeared on the topology after ${appeared} ms`);
    await appNode(e2e.page, 'live-topology-app').waitFor();
    await e2e.page.getByRole('group', { name: 'live-topology-app calls order-app: 1 service', exact: true }).waitFor({ state: 'attached' });
    expect(await nodePositions(e2e.page, APPS), 'nodes that stayed moved').toEqual(before);
    await saveScreenshot(e2e.page, 'topology-live-new-app');

    const vanished = await timed(async () => {
      await e2e.registrar.unregister(LIVE_CONSUMER);
      await e2e.registrar.unregister(LIVE_PROVIDER);
      await nodeShown(e2e.page, 'app:live-topology-app', false, LIVE_MS);
    });
    console.info(`e2e: the deregistered application left the topology after ${vanished} ms`);
    await appNode(e2e.page, 'live-topology-app').waitFor({ state: 'detached' });
    expect(await nodePositions(e2e.page, APPS), 'nodes that stayed moved').toEqual(before);
    expect(await sameDocument(e2e.page, marker), 'the page was reloaded').toBe(true);
  });

  // The race this file once lost on a loaded machine: the graph changes while ELK is still working on it.
  it('settles on the full layout when an application registers while the graph is still being arranged', async () => {
    const provider = LIVE_PROVIDER.replaceAll('live-topology-app', 'race-app').replace('10.0.4.1', '10.0.4.2');
    const consumer = LIVE_CONSUMER.replaceAll('live-topology-app', 'race-app').replace('10.0.4.1', '10.0.4.2');
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    // Holding the worker script holds ELK: the quick placement stays on screen until released.
    await e2e.page.route(/layout\.worker/, async (route) => {
      await held;
      await route.continue();
    });
    try {
      await e2e.page.goto('/topology', { waitUntil: 'domcontentloaded' });
      await appNode(e2e.page, 'order-app').waitFor();
      await e2e.page.locator('[data-testid="topology-canvas"][data-layout="provisional"]').waitFor();
      await e2e.registrar.registerProvider(provider);
      await e2e.registrar.registerConsumer(consumer);
      await appNode(e2e.page, 'race-app').waitFor();
      release();
      await layoutSettled(e2e.page);
      await appNode(e2e.page, 'race-app').waitFor();
      await e2e.page.getByRole('group', { name: 'race-app calls order-app: 1 service', exact: true }).waitFor({ state: 'attached' });
      await e2e.page.getByText(/Arranging \d+ nodes/).waitFor({ state: 'detached' });
      await expect.poll(() => cardsOutOfView(e2e.page)).toEqual([]);
      await saveScreenshot(e2e.page, 'topology-settled-after-race');
    } finally {
      release();
      await e2e.page.unroute(/layout\.worker/);
      await e2e.registrar.unregister(consumer);
      await e2e.registrar.unregister(provider);
    }
    await appNode(e2e.page, 'race-app').waitFor({ state: 'detached' });
  });

  it('keeps every card in view when the side panel opens and when the graph is filtered with a node selected', async () => {
    await e2e.page.goto('/topology');
    await layoutSettled(e2e.page);
    await expect.poll(() => cardsOutOfView(e2e.page)).toEqual([]);
    await appNode(e2e.page, 'web-27').click();
    await e2e.page.getByRole('complementary', { name: 'Application web-27' }).waitFor();
    await expect.poll(() => cardsOutOfView(e2e.page)).toEqual([]);
    await saveScreenshot(e2e.page, 'topology-panel-open-fitted');

    await e2e.page.getByRole('searchbox', { name: 'Filter by name' }).fill('demo');
    await appNode(e2e.page, 'gateway').waitFor({ state: 'detached' });
    await layoutSettled(e2e.page);
    await expect.poll(() => cardsOutOfView(e2e.page)).toEqual([]);
    await e2e.page.getByRole('searchbox', { name: 'Filter by name' }).fill('');
    await appNode(e2e.page, 'gateway').waitFor();
    await expect.poll(() => cardsOutOfView(e2e.page)).toEqual([]);
    await saveScreenshot(e2e.page, 'topology-filtered-with-selection');
  });

  it('tells two cards of one interface apart, centres a found service by its own size, and wraps long panel titles at dots', async () => {
    await e2e.page.goto('/topology?level=service');
    const grouped = e2e.page.getByRole('group', { name: `Service g1/${fx.DEMO}:1.0.0`, exact: true });
    const plain = e2e.page.getByRole('group', { name: `Service ${fx.DEMO}`, exact: true });
    await grouped.getByText('g1 · 1.0.0', { exact: true }).waitFor();
    expect(await plain.getByText(/g1|1\.0\.0/).count()).toBe(0);
    await layoutSettled(e2e.page);

    await e2e.page.getByRole('combobox', { name: 'Find a node' }).fill(`g1/${fx.DEMO}:1.0.0`);
    await e2e.page.getByRole('combobox', { name: 'Find a node' }).press('Enter');
    const panel = e2e.page.getByRole('complementary', { name: `Service g1/${fx.DEMO}:1.0.0` });
    await panel.waitFor();
    // Centred: the card's middle is the canvas' middle (within a few pixels) once the glide ends.
    await expect.poll(async () => centreOffset(e2e.page, grouped), { timeout: 5_000 }).toBeLessThan(4);
    // Squeezed to under half of the panel, the title must wrap, and only after its dots and slashes.
    const title = panel.getByRole('heading', { level: 2 });
    await title.evaluate((el) => ((el as HTMLElement).style.width = '170px'));
    const breaks = await lineBreaksOf(title);
    expect(breaks.length).toBeGreaterThan(0);
    for (const before of breaks) expect('./:').toContain(before);
    await title.evaluate((el) => ((el as HTMLElement).style.width = ''));
    // Providers are listed in address order.
    const addresses = await panel.getByRole('list', { name: 'Providers' }).getByRole('listitem').evaluateAll((items) => items.map((item) => item.textContent?.match(/\d+\.\d+\.\d+\.\d+:\d+/)?.[0] ?? ''));
    expect(addresses).toEqual([...addresses].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
    expect(addresses.length).toBeGreaterThan(0);
    await saveScreenshot(e2e.page, 'topology-service-found');
  });

  it('never stacks one call label on another', async () => {
    await e2e.page.goto('/topology');
    await layoutSettled(e2e.page);
    const rects = await e2e.page.locator('[data-edge-label]').evaluateAll((labels) => labels.map((label) => label.getBoundingClientRect().toJSON() as DOMRect));
    expect(rects.length).toBe(CALLS.length);
    for (const [i, a] of rects.entries()) {
      for (const b of rects.slice(i + 1)) expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom, 'two labels overlap').toBe(false);
    }
  });

  it('opens a side panel with instances, services and links when a node is clicked, and keeps it in the URL', async () => {
    await e2e.page.goto('/topology');
    await appNode(e2e.page, 'order-app').click();
    const panel = e2e.page.getByRole('complementary', { name: 'Application order-app' });
    await panel.waitFor();
    await panel.getByRole('list', { name: 'Instances' }).getByText('10.0.1.1:50051', { exact: true }).waitFor();
    await panel.getByRole('list', { name: 'Provided services' }).getByRole('link', { name: fx.ORDER }).waitFor();
    await panel.getByRole('list', { name: 'Called by' }).getByRole('button', { name: 'gateway', exact: true }).waitFor();
    expect(await panel.getByRole('link', { name: 'Open application page' }).getAttribute('href')).toBe('/applications/order-app');
    expect(new URL(e2e.page.url()).searchParams.get('node')).toBe('app:order-app');
    await saveScreenshot(e2e.page, 'topology-panel-order-app');

    await e2e.page.reload();
    await panel.getByRole('list', { name: 'Instances' }).getByText('10.0.1.2:50051', { exact: true }).waitFor();
    await panel.getByRole('button', { name: 'Close details' }).click();
    await panel.waitFor({ state: 'detached' });
    expect(new URL(e2e.page.url()).searchParams.get('node')).toBeNull();
  });

  it('finds a node by name, and shows services between applications at service level', async () => {
    await e2e.page.goto('/topology');
    await appNode(e2e.page, 'gateway').waitFor();
    await e2e.page.getByRole('combobox', { name: 'Find a node' }).fill('gatew');
    await e2e.page.getByRole('combobox', { name: 'Find a node' }).press('Enter');
    await e2e.page.getByRole('complementary', { name: 'Application gateway' }).waitFor();
    await e2e.page.getByRole('radio', { name: 'Services' }).click();
    await e2e.page.getByRole('group', { name: `Service ${fx.ORDER}`, exact: true }).waitFor();
    await e2e.page.getByRole('group', { name: `gateway consumes ${fx.ORDER}: 1 service`, exact: true }).waitFor({ state: 'attached' });
    expect(new URL(e2e.page.url()).searchParams.get('level')).toBe('service');
    await saveScreenshot(e2e.page, 'topology-service-level');
  });

  it('filters by name through the URL', async () => {
    await e2e.page.goto('/topology?q=order');
    await appNode(e2e.page, 'order-app').waitFor();
    await appNode(e2e.page, 'gateway').waitFor();
    await appNode(e2e.page, 'demo-provider').waitFor({ state: 'detached' });
    expect(await e2e.page.getByRole('searchbox', { name: 'Filter by name' }).inputValue()).toBe('order');
  });

  it('disables a provider from the side panel through the preview dialog; the card and panel follow without a reload', async () => {
    await e2e.page.goto('/topology?level=service');
    await e2e.page.getByRole('group', { name: `Service ${fx.DEMO}`, exact: true }).click();
    const panel = e2e.page.getByRole('complementary', { name: `Service ${fx.DEMO}` });
    const target = panel.getByRole('list', { name: 'Providers' }).getByRole('listitem').filter({ hasText: '10.0.0.4:20880' });
    await target.getByText('Enabled', { exact: true }).waitFor();
    expect(await appNode(e2e.page, 'demo-provider-27').getByText(/disabled/).count()).toBe(0);
    const marker = await markDocument(e2e.page);

    await target.getByRole('button', { name: 'Disable 10.0.0.4:20880' }).click();
    const dialog = e2e.page.getByRole('dialog', { name: 'Disable 10.0.0.4:20880' });
    const split = dialog.getByRole('table', { name: `Traffic split for ${fx.DEMO}` });
    // The dry run: all of the traffic moves to the other provider.
    await split.locator('tbody').getByRole('row').filter({ hasText: '10.0.0.3:20880' }).getByText('100%', { exact: true }).waitFor();
    await dialog.getByRole('textbox', { name: /^Reason/ }).fill('drain 10.0.0.4 from the topology');
    await saveScreenshot(e2e.page, 'topology-governance-preview');
    const confirmed = await timed(async () => {
      await dialog.getByRole('button', { name: 'Apply', exact: true }).click();
      await dialog.getByText('Confirmed', { exact: true }).waitFor();
    });
    console.info(`e2e: a disable from the topology side panel was confirmed ${confirmed} ms after Apply`);
    await dialog.getByRole('button', { name: 'Close', exact: true }).last().click();
    await dialog.waitFor({ state: 'detached' });

    await target.getByText('Disabled', { exact: true }).waitFor();
    await target.getByRole('button', { name: 'Enable 10.0.0.4:20880' }).waitFor();
    await panel.getByText('1 disabled', { exact: true }).waitFor();
    await appNode(e2e.page, 'demo-provider-27').getByText('1 disabled', { exact: true }).waitFor();
    expect(await sameDocument(e2e.page, marker), 'the page was reloaded').toBe(true);
    await saveScreenshot(e2e.page, 'topology-governance-disabled');
  });

  // Freezes the file's ZooKeeper; the fixture resumes it before the console stops.
  it('dims the graph and says so while the registry is unreachable, and recovers', async () => {
    await e2e.page.goto('/topology');
    await appNode(e2e.page, 'order-app').waitFor();
    const note = e2e.page.getByTestId('topology-canvas').getByRole('status').filter({ hasText: 'may be out of date' });
    try {
      e2e.zk.server.pause();
      await note.getByText(/Registry disconnected — showing revision \d+/).waitFor({ timeout: OUTAGE_MS });
      await appNode(e2e.page, 'order-app').waitFor();
      await saveScreenshot(e2e.page, 'topology-registry-down');
    } finally {
      e2e.zk.server.resume();
    }
    await note.waitFor({ state: 'detached', timeout: OUTAGE_MS });
  });
});

/** Waits until ELK's placement (not the quick provisional one) is on screen. */
