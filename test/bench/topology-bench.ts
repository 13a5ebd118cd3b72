// Topology page at fleet scale, in headless Chromium: a synthetic fleet of N applications in six
// tiers (gateways → … → infrastructure; each provides two services, each app above the last tier
// calls five apps one or two tiers down, so ~4N distinct calls) is registered in an in-process
// EmbeddedZooKeeper, a console serves the built client, and the page is measured:
// ELK layout time (in the worker), first render (navigation start → nodes painted), how many node
// elements the DOM holds, click → side panel, and frame times while panning and zooming.
// `npm run bench` runs it last; `node --import tsx test/bench/topology-bench.ts` runs it alone.
// Sizes: BENCH_TOPOLOGY_APPS (default "100,500"); 3 page loads per size, medians reported.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { encodeJavaUrl } from '../../server/dubbo/java-url-codec.ts';
import { EmbeddedZooKeeper } from '../../server/embedded-zk/embedded-zookeeper.ts';
import { startTestConsole } from '../support/test-console.ts';
import { parseRegistryAddress } from '../../server/zk/registry-address.ts';
import { ZkClient } from '../../server/zk/zk-client.ts';
import type { ZkOp } from '../../server/zk/zk-multi.ts';
import { ensureClientBuilt } from '../e2e/client-build.ts';
import { chromiumAvailable, launchChromium } from '../support/chromium.ts';
import { median } from '../support/percentiles.ts';

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const TIERS = 6;
const CALLS_PER_APP = 5;
const LOADS = 3;

export interface TopologyBenchRow {
  apps: number;
  nodes: number;
  edges: number;
  layoutMs: number;
  firstRenderMs: number;
  /** Navigation start → ELK's positions painted (equals first render when no quick placement is shown first). */
  layoutPaintedMs: number;
  apiMs: number;
  domNodes: number;
  clickToPanelMs: number;
  panZoomFrameP50Ms: number;
  panZoomFrameMaxMs: number;
}

const iface = (app: number, k: number): string => `com.bench.topo.app${app}.Service${k}`;

/** Apps this one calls: three in the next tier, two in the one after (a layered, realistic call graph). */
export function callees(app: number, apps: number): number[] {
  const perTier = Math.ceil(apps / TIERS);
  const tier = Math.floor(app / perTier);
  if (tier >= TIERS - 1) return [];
  const targets = new Set<number>();
  for (let k = 0; k < CALLS_PER_APP; k += 1) {
    const targetTier = Math.min(TIERS - 1, tier + (k < 3 ? 1 : 2));
    const target = Math.min(apps - 1, targetTier * perTier + ((app * 31 + k * 17) % perTier));
    if (target > app) targets.add(target);
  }
  return [...targets];
}

function* fleetOps(apps: number): Generator<ZkOp> {
  yield { type: 'create', path: '/dubbo' };
  for (let app = 0; app < apps; app += 1) {
    for (let k = 0; k < 2; k += 1) {
      const name = iface(app, k);
      const folder = `/dubbo/${encodeJavaUrl(name)}`;
      yield { type: 'create', path: folder };
      for (const category of ['providers', 'consumers', 'configurators', 'routers']) yield { type: 'create', path: `${folder}/${category}` };
      const provider =
        `dubbo://10.1.${app >> 8}.${app & 255}:${20880 + k}/${name}?anyhost=true&application=app-${app}&dubbo=2.0.2` +
        `&interface=${name}&methods=get,put&release=2.7.8&side=provider&timestamp=1700000000000&weight=100`;
      yield { type: 'create', path: `${folder}/providers/${encodeJavaUrl(provider)}` };
    }
  }
  for (let app = 0; app < apps; app += 1) {
    for (const target of callees(app, apps)) {
      const name = iface(target, 0);
      const consumer =
        `consumer://10.2.${app >> 8}.${app & 255}/${name}?application=app-${app}&category=consumers&check=false` +
        `&dubbo=2.0.2&interface=${name}&methods=get,put&release=2.7.8&side=consumer&timestamp=1700000000000`;
      yield { type: 'create', path: `/dubbo/${encodeJavaUrl(name)}/consumers/${encodeJavaUrl(consumer)}` };
    }
  }
}

async function writeFleet(connectString: string, apps: number): Promise<void> {
  const client = new ZkClient({ address: parseRegistryAddress(connectString) });
  await client.start();
  try {
    let batch: ZkOp[] = [];
    for (const op of fleetOps(apps)) {
      batch.push(op);
      if (batch.length === 500) {
        await client.multi(batch);
        batch = [];
      }
    }
    if (batch.length > 0) await client.multi(batch);
  } finally {
    await client.stop();
  }
}

type Load = { layoutMs: number; firstRenderMs: number; layoutPaintedMs: number; apiMs: number; domNodes: number; nodes: number; edges: number };

async function measureLoad(page: Page, url: string): Promise<Load> {
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('topology:nodes-painted').length > 0, null, { timeout: 120_000, polling: 20 });
  // ELK's answer on screen (older clients have no such mark: the first picture was ELK's).
  await page
    .waitForFunction(() => performance.getEntriesByName('topology:layout-painted').length > 0, null, { timeout: 120_000, polling: 20 })
    .catch(() => undefined);
  // Plain expressions only inside evaluate: tsx would wrap named inner functions in a helper the page lacks.
  const raw = await page.evaluate(() => ({
    layoutMs: performance.getEntriesByName('topology:layout')[0]?.duration ?? Number.NaN,
    firstRenderMs: performance.getEntriesByName('topology:nodes-painted')[0]?.startTime ?? Number.NaN,
    layoutPaintedMs: (performance.getEntriesByName('topology:layout-painted')[0] ?? performance.getEntriesByName('topology:nodes-painted')[0])?.startTime ?? Number.NaN,
    api: performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/api/topology')).map((entry) => (entry as PerformanceResourceTiming).responseEnd - entry.startTime)[0],
    domNodes: document.querySelectorAll('.react-flow__node').length,
    summary: document.querySelector('h1')?.nextElementSibling?.textContent ?? '',
  }));
  const count = (label: string) => Number((new RegExp(`([\\d,]+) ${label}`).exec(raw.summary)?.[1] ?? '0').replace(/,/g, ''));
  return { layoutMs: raw.layoutMs, firstRenderMs: raw.firstRenderMs, layoutPaintedMs: raw.layoutPaintedMs, apiMs: raw.api ?? Number.NaN, domNodes: raw.domNodes, nodes: count('applications'), edges: count('edges') };
}

/** Clicks a node on screen and waits for its side panel to list the instances. */
function clickToPanel(page: Page): Promise<number> {
  return page.evaluate(`new Promise((resolve, reject) => {
    const node = document.querySelector('.react-flow__node[data-id^="app:"]');
    if (!node) return reject(new Error('no node on screen'));
    const started = performance.now();
    node.click();
    const check = () => (document.querySelector('aside ul[aria-label="Instances"] li') ? resolve(performance.now() - started) : requestAnimationFrame(check));
    check();
  })`);
}

/** Frame intervals while dragging the pane for ~30 steps and zooming with the wheel. */
async function panZoomFrames(page: Page): Promise<number[]> {
  const box = await page.getByTestId('topology-canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  let spot = { px: box.x + box.width / 2, py: box.y + box.height / 2 };
  search: for (let dy = 0.2; dy < 0.9; dy += 0.05) {
    for (let dx = 0.2; dx < 0.7; dx += 0.05) {
      const at = { px: box.x + box.width * dx, py: box.y + box.height * dy };
      const onPane = await page.evaluate(({ px, py }) => document.elementFromPoint(px, py)?.classList.contains('react-flow__pane') ?? false, at);
      if (onPane) {
        spot = at;
        break search;
      }
    }
  }
  await page.evaluate(`(() => {
    window.benchFrames = [];
    window.benchStop = false;
    let last = performance.now();
    const loop = (now) => {
      window.benchFrames.push(now - last);
      last = now;
      if (!window.benchStop) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  })()`);
  await page.mouse.move(spot.px, spot.py);
  await page.mouse.down();
  for (let step = 1; step <= 30; step += 1) await page.mouse.move(spot.px - step * 8, spot.py - step * 4);
  await page.mouse.up();
  for (let step = 0; step < 6; step += 1) await page.mouse.wheel(0, step < 3 ? -240 : 240);
  await page.waitForTimeout(300);
  return page.evaluate<number[]>(`(window.benchStop = true, window.benchFrames.slice(1))`);
}

async function benchSize(apps: number): Promise<TopologyBenchRow> {
  const zk = new EmbeddedZooKeeper({ host: '127.0.0.1', port: 0 });
  const { connectString } = await zk.start();
  // BENCH_TOPOLOGY_CLIENT_DIR: measure a client built earlier (e.g. a copy of the previous build, for before/after).
  const build = process.env['BENCH_TOPOLOGY_CLIENT_DIR'] ? { clientDir: process.env['BENCH_TOPOLOGY_CLIENT_DIR'] } : await ensureClientBuilt(REPO_ROOT);
  await writeFleet(connectString, apps);
  const switchboard = await startTestConsole(`zookeeper://${connectString}`, { version: 'bench', clientDir: build.clientDir });
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const loads: Load[] = [];
    let page: Page | undefined;
    for (let run = 0; run < LOADS; run += 1) {
      await page?.close();
      page = await context.newPage();
      loads.push(await measureLoad(page, `${switchboard.url}topology`));
    }
    const clicks = [await clickToPanel(page!)];
    const frames = await panZoomFrames(page!);
    await page!.goto(`${switchboard.url}topology`);
    await page!.waitForFunction(() => performance.getEntriesByName('topology:nodes-painted').length > 0, null, { timeout: 120_000 });
    clicks.push(await clickToPanel(page!));
    const sorted = [...frames].sort((a, b) => a - b);
    const last = loads[loads.length - 1]!;
    return {
      apps,
      nodes: last.nodes,
      edges: last.edges,
      layoutMs: Math.round(median(loads.map((l) => l.layoutMs))),
      firstRenderMs: Math.round(median(loads.map((l) => l.firstRenderMs))),
      layoutPaintedMs: Math.round(median(loads.map((l) => l.layoutPaintedMs))),
      apiMs: Math.round(median(loads.map((l) => l.apiMs))),
      domNodes: last.domNodes,
      clickToPanelMs: Math.round(median(clicks)),
      panZoomFrameP50Ms: Math.round(median(sorted)),
      panZoomFrameMaxMs: Math.round(sorted[sorted.length - 1] ?? Number.NaN),
    };
  } finally {
    await browser.close();
    await switchboard.stop();
    await zk.stop();
  }
}

/** Runs every size, prints a Markdown table, writes .bench/topology.json, and answers the rows. */
export async function runTopologyBench(): Promise<TopologyBenchRow[]> {
  if (!chromiumAvailable()) {
    process.stdout.write('topology bench skipped: no Chromium (set CHROMIUM_PATH)\n');
    return [];
  }
  const sizes = (process.env['BENCH_TOPOLOGY_APPS'] ?? '100,500').split(',').map(Number).filter((n) => n > 0);
  const rows: TopologyBenchRow[] = [];
  for (const apps of sizes) {
    process.stdout.write(`topology: ${apps} applications…\n`);
    rows.push(await benchSize(apps));
  }
  mkdirSync('.bench', { recursive: true });
  writeFileSync('.bench/topology.json', `${JSON.stringify(rows, null, 2)}\n`);
  process.stdout.write(`
| applications | nodes / edges | ELK layout (worker) | first render (nav → nodes painted) | ELK layout painted | GET /api/topology | node elements in DOM | click → side panel | pan & zoom frame p50 / max |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
${rows.map((r) => `| ${r.apps} | ${r.nodes} / ${r.edges} | ${r.layoutMs} ms | ${r.firstRenderMs} ms | ${r.layoutPaintedMs} ms | ${r.apiMs} ms | ${r.domNodes} | ${r.clickToPanelMs} ms | ${r.panZoomFrameP50Ms} / ${r.panZoomFrameMaxMs} ms |`).join('\n')}
`);
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runTopologyBench().then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`topology bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exit(1);
    },
  );
}
