// One write transaction: the zxid and timestamp it runs under, the undo log that lets a failed
// multi leave the tree untouched, and the ordered list of changes whose watches fire only once
// the whole transaction has succeeded.

import type { Undo } from './data-tree.ts';
import type { WatchManager } from './watch-manager.ts';

type Change =
  | { readonly kind: 'created'; readonly path: string }
  | { readonly kind: 'deleted'; readonly path: string }
  | { readonly kind: 'dataChanged'; readonly path: string };

export class Transaction {
  private undos: Undo[] = [];
  private changes: Change[] = [];

  constructor(
    readonly zxid: bigint,
    readonly time: number,
  ) {}

  record(undo: Undo, change?: Change): void {
    this.undos.push(undo);
    if (change !== undefined) this.changes.push(change);
  }

  /** Restores the tree to its state before the transaction and forgets the pending events. */
  rollback(): void {
    for (const undo of this.undos.reverse()) undo();
    this.undos = [];
    this.changes = [];
  }

  /** Fires the watches of every change, in the order the changes were made. */
  publish(watches: WatchManager): void {
    for (const change of this.changes) {
      if (change.kind === 'created') watches.nodeCreated(change.path);
      else if (change.kind === 'deleted') watches.nodeDeleted(change.path);
      else watches.nodeDataChanged(change.path);
    }
    this.undos = [];
    this.changes = [];
  }
}
