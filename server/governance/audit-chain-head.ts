/**
 * The ZooKeeper side of the audit hash chain (see audit-chain.ts): reads the tip an entry must link to and
 * commits a multi that appends to the chain, retrying — re-read the head, re-plan the whole multi — when
 * the multi lost the race on the head op to another writer. That loss is the chain serialising two
 * appends, never a conflict on what the write is about, so callers only see the other ops' failures.
 * Inside one console the appends also queue behind each other, so only other replicas make it retry, and
 * the head this console itself wrote last is remembered: no read before the next append unless another
 * writer moved it meanwhile (then the multi fails on the head op and the head is read).
 */
import type { ZkClient } from '../zk/zk-client.ts';
import { isZkError } from '../zk/zk-error.ts';
import type { ZkOpResult } from '../zk/zk-multi.ts';
import { GENESIS, hashEntry, parseHead, type ChainPaths, type ChainTip } from './audit-chain.ts';
import { RuleWriteQueue } from './rule-write-queue.ts';
import type { MultiOp } from './rule-write.ts';
import { AUDIT_PREFIX, sequencedChildren } from './state-layout.ts';

/** Lost head races in a row before the multi's failure is handed to the caller (then its own retry applies). */
export const MAX_HEAD_ATTEMPTS = 32;

export interface ChainedMulti {
  readonly ops: readonly MultiOp[];
  /** Index of the op that sets or creates the head (a failure there is a lost race, retried here). */
  readonly headIndex: number;
  /** The hash the head holds once the multi went through (the new entry's). */
  readonly headHash: string;
}

export class AuditChainHead {
  private readonly queue = new RuleWriteQueue();
  /** The head as this console's last append left it; forgotten on any failure. */
  private known: ChainTip | undefined;

  constructor(
    private readonly client: ZkClient,
    readonly paths: ChainPaths,
  ) {}

  /**
   * Where the next entry links to. A head whose content is not `{hash}` (edited by hand) yields a link that
   * matches nothing, so verification keeps reporting it instead of the next write papering over it.
   */
  async readTip(): Promise<ChainTip> {
    try {
      const { data, stat } = await this.client.getData(this.paths.auditHead);
      return { kind: 'head', hash: parseHead(data) ?? '', version: stat.version };
    } catch (error) {
      if (!isZkError(error, 'NO_NODE')) throw error;
    }
    // No head yet: the chain starts here, linked to the newest entry written before it (if any).
    const newest = sequencedChildren((await this.client.getChildrenIfExists(this.paths.auditFolder)) ?? [], AUDIT_PREFIX).at(-1);
    if (!newest) return { kind: 'start', prevHash: GENESIS };
    try {
      const { data } = await this.client.getData(`${this.paths.auditFolder}/${newest.name}`);
      return { kind: 'start', prevHash: hashEntry(data ?? Buffer.alloc(0)) };
    } catch (error) {
      if (!isZkError(error, 'NO_NODE')) throw error;
      return { kind: 'start', prevHash: GENESIS };
    }
  }

  /** Plans against the tip and executes; ZooKeeper errors of the other ops are thrown as they come. */
  commit(plan: (tip: ChainTip) => ChainedMulti): Promise<ZkOpResult[]> {
    return this.queue.run('audit-head', async () => {
      let tip = this.known ?? (await this.readTip());
      for (let attempt = 1; ; attempt++) {
        const multi = plan(tip);
        try {
          const results = await this.client.multi(multi.ops);
          const head = results[multi.headIndex];
          this.known = { kind: 'head', hash: multi.headHash, version: head?.type === 'setData' ? head.stat.version : 0 };
          return results;
        } catch (error) {
          this.known = undefined;
          const lostHead = isZkError(error, 'BAD_VERSION') || isZkError(error, 'NODE_EXISTS');
          if (!lostHead || error.details?.['opIndex'] !== multi.headIndex || attempt >= MAX_HEAD_ATTEMPTS) throw error;
          tip = await this.readTip();
        }
      }
    });
  }
}
