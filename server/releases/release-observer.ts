/**
 * What the release use cases tell an observer (the console's metrics, server/telemetry/) each time this
 * console moves a release: the timeline entry it stored (from, to, cause). Only moves that were written are
 * reported, once, by the replica that wrote them — so summing over replicas counts each move once.
 */
import type { ReleaseTransition } from '../contract/releases.ts';

export interface ReleaseObserver {
  transition(entry: ReleaseTransition): void;
}
