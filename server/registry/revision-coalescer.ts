/**
 * The mirror's current snapshot and the draft of its next revision. Changes are committed at most every
 * coalesceMs, and none while held: a resync builds its whole result in the draft, which is committed in one
 * revision on release (marked "everything changed"). Each commit is published with what it changed, resolved
 * for clients. Owns the coalescing timer; `stop()` clears it.
 */
import type { RegistryChange } from '../contract/registry-event.ts';
import { emptySnapshot, type RegistrySnapshot } from './registry-snapshot.ts';
import { resolveChange } from './resolve-change.ts';
import { SnapshotDraft } from './snapshot-draft.ts';

export type ChangeListener = (snapshot: RegistrySnapshot, change: RegistryChange) => void;

export class RevisionCoalescer {
  private current: RegistrySnapshot;
  private next: SnapshotDraft;
  private timer: NodeJS.Timeout | undefined;
  private held = false;
  private readonly listeners = new Set<ChangeListener>();

  constructor(
    root: string,
    private readonly now: () => Date,
    private readonly coalesceMs: number,
  ) {
    this.current = emptySnapshot(root);
    this.next = new SnapshotDraft(this.current, now);
  }

  get snapshot(): RegistrySnapshot {
    return this.current;
  }

  /** Where changes go; a new draft after every commit, so read it each time. */
  get draft(): SnapshotDraft {
    return this.next;
  }

  onChange(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The draft changed: commit within coalesceMs unless held. */
  changed(): void {
    if (this.held || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (!this.held) this.commit();
    }, this.coalesceMs);
  }

  /** Commits nothing until `release()`. */
  hold(): void {
    this.held = true;
  }

  /** Commits everything drafted since `hold()` as one revision that tells clients to refetch everything. */
  release(): void {
    this.held = false;
    this.next.markAll();
    this.commit();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private commit(): void {
    const committed = this.next.commit();
    if (!committed) return;
    const before = this.current;
    this.current = committed.snapshot;
    this.next = new SnapshotDraft(this.current, this.now);
    const change = resolveChange(before, this.current, committed.change);
    for (const listener of this.listeners) listener(this.current, change);
  }
}
