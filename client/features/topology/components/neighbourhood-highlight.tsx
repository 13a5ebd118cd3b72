import { useMemo, useSyncExternalStore } from 'react';
import type { Topology } from '@contract/topology.ts';
import { highlightCss } from '../highlight-style.ts';
import { neighbourhoodOf } from '../neighbourhood.ts';

/** The hovered node, outside React state: only the highlight subscribes to it. */
export type HoverStore = { get: () => string | undefined; set: (id: string | undefined) => void; subscribe: (listener: () => void) => () => void };

export function createHoverStore(): HoverStore {
  let hovered: string | undefined;
  const listeners = new Set<() => void>();
  return {
    get: () => hovered,
    set(id) {
      if (id === hovered) return;
      hovered = id;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

type HighlightProps = { scope: string; edges: Topology['edges']; selectedId: string | undefined; hover: HoverStore };

/** The lit neighbourhood (hovered, else selected) as one <style>; the only thing hover re-renders. */
export function NeighbourhoodHighlight({ scope, edges, selectedId, hover }: HighlightProps) {
  const hoveredId = useSyncExternalStore(hover.subscribe, hover.get, hover.get);
  const litId = hoveredId ?? selectedId;
  const css = useMemo(() => highlightCss(scope, neighbourhoodOf(edges, litId)), [scope, edges, litId]);
  return css ? <style>{css}</style> : null;
}
