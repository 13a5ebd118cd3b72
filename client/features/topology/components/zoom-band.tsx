import { useStore } from '@xyflow/react';
import type { ReactFlowState } from '@xyflow/react';
import { useLayoutEffect } from 'react';
import type { RefObject } from 'react';

/** Below this zoom cards drop shadows, icons and detail lines (unreadable there, costly to paint). */
export const FAR_ZOOM = 0.4;
/** Below this zoom a card is a coloured box with its name only. */
export const TINY_ZOOM = 0.2;

const zoomBand = (state: ReactFlowState): 'near' | 'far' | 'tiny' => {
  const zoom = state.transform[2];
  return zoom < TINY_ZOOM ? 'tiny' : zoom < FAR_ZOOM ? 'far' : 'near';
};

/** Writes the zoom band onto the container (`data-zoom`); re-renders only when the band changes. */
export function ZoomBand({ target }: { target: RefObject<HTMLDivElement | null> }) {
  const band = useStore(zoomBand);
  useLayoutEffect(() => {
    target.current?.setAttribute('data-zoom', band);
  }, [band, target]);
  return null;
}
