/**
 * SSE event ids: `<epoch>-<revision>`. Revisions start over in every console process, so the
 * epoch (random per process) is what lets a stream tell a resuming client of its own from one
 * coming back from a restarted console or from another replica behind a load balancer. Pure.
 */

export interface EventId {
  readonly epoch: string;
  readonly revision: number;
}

/** What to do for a client that (re)connects with a Last-Event-ID. */
export type ResumeDecision =
  | { readonly kind: 'fresh' } // no id: a first connection, nothing to make up for
  | { readonly kind: 'replay'; readonly after: number } // replay buffered events with revision > after
  | { readonly kind: 'resync' }; // foreign, unknown or too old: the client must refetch everything

const EPOCH = /^[A-Za-z0-9]{1,32}$/;

export function formatEventId(epoch: string, revision: number): string {
  return `${epoch}-${revision}`;
}

/** Parses an id this format produced; anything else (legacy bare revisions included) is undefined. */
export function parseEventId(text: string): EventId | undefined {
  const dash = text.lastIndexOf('-');
  if (dash <= 0) return undefined;
  const epoch = text.slice(0, dash);
  const digits = text.slice(dash + 1);
  if (!EPOCH.test(epoch) || !/^\d{1,15}$/.test(digits)) return undefined;
  return { epoch, revision: Number(digits) };
}

export interface ResumeState {
  readonly epoch: string;
  readonly revision: number;
  /** Revision of the oldest buffered change event; undefined when the buffer is empty. */
  readonly oldestBuffered: number | undefined;
}

/**
 * Replay only when the id is ours and every change after it is still buffered (revisions
 * advance by one per change event); an id from the future cannot be ours either.
 */
export function decideResume(lastEventId: string | undefined, state: ResumeState): ResumeDecision {
  if (lastEventId === undefined || lastEventId === '') return { kind: 'fresh' };
  const id = parseEventId(lastEventId);
  if (!id || id.epoch !== state.epoch || id.revision > state.revision) return { kind: 'resync' };
  if (id.revision === state.revision) return { kind: 'replay', after: id.revision };
  const oldest = state.oldestBuffered;
  if (oldest === undefined || oldest > id.revision + 1) return { kind: 'resync' };
  return { kind: 'replay', after: id.revision };
}
