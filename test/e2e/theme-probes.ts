// Probes of the painted colours for the theme suite: the page's background and text, every visible
// text's contrast against what it really sits on (translucent layers composited), and the topology's
// canvas, edges, cards, minimap and controls. Colour maths (WCAG relative luminance, contrast) in Node.

import type { Page } from 'playwright-core';

type Rgba = readonly [number, number, number, number];

function parse(colour: string): Rgba {
  const match = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(colour.trim());
  if (!match) throw new Error(`not an rgb() colour: ${colour}`);
  return [Number(match[1]), Number(match[2]), Number(match[3]), match[4] === undefined ? 1 : Number(match[4])];
}

/** `top` painted over the opaque `under`. */
function over(top: Rgba, under: Rgba): Rgba {
  const a = top[3];
  return [top[0] * a + under[0] * (1 - a), top[1] * a + under[1] * (1 - a), top[2] * a + under[2] * (1 - a), 1];
}

function relativeLuminance([r, g, b]: Rgba): number {
  const channel = (value: number): number => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG relative luminance of a CSS rgb()/rgba() colour (0 black … 1 white). */
export function luminance(colour: string): number {
  return relativeLuminance(parse(colour));
}

/** WCAG contrast ratio of two opaque colours (1 … 21). */
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

function css([r, g, b]: Rgba): string {
  return `rgb(${Math.round(r)}, ${Math.round(g)}, ${Math.round(b)})`;
}

/** Layers from the element up to <html>; the first opaque one ends the stack. */
function composite(layers: readonly string[]): Rgba {
  let colour: Rgba = [255, 255, 255, 1];
  for (const layer of [...layers].reverse()) colour = over(parse(layer), colour);
  return colour;
}

interface TextSample {
  readonly what: string;
  readonly colour: string;
  readonly layers: string[];
  readonly large: boolean;
}

export interface PaintedColours {
  readonly page: string;
  readonly text: string;
  readonly heading: string;
  /** Visible texts below WCAG AA against what they sit on. */
  readonly lowContrast: string[];
}

export async function paintedColours(page: Page): Promise<PaintedColours> {
  const sampled = await page.evaluate(() => {
    const root = getComputedStyle(document.documentElement);
    const heading = document.querySelector('h1');
    const samples: TextSample[] = [];
    const shown = (element: Element): boolean => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < window.innerHeight * 3;
    };
    for (const element of document.querySelectorAll('body *')) {
      const own = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '');
      if (!own || !shown(element) || element.closest('svg, [aria-hidden="true"], .visually-hidden, option')) continue;
      const layers: string[] = [];
      let opacity = 1;
      for (let at: Element | null = element; at; at = at.parentElement) {
        const style = getComputedStyle(at);
        opacity *= Number(style.opacity);
        if (style.backgroundColor !== 'rgba(0, 0, 0, 0)') layers.push(style.backgroundColor);
        if (style.backgroundColor.startsWith('rgb(')) break;
      }
      // Disabled controls and stale (dimmed) data are exempt; they are meant to recede.
      if (opacity < 1 || element.closest(':disabled')) continue;
      const style = getComputedStyle(element);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      const what = `<${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}"> "${(element.textContent ?? '').trim().slice(0, 40)}"`;
      samples.push({ what, colour: style.color, layers, large });
      if (samples.length >= 400) break;
    }
    return { page: root.backgroundColor, text: root.color, heading: heading ? getComputedStyle(heading).color : root.color, samples };
  });
  const lowContrast = sampled.samples.flatMap((sample) => {
    const on = css(composite(sample.layers));
    const colour = css(over(parse(sample.colour), parse(on)));
    const ratio = contrast(colour, on);
    return ratio >= (sample.large ? 3 : 4.5) ? [] : [`${sample.what}: ${colour} on ${on} = ${ratio.toFixed(2)}`];
  });
  return { page: sampled.page, text: sampled.text, heading: sampled.heading, lowContrast };
}

export interface TopologyColours {
  readonly canvas: string;
  readonly edge: string;
  readonly card: string;
  readonly cardBorder: string;
  readonly cardText: string;
  readonly minimap: string;
  readonly minimapNodes: string[];
  readonly controls: string;
}

export function topologyColours(page: Page): Promise<TopologyColours> {
  return page.evaluate(() => {
    const style = (selector: string): CSSStyleDeclaration => {
      const element = document.querySelector(selector);
      if (!element) throw new Error(`nothing matches ${selector}`);
      return getComputedStyle(element);
    };
    const card = document.querySelector('.react-flow__node [class*="card"]');
    if (!card) throw new Error('no node card drawn');
    const name = card.querySelector('[class*="name"]') ?? card;
    return {
      canvas: style('[data-testid="topology-canvas"]').backgroundColor,
      edge: style('.react-flow__edge-path').stroke,
      card: getComputedStyle(card).backgroundColor,
      cardBorder: getComputedStyle(card).borderTopColor,
      cardText: getComputedStyle(name).color,
      minimap: style('.react-flow__minimap').backgroundColor,
      minimapNodes: [...document.querySelectorAll('.react-flow__minimap-node')].slice(0, 20).map((node) => getComputedStyle(node).fill),
      controls: style('.react-flow__controls-button').backgroundColor,
    };
  });
}
