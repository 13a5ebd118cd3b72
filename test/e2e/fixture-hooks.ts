// The hooks every e2e fixture shares: a page that records its uncaught errors, a screenshot of a
// failed test and a failure for any test during which the page threw, and stopping everything a
// fixture started even when one stop fails.

import type { Page } from 'playwright-core';
import { afterEach, expect } from 'vitest';
import { saveScreenshot } from '../support/chromium.ts';

/** Starts recording `page`'s uncaught errors into `errors`. */
export function recordPageErrors(page: Page, errors: string[]): void {
  page.on('pageerror', (error) => errors.push(`${error.name}: ${error.message}`));
}

/** After each test: screenshot `FAILED-<name>-<test>` when it failed; fail it when the page threw. */
export function guardEachTest(name: string, page: () => Page | undefined, errors: string[]): void {
  afterEach(async ({ task }) => {
    const current = page();
    if (task.result?.state === 'fail' && current) {
      await saveScreenshot(current, `FAILED-${name}-${task.name.replace(/[^a-z0-9]+/gi, '-')}`).catch(() => undefined);
    }
    expect(errors.splice(0), 'uncaught errors in the page').toEqual([]);
  });
}

/** Runs every stop in order; the failures, if any, are thrown together at the end. */
export async function stopAll(stops: ReadonlyArray<() => unknown>): Promise<void> {
  const failures: unknown[] = [];
  for (const stop of stops) {
    try {
      await stop();
    } catch (error) {
      failures.push(error);
    }
  }
  if (failures.length > 0) throw new AggregateError(failures, 'stopping the e2e fixtures failed');
}
