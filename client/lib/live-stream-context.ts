import { createContext, useContext } from 'react';
import type { LiveStreamStatus } from './live-event-stream.ts';

/**
 * The shell owns the one event stream; pages that must show staleness next to their own content
 * (the topology canvas) read its status from here instead of opening a second stream.
 */
export const LiveStreamContext = createContext<LiveStreamStatus>('connecting');

export function useLiveStreamStatus(): LiveStreamStatus {
  return useContext(LiveStreamContext);
}
