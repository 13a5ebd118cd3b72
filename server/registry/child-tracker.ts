/**
 * Which children of each watched parent the mirror already follows in the current generation. A listing
 * asks only about its own parent (no scan of every tracked path) and learns which children are new; the
 * ones no longer listed stop being tracked, so a child that comes back later is read afresh. Pure.
 */
export class ChildTracker {
  private readonly byParent = new Map<string, Set<string>>();

  /** Records `children` as the current listing of `parent`; answers those not tracked before, in order. */
  track(parent: string, children: readonly string[]): string[] {
    const before = this.byParent.get(parent);
    const now = new Set(children);
    if (now.size === 0) this.byParent.delete(parent);
    else this.byParent.set(parent, now);
    return [...now].filter((child) => !before?.has(child));
  }

  /** Whether `child` of `parent` is tracked. */
  has(parent: string, child: string): boolean {
    return this.byParent.get(parent)?.has(child) ?? false;
  }

  /** Stops tracking one child (its node was found gone), so the parent's next listing reads it afresh. */
  forget(parent: string, child: string): void {
    const children = this.byParent.get(parent);
    if (!children?.delete(child)) return;
    if (children.size === 0) this.byParent.delete(parent);
  }

  /** Forgets everything (a new generation starts from nothing). */
  clear(): void {
    this.byParent.clear();
  }
}
