/**
 * Where the topology's camera should be, pure: fit a set of boxes into the canvas, centre one box,
 * and tell whether everything is in view. React Flow's viewport convention: a point p of the graph
 * is drawn at p × zoom + (x, y) inside the canvas.
 */
export type Box = { x: number; y: number; width: number; height: number };
export type Viewport = { x: number; y: number; zoom: number };
export type CanvasSize = { width: number; height: number };
export type ZoomLimits = { minZoom: number; maxZoom: number; padding: number };

export function boundsOf(boxes: Iterable<Box>): Box | undefined {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const box of boxes) {
    minX = Math.min(minX, box.x);
    minY = Math.min(minY, box.y);
    maxX = Math.max(maxX, box.x + box.width);
    maxY = Math.max(maxY, box.y + box.height);
  }
  return minX === Infinity ? undefined : { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/** The viewport showing all of `bounds`, `padding` (a fraction of the canvas) left around it. */
export function fitViewport(bounds: Box, canvas: CanvasSize, limits: ZoomLimits): Viewport {
  const room = 1 + 2 * limits.padding;
  const fit = Math.min(canvas.width / Math.max(bounds.width * room, 1), canvas.height / Math.max(bounds.height * room, 1));
  const zoom = clamp(fit, limits.minZoom, limits.maxZoom);
  return centreViewport(bounds, canvas, zoom);
}

export function centreViewport(box: Box, canvas: CanvasSize, zoom: number): Viewport {
  return { x: canvas.width / 2 - (box.x + box.width / 2) * zoom, y: canvas.height / 2 - (box.y + box.height / 2) * zoom, zoom };
}

/** Whether `box` is drawn entirely inside the canvas (a pixel of slack for rounding). */
export function inView(box: Box, viewport: Viewport, canvas: CanvasSize): boolean {
  const left = box.x * viewport.zoom + viewport.x;
  const top = box.y * viewport.zoom + viewport.y;
  const right = left + box.width * viewport.zoom;
  const bottom = top + box.height * viewport.zoom;
  return left >= -1 && top >= -1 && right <= canvas.width + 1 && bottom <= canvas.height + 1;
}

/**
 * The camera after a placement: the whole graph fitted — unless that makes cards unreadably small
 * (below `readableZoom`) and a node is selected, then that node centred at zoom 1.
 */
export function placementViewport(graph: Box, selected: Box | undefined, canvas: CanvasSize, limits: ZoomLimits, readableZoom: number): Viewport {
  const fitted = fitViewport(graph, canvas, limits);
  if (!selected || fitted.zoom >= readableZoom) return fitted;
  return centreViewport(selected, canvas, Math.min(1, limits.maxZoom));
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
