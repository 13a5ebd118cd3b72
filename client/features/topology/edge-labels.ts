/**
 * Where each call's "N services" label sits along its curve, pure. The midpoint is the natural place,
 * but calls fanning out of one card have their midpoints a few pixels apart and the labels would
 * stack ("2 services" under "1 service"); each label slides along its own curve to the first spot
 * that neither covers a label placed before it nor a card. Deterministic: edges are taken in id order.
 */
import type { Box } from './camera.ts';

export type LabelledEdge = { id: string; source: string; target: string; label: string | undefined };

/** Spots tried along the curve, as the Bézier parameter: the middle first, then outwards. */
const SPOTS = [0.5, 0.38, 0.62, 0.28, 0.72, 0.2, 0.8];
const LABEL_HEIGHT = 18;
const CHAR_WIDTH = 6.2;
const LABEL_PADDING = 18;
const GAP = 3;

export function labelWidth(text: string): number {
  return Math.ceil(text.length * CHAR_WIDTH + LABEL_PADDING);
}

/** A point of the curve React Flow draws from a right-side handle to a left-side handle. */
export function curvePoint(sx: number, sy: number, tx: number, ty: number, t: number): { x: number; y: number } {
  const offset = controlOffset(tx - sx);
  const [c1x, c1y, c2x, c2y] = [sx + offset, sy, tx - offset, ty];
  const u = 1 - t;
  const x = u * u * u * sx + 3 * u * u * t * c1x + 3 * u * t * t * c2x + t * t * t * tx;
  const y = u * u * u * sy + 3 * u * u * t * c1y + 3 * u * t * t * c2y + t * t * t * ty;
  return { x, y };
}

/** React Flow's default Bézier control distance (curvature 0.25). */
function controlOffset(distance: number): number {
  return distance >= 0 ? 0.5 * distance : 0.25 * 25 * Math.sqrt(-distance);
}

/** Edge id → the curve parameter of its label; edges without a label or a placed end are left out. */
export function placeEdgeLabels(edges: readonly LabelledEdge[], boxes: ReadonlyMap<string, Box>): Map<string, number> {
  const placed = new BoxGrid();
  const cards = new BoxGrid();
  for (const box of boxes.values()) cards.add(box);
  const spots = new Map<string, number>();
  for (const edge of [...edges].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const from = boxes.get(edge.source);
    const to = boxes.get(edge.target);
    if (!edge.label || !from || !to) continue;
    const width = labelWidth(edge.label);
    const sx = from.x + from.width;
    const sy = from.y + from.height / 2;
    const tx = to.x;
    const ty = to.y + to.height / 2;
    const rectAt = (t: number): Box => {
      const point = curvePoint(sx, sy, tx, ty, t);
      return { x: point.x - width / 2, y: point.y - LABEL_HEIGHT / 2, width, height: LABEL_HEIGHT };
    };
    const free = SPOTS.find((t) => {
      const rect = rectAt(t);
      return !placed.hits(rect) && !cards.hits(rect);
    });
    const t = free ?? SPOTS.find((spot) => !placed.hits(rectAt(spot))) ?? 0.5;
    placed.add(rectAt(t));
    spots.set(edge.id, t);
  }
  return spots;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width + GAP && b.x < a.x + a.width + GAP && a.y < b.y + b.height + GAP && b.y < a.y + a.height + GAP;
}

const CELL = 256;

/** Boxes bucketed by a coarse grid, so a fleet of 2,000 labels is not a quadratic scan. */
class BoxGrid {
  private readonly cells = new Map<string, Box[]>();

  add(box: Box): void {
    for (const key of cellsOf(box)) {
      const cell = this.cells.get(key);
      if (cell) cell.push(box);
      else this.cells.set(key, [box]);
    }
  }

  hits(box: Box): boolean {
    for (const key of cellsOf(box)) if (this.cells.get(key)?.some((other) => overlaps(box, other))) return true;
    return false;
  }
}

function cellsOf(box: Box): string[] {
  const keys: string[] = [];
  for (let cx = Math.floor((box.x - GAP) / CELL); cx <= Math.floor((box.x + box.width + GAP) / CELL); cx += 1) {
    for (let cy = Math.floor((box.y - GAP) / CELL); cy <= Math.floor((box.y + box.height + GAP) / CELL); cy += 1) keys.push(`${cx},${cy}`);
  }
  return keys;
}
