import { useEffect, useRef } from 'react';

/**
 * A performance mark once `ready` first holds and the frame is painted (read by the benchmark):
 * `topology:nodes-painted` (first picture, possibly the quick placement), `topology:layout-painted`
 * (ELK's positions on screen).
 */
export function usePaintedMark(ready: boolean, name: string) {
  const marked = useRef(false);
  useEffect(() => {
    if (!ready || marked.current) return;
    marked.current = true;
    requestAnimationFrame(() => requestAnimationFrame(() => performance.mark(name)));
  }, [ready, name]);
}
