// Small probes the e2e files share: timing an action, proving that what changed on screen came live,
// without a reload of the document, and finding a table's row by what it shows.

import type { Locator, Page } from 'playwright-core';

type MarkedWindow = { e2eMarker?: string };

export async function timed(action: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await action();
  return Math.round(performance.now() - started);
}

/** Marks the current document; a reload would lose the mark. */
export async function markDocument(page: Page): Promise<string> {
  const marker = `e2e-${Math.random().toString(36).slice(2)}`;
  await page.evaluate((value) => {
    (window as unknown as MarkedWindow).e2eMarker = value;
  }, marker);
  return marker;
}

export function sameDocument(page: Page, marker: string): Promise<boolean> {
  return page.evaluate((value) => (window as unknown as MarkedWindow).e2eMarker === value, marker);
}

/** The body row of `table` that shows `text` somewhere in it. */
export function rowWith(table: Locator, text: string | RegExp): Locator {
  return table.locator('tbody').getByRole('row').filter({ hasText: text });
}

/** The header's registry status group (Connected, Disconnected, Unreachable…). */
export function registryStatus(page: Page): Locator {
  return page.getByRole('banner').getByRole('group', { name: 'Registry status' });
}
