import type { Release } from '@contract/releases.ts';
import type { WriteFlowPolicy } from '../../lib/write-flow/write-flow.ts';

/**
 * A release move on the shared write flow (lib/write-flow): no dry run (the release page already shows
 * what the step does), confirm with a reason → write → pending until the release page's own data shows
 * the moved state (`moveReached`). No refusal is overruled by a second question: the server's 409s are
 * final and shown as they are.
 */
export const releaseMoveFlowPolicy: WriteFlowPolicy<Release, never> = {
  previews: false,
  confirmationFor: () => undefined,
  unchanged: () => false,
};
