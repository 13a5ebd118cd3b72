import { describe, expect, it } from 'vitest';
import { boundsOf, centreViewport, fitViewport, inView, placementViewport } from '../../../client/features/topology/camera.ts';

const limits = { padding: 0.1, minZoom: 0.05, maxZoom: 1 };

describe('the topology camera', () => {
  it('bounds a set of boxes, and answers nothing for none', () => {
    expect(boundsOf([{ x: 0, y: 10, width: 100, height: 50 }, { x: 300, y: -20, width: 240, height: 56 }])).toEqual({ x: 0, y: -20, width: 540, height: 80 });
    expect(boundsOf([])).toBeUndefined();
  });

  it('fits a graph wider than the canvas, centred, with padding, and never zooms past maxZoom', () => {
    const canvas = { width: 1000, height: 800 };
    const wide = fitViewport({ x: 0, y: 0, width: 2400, height: 400 }, canvas, limits);
    expect(wide.zoom).toBeCloseTo(1000 / (2400 * 1.2));
    expect(inView({ x: 0, y: 0, width: 2400, height: 400 }, wide, canvas)).toBe(true);
    expect(wide.x + 1200 * wide.zoom).toBeCloseTo(500);
    expect(fitViewport({ x: 0, y: 0, width: 200, height: 60 }, canvas, limits).zoom).toBe(1);
  });

  it('tells a box cut off at the edge from one in view', () => {
    const canvas = { width: 800, height: 600 };
    const viewport = { x: 0, y: 0, zoom: 1 };
    expect(inView({ x: 10, y: 10, width: 232, height: 76 }, viewport, canvas)).toBe(true);
    expect(inView({ x: 700, y: 10, width: 232, height: 76 }, viewport, canvas)).toBe(false);
    expect(inView({ x: 700, y: 10, width: 232, height: 76 }, { x: -200, y: 0, zoom: 1 }, canvas)).toBe(true);
  });

  it('centres a service card by its own size, not an application card\'s', () => {
    const service = { x: 100, y: 100, width: 240, height: 56 };
    expect(centreViewport(service, { width: 1000, height: 600 }, 1)).toEqual({ x: 500 - 220, y: 300 - 128, zoom: 1 });
  });

  it('fits the whole graph after a placement, unless that is unreadable and a node is selected', () => {
    const canvas = { width: 1000, height: 800 };
    const small = { x: 0, y: 0, width: 900, height: 300 };
    const selected = { x: 600, y: 100, width: 232, height: 76 };
    expect(placementViewport(small, selected, canvas, limits, 0.4)).toEqual(fitViewport(small, canvas, limits));
    const huge = { x: 0, y: 0, width: 30_000, height: 20_000 };
    expect(placementViewport(huge, selected, canvas, limits, 0.4)).toEqual(centreViewport(selected, canvas, 1));
    expect(placementViewport(huge, undefined, canvas, limits, 0.4)).toEqual(fitViewport(huge, canvas, limits));
  });
});
