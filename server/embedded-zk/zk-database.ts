// The replicated state of a ZooKeeper server, minus the replication: the tree, the watches and
// the zxid counter. Every transaction (successful or not) consumes exactly one zxid, as
// ZooKeeper logs failed writes as error transactions.

import { DataTree } from './data-tree.ts';
import type { Clock } from './session-tracker.ts';
import { Transaction } from './transaction.ts';
import { WatchManager } from './watch-manager.ts';

export class ZkDatabase {
  readonly tree = new DataTree();
  readonly watches = new WatchManager();
  private zxid: bigint;

  /**
   * @param epoch high 32 bits of every zxid. A fresh ZooKeeper starts at epoch 0; a restarted
   *   in-memory server should use a larger epoch so clients that saw the old zxids are told their
   *   session expired instead of being refused forever.
   */
  constructor(
    private readonly clock: Clock,
    epoch = 0,
  ) {
    this.zxid = BigInt(epoch) << 32n;
  }

  get lastZxid(): bigint {
    return this.zxid;
  }

  /**
   * Runs `body` as one transaction. Any error rolls the tree back and is rethrown (the zxid stays
   * consumed, as for ZooKeeper's error transactions); on success the watches of the recorded
   * changes fire before returning.
   */
  transact<T>(body: (txn: Transaction) => T): T {
    this.zxid += 1n;
    const txn = new Transaction(this.zxid, this.clock.now());
    try {
      const result = body(txn);
      txn.publish(this.watches);
      return result;
    } catch (error) {
      txn.rollback();
      throw error;
    }
  }
}
