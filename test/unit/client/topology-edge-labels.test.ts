import { getBezierPath, Position } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import type { Box } from '../../../client/features/topology/camera.ts';
import { curvePoint, labelWidth, placeEdgeLabels } from '../../../client/features/topology/edge-labels.ts';

const card = (x: number, y: number): Box => ({ x, y, width: 232, height: 76 });

function labelRect(boxes: Map<string, Box>, edge: { source: string; target: string; label: string }, t: number): Box {
  const from = boxes.get(edge.source)!;
  const to = boxes.get(edge.target)!;
  const point = curvePoint(from.x + from.width, from.y + from.height / 2, to.x, to.y + to.height / 2, t);
  const width = labelWidth(edge.label);
  return { x: point.x - width / 2, y: point.y - 9, width, height: 18 };
}

const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('edge label placement', () => {
  it("puts the label where React Flow's own curve has its middle", () => {
    const [, midX, midY] = getBezierPath({ sourceX: 10, sourceY: 40, targetX: 400, targetY: 160, sourcePosition: Position.Right, targetPosition: Position.Left });
    const point = curvePoint(10, 40, 400, 160, 0.5);
    expect(point.x).toBeCloseTo(midX);
    expect(point.y).toBeCloseTo(midY);
  });

  it('keeps a lone call label in the middle', () => {
    const boxes = new Map([['a', card(0, 0)], ['b', card(400, 0)]]);
    expect(placeEdgeLabels([{ id: 'a->b', source: 'a', target: 'b', label: '1 service' }], boxes)).toEqual(new Map([['a->b', 0.5]]));
  });

  // Calls that cross (order → notification under gateway → pricing) have their middles on one spot.
  it('slides the labels of crossing calls apart instead of stacking them', () => {
    const boxes = new Map([['gateway', card(0, 0)], ['order', card(0, 106)], ['pricing', card(660, 106)], ['notification', card(660, 0)], ['audit', card(660, 212)]]);
    const edges = [
      { id: 'gateway->pricing', source: 'gateway', target: 'pricing', label: '1 service' },
      { id: 'order->notification', source: 'order', target: 'notification', label: '2 services' },
      { id: 'order->audit', source: 'order', target: 'audit', label: '1 service' },
    ];
    const spots = placeEdgeLabels(edges, boxes);
    const rects = edges.map((edge) => labelRect(boxes, edge, spots.get(edge.id)!));
    for (const [i, a] of rects.entries()) for (const b of rects.slice(i + 1)) expect(overlap(a, b)).toBe(false);
    // Without sliding, the middles would have collided.
    const middles = edges.map((edge) => labelRect(boxes, edge, 0.5));
    expect(middles.some((a, i) => middles.slice(i + 1).some((b) => overlap(a, b)))).toBe(true);
  });

  it('leaves out calls without a label or with an end not yet placed', () => {
    const boxes = new Map([['a', card(0, 0)]]);
    expect(placeEdgeLabels([{ id: 'a->b', source: 'a', target: 'b', label: '1 service' }, { id: 'a->a', source: 'a', target: 'a', label: undefined }], boxes).size).toBe(0);
  });
});
