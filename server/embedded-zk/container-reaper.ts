// Deletes empty containers (CreateMode.CONTAINER), like ZooKeeper's ContainerManager: a
// container is reaped once it has had at least one child and is empty again; a never-used one
// only after maxNeverUsedIntervalMs (0 = never, the 3.8 default). Each deletion is its own
// transaction and fires the usual NodeDeleted/NodeChildrenChanged watches.

import { ErrorCode, KeeperError } from './error-codes.ts';
import { systemClock, systemScheduler, type Clock, type Scheduler } from './session-tracker.ts';
import type { ZkDatabase } from './zk-database.ts';

export interface ContainerReaperOptions {
  readonly db: ZkDatabase;
  readonly intervalMs: number;
  readonly maxNeverUsedIntervalMs: number;
  readonly clock?: Clock | undefined;
  readonly scheduler?: Scheduler | undefined;
}

export class ContainerReaper {
  private timer: unknown = null;
  private readonly clock: Clock;
  private readonly scheduler: Scheduler;

  constructor(private readonly options: ContainerReaperOptions) {
    this.clock = options.clock ?? systemClock;
    this.scheduler = options.scheduler ?? systemScheduler;
  }

  start(): void {
    if (this.timer !== null || this.options.intervalMs <= 0) return;
    const tick = (): void => {
      this.reap();
      this.timer = this.scheduler.setTimeout(tick, this.options.intervalMs);
    };
    this.timer = this.scheduler.setTimeout(tick, this.options.intervalMs);
  }

  stop(): void {
    if (this.timer !== null) this.scheduler.clearTimeout(this.timer);
    this.timer = null;
  }

  /** One scan; returns the paths it deleted. */
  reap(): string[] {
    const { tree } = this.options.db;
    const now = this.clock.now();
    const candidates = tree.containers().filter((path) => {
      const node = tree.get(path);
      if (node === undefined || node.children.size > 0) return false;
      if (node.childCreates > 0) return true;
      const limit = this.options.maxNeverUsedIntervalMs;
      return limit > 0 && now - node.mtime > limit;
    });
    const deleted: string[] = [];
    for (const path of candidates) {
      try {
        this.options.db.transact((txn) => {
          const node = tree.get(path);
          if (node === undefined) throw new KeeperError(ErrorCode.noNode, path);
          if (node.children.size > 0) throw new KeeperError(ErrorCode.notEmpty, path);
          txn.record(tree.deleteNode(path, txn.zxid), { kind: 'deleted', path });
        });
        deleted.push(path);
      } catch (error) {
        if (!(error instanceof KeeperError)) throw error;
      }
    }
    return deleted;
  }
}
