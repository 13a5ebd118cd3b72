/**
 * A small seeded pseudo-random generator, so the demo fleet (churn, call loops, pids) replays the same
 * way for the same seed and tests can assert on it. Not for anything security related.
 */
export type Rng = () => number;

/** A Weyl sequence passed through a 32-bit finaliser: uniform enough for load-balancing simulations. */
export function seededRandom(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    z ^= z >>> 16;
    return (z >>> 0) / 4294967296;
  };
}

/** Java's `ThreadLocalRandom.nextInt(bound)` contract: an integer in [0, bound). */
export function randomInt(rng: Rng, bound: number): number {
  return Math.min(bound - 1, Math.floor(rng() * bound));
}

/** A child generator for one component, so components do not shift each other's sequences. */
export function forkRandom(rng: Rng): Rng {
  return seededRandom(Math.floor(rng() * 4294967296));
}
