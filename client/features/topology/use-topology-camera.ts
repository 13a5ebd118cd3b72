import { useReactFlow } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { RefObject } from 'react';
import type { Topology } from '@contract/topology.ts';
import { boundsOf, centreViewport, inView, placementViewport } from './camera.ts';
import type { Box, CanvasSize, ZoomLimits } from './camera.ts';
import type { LayoutState } from './layout/layout-state.ts';
import { nodeSize } from './node-size.ts';

export type CentreRequest = { id: string; seq: number };

type CameraInput = {
  container: RefObject<HTMLDivElement | null>;
  layout: LayoutState;
  topology: Topology;
  selectedId: string | undefined;
  centre: CentreRequest | undefined;
  limits: ZoomLimits;
  /** Below this zoom a fitted graph is unreadable: a selected node is centred instead. */
  readableZoom: number;
};

/**
 * The camera follows the graph until the operator takes it: every full placement fits the graph; while
 * the camera is still "automatic" (not panned or zoomed by hand since), a live change that puts a card
 * out of view, or the canvas getting narrower or wider (the side panel opening or closing), fits it
 * again. Once the operator has moved the camera it stays put, except that a resize never hides the
 * selected card. Searching for a node centres it, and keeps it centred while the panel opens. Answers the handler React Flow's `onMoveEnd` needs.
 */
export function useTopologyCamera({ container, layout, topology, selectedId, centre, limits, readableZoom }: CameraInput) {
  const flow = useReactFlow();
  const automatic = useRef(true);
  /** A node the operator searched for: kept centred through resizes until the camera moves otherwise. */
  const focused = useRef<string | undefined>(undefined);
  const placed = useRef(false);
  const sizes = useMemo(() => new Map(topology.nodes.map((node) => [node.id, nodeSize(node)])), [topology.nodes]);
  const positions = layout.kind === 'empty' ? undefined : layout.positions;
  const state = useRef({ positions, sizes, selectedId });
  state.current = { positions, sizes, selectedId };

  const boxOf = useCallback((id: string | undefined): Box | undefined => {
    const { positions: at, sizes: size } = state.current;
    const point = id ? at?.[id] : undefined;
    const box = id ? size.get(id) : undefined;
    return point && box ? { ...point, ...box } : undefined;
  }, []);
  const canvas = useCallback((): CanvasSize | undefined => {
    const element = container.current;
    return element && element.clientWidth > 0 && element.clientHeight > 0 ? { width: element.clientWidth, height: element.clientHeight } : undefined;
  }, [container]);
  const allBoxes = useCallback(() => {
    const { positions: at } = state.current;
    return Object.keys(at ?? {}).flatMap((id) => boxOf(id) ?? []);
  }, [boxOf]);

  const place = useCallback(
    (duration: number) => {
      const size = canvas();
      const graph = boundsOf(allBoxes());
      if (!size || !graph) return;
      placed.current = true;
      void flow.setViewport(placementViewport(graph, boxOf(state.current.selectedId), size, limits, readableZoom), { duration });
    },
    [canvas, allBoxes, boxOf, flow, limits, readableZoom],
  );

  const generation = layout.kind === 'empty' ? 0 : layout.generation;
  useEffect(() => {
    if (generation === 0) return;
    automatic.current = true;
    focused.current = undefined;
    place(placed.current ? 450 : 0);
    // Only a new full placement re-places the camera here; live changes are handled below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [generation]);

  // Live changes within one placement: the placement's own fit (above) already covers its first positions.
  const fittedGeneration = useRef(0);
  useEffect(() => {
    const fresh = fittedGeneration.current !== generation;
    fittedGeneration.current = generation;
    const size = canvas();
    if (fresh || !automatic.current || !placed.current || !size) return;
    const viewport = flow.getViewport();
    if (allBoxes().some((box) => !inView(box, viewport, size))) place(300);
  }, [positions, generation, canvas, allBoxes, flow, place]);

  useEffect(() => {
    const element = container.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    let frame = 0;
    let last = `${element.clientWidth}x${element.clientHeight}`;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const size = canvas();
        const key = `${element.clientWidth}x${element.clientHeight}`;
        if (!size || key === last || !placed.current) return;
        last = key;
        const viewport = flow.getViewport();
        const target = boxOf(focused.current);
        if (target) return void flow.setViewport(centreViewport(target, size, viewport.zoom), { duration: 200 });
        if (automatic.current) return place(200);
        const selected = boxOf(state.current.selectedId);
        if (selected && !inView(selected, viewport, size)) void flow.setViewport(centreViewport(selected, size, viewport.zoom), { duration: 200 });
      });
    });
    observer.observe(element);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [container, canvas, boxOf, flow, place]);

  const done = useRef(0);
  useEffect(() => {
    const size = canvas();
    const box = centre ? boxOf(centre.id) : undefined;
    if (!centre || centre.seq === done.current || !box || !size) return;
    done.current = centre.seq;
    automatic.current = false;
    focused.current = centre.id;
    void flow.setViewport(centreViewport(box, size, Math.max(flow.getViewport().zoom, 1)), { duration: 500 });
  }, [centre, positions, canvas, boxOf, flow]);

  // A move with an input event behind it is the operator's; the camera's own moves have none.
  return useCallback((event: MouseEvent | TouchEvent | null) => {
    if (!event) return;
    automatic.current = false;
    focused.current = undefined;
  }, []);
}
