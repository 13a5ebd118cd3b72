// Who leads an election held with ephemeral sequential nodes: the candidate with the lowest sequence
// number. Every other candidate watches only the one just ahead of it, so a leader's death wakes one
// replica, not all of them (ZooKeeper's leader-election recipe). Pure: a function of a child listing.

export const CANDIDATE_PREFIX = 'candidate-';

/** ZooKeeper appends a ten-digit, zero-padded counter to a sequential node's name. */
const SEQUENCE = /^candidate-(\d{10,})$/;

export type CandidateStanding =
  | { readonly kind: 'leader' }
  | { readonly kind: 'follower'; readonly predecessor: string; readonly position: number }
  | { readonly kind: 'absent' };

/** Candidates in election order; names that are not candidates (a stray node) are ignored. */
export function orderCandidates(children: readonly string[]): string[] {
  return children
    .map((name) => ({ name, sequence: SEQUENCE.exec(name)?.[1] }))
    .filter((c): c is { name: string; sequence: string } => c.sequence !== undefined)
    .sort((a, b) => (BigInt(a.sequence) < BigInt(b.sequence) ? -1 : BigInt(a.sequence) > BigInt(b.sequence) ? 1 : 0))
    .map((c) => c.name);
}

/** Where `mine` (a child name) stands among `children`: leading, behind a predecessor, or gone. */
export function candidateStanding(children: readonly string[], mine: string): CandidateStanding {
  const order = orderCandidates(children);
  const position = order.indexOf(mine);
  if (position < 0) return { kind: 'absent' };
  if (position === 0) return { kind: 'leader' };
  return { kind: 'follower', predecessor: order[position - 1]!, position };
}
