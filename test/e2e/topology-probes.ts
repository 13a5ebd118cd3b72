// Probes of the topology canvas for its e2e suite: layout state, cards in view, centring, line breaks,
// node positions and visibility, read from the page as a person would see them.

import type { Page } from 'playwright-core';

export async function layoutSettled(page: Page): Promise<void> {
  await page.locator('[data-testid="topology-canvas"][data-layout="elk"]').waitFor();
}

/** The cards drawn (even partly) outside the canvas, or under the side panel. */
export async function cardsOutOfView(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const canvas = document.querySelector('[data-testid="topology-canvas"]')!.getBoundingClientRect();
    const panel = document.querySelector('aside')?.getBoundingClientRect();
    const out: string[] = [];
    for (const card of document.querySelectorAll<HTMLElement>('.react-flow__node')) {
      const r = card.getBoundingClientRect();
      const inside = r.left >= canvas.left - 1 && r.top >= canvas.top - 1 && r.right <= canvas.right + 1 && r.bottom <= canvas.bottom + 1;
      const covered = panel !== undefined && r.right > panel.left && r.left < panel.right && r.bottom > panel.top && r.top < panel.bottom;
      if (!inside || covered) out.push(card.dataset['id'] ?? '?');
    }
    return out;
  });
}

/** How far (px) a card's centre is from the canvas' centre. */
export async function centreOffset(page: Page, card: ReturnType<Page['getByRole']>): Promise<number> {
  const canvas = await page.getByTestId('topology-canvas').boundingBox();
  const box = await card.boundingBox();
  if (!canvas || !box) return Number.POSITIVE_INFINITY;
  return Math.hypot(box.x + box.width / 2 - (canvas.x + canvas.width / 2), box.y + box.height / 2 - (canvas.y + canvas.height / 2));
}

/** For each line break inside an element's text, the character just before it. */
export async function lineBreaksOf(element: ReturnType<Page['getByRole']>): Promise<string[]> {
  return element.evaluate((el) => {
    const breaks: string[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const chars: { char: string; top: number }[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let i = 0; i < (node.textContent ?? '').length; i += 1) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        chars.push({ char: node.textContent!.charAt(i), top: range.getBoundingClientRect().top });
      }
    }
    for (let i = 1; i < chars.length; i += 1) if (chars[i]!.top > chars[i - 1]!.top + 2) breaks.push(chars[i - 1]!.char);
    return breaks;
  });
}

export function appNode(page: Page, name: string) {
  return page.getByRole('group', { name: `Application ${name}`, exact: true });
}

/** The canvas transform of each node: layout stability means these do not move when others come and go. */
export async function nodePositions(page: Page, apps: readonly string[]): Promise<Record<string, string>> {
  const positions: Record<string, string> = {};
  for (const app of apps) positions[app] = (await page.getByTestId(`rf__node-app:${app}`).evaluate((el) => (el as HTMLElement).style.transform)) ?? '';
  return positions;
}

/** Waits, on every animation frame, for a node to be (or no longer be) on the canvas; for timing only. */
export async function nodeShown(page: Page, id: string, shown: boolean, timeoutMs: number): Promise<void> {
  await page.waitForFunction(
    ({ id, shown }) => (document.querySelector(`[data-id="${CSS.escape(id)}"].react-flow__node`) !== null) === shown,
    { id, shown },
    { polling: 'raf', timeout: timeoutMs },
  );
}
