// Chromium for end-to-end suites: Debian's /usr/bin/chromium driven by playwright-core (no bundled
// browser download). Gate a suite like the ZooKeeper ones:
//   describe.runIf(requireChromium())('services', () => { … const browser = await launchChromium(); … });
// Screenshots are artifacts under test-artifacts/e2e/ (gitignored), kept whether the test passes or not.

import { accessSync, constants, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SCREENSHOT_DIR = join(REPO_ROOT, 'test-artifacts', 'e2e');

// Quiet, reproducible, offline: no sandbox (containers), no GPU, none of the background traffic a
// desktop profile would start. launch() gives every browser a fresh temporary profile.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromiumAvailable(): boolean {
  try {
    accessSync(CHROMIUM_PATH, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * true when browser suites can run. Without Chromium it throws in CI (a missing browser must fail
 * the build, not silently skip the end-to-end suites) and warns visibly elsewhere.
 */
export function requireChromium(): boolean {
  if (chromiumAvailable()) return true;
  const reason = `Chromium is not available at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH)`;
  if (process.env['CI'] === 'true') throw new Error(`${reason}; CI must run the end-to-end suites`);
  console.warn(`SKIPPING end-to-end suite: ${reason}`);
  return false;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/** Saves a full-page screenshot as test-artifacts/e2e/<name>.png and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path, fullPage: true });
  return path;
}
