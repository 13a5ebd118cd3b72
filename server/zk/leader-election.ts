// One leader among console replicas, elected through ZooKeeper: each replica creates an ephemeral
// sequential candidate node under one folder; the lowest leads and the others each watch the node just
// ahead of theirs. A replica stops leading the moment its connection drops (it cannot know whether its
// session, and with it its node, survives), leads again after reconnecting if its node is still first,
// and joins anew when its session expired. Work done as leader must still be fenced by the data it
// writes (compare-and-set on a version): two replicas may believe they lead for the instant between a
// lost connection and the other's watch firing.

import type { Logger } from 'pino';
import { moduleLogger } from '../logger.ts';
import { candidateStanding, CANDIDATE_PREFIX, orderCandidates } from './candidate-order.ts';
import type { ZkClient, ZkConnectionState, ZkStateChangeInfo } from './zk-client.ts';
import { ZkError } from './zk-error.ts';

export interface LeaderElectionOptions {
  readonly client: ZkClient;
  /** Folder of the candidates, e.g. `/switchboard/leader/releases`. */
  readonly path: string;
  /** Who this replica is, stored in its candidate node (host:port, pid) and shown by `leader()`. */
  readonly candidateId: string;
  readonly logger: Logger;
  /** After a failed ZooKeeper call, wait this long before trying again; default 1 s. */
  readonly retryDelayMs?: number;
}

export type LeadershipListener = (leading: boolean) => void;

export class LeaderElection {
  private readonly logger: Logger;
  private readonly listeners = new Set<LeadershipListener>();
  private node: string | undefined;
  private leading = false;
  private running = false;
  /** Bumped on every connection change and stop: answers to older calls are dropped. */
  private epoch = 0;
  private retryTimer: NodeJS.Timeout | undefined;
  private unsubscribe: (() => void) | undefined;

  constructor(private readonly options: LeaderElectionOptions) {
    this.logger = moduleLogger(options.logger, 'leader-election', { election: options.path });
  }

  get isLeader(): boolean {
    return this.leading;
  }

  /** Calls `listener` on every change of leadership; answers a function that stops the calls. */
  onChange(listener: LeadershipListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.unsubscribe = this.options.client.onStateChange((state, info) => this.onConnection(state, info));
    if (this.options.client.state === 'connected') this.schedule(0);
  }

  /** Leaves the election: deletes this replica's candidate node so the next one leads at once. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.epoch += 1;
    clearTimeout(this.retryTimer);
    this.unsubscribe?.();
    this.setLeading(false);
    const node = this.node;
    this.node = undefined;
    if (node !== undefined && this.options.client.state === 'connected') {
      await this.options.client.remove(`${this.options.path}/${node}`).catch((error: unknown) => {
        if (!(error instanceof ZkError && error.code === 'NO_NODE')) this.logger.warn({ err: error }, 'could not remove the candidate node');
      });
    }
  }

  /** The leading replica's id as stored in its node, or undefined when nobody leads. */
  async leader(): Promise<string | undefined> {
    const { client, path } = this.options;
    const first = orderCandidates((await client.getChildrenIfExists(path)) ?? [])[0];
    if (first === undefined) return undefined;
    try {
      return (await client.getData(`${path}/${first}`)).data?.toString('utf8');
    } catch (error) {
      if (error instanceof ZkError && error.code === 'NO_NODE') return undefined;
      throw error;
    }
  }

  private onConnection(state: ZkConnectionState, info: ZkStateChangeInfo): void {
    if (!this.running) return;
    this.epoch += 1;
    clearTimeout(this.retryTimer);
    if (state !== 'connected') {
      this.setLeading(false);
      return;
    }
    if (info.newSession) this.node = undefined;
    this.schedule(0);
  }

  private schedule(delayMs: number): void {
    const epoch = this.epoch;
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.evaluate(epoch).catch((error: unknown) => {
        if (epoch !== this.epoch || !this.running) return;
        this.logger.warn({ err: error }, 'leader election step failed; trying again');
        this.schedule(this.options.retryDelayMs ?? 1000);
      });
    }, delayMs);
  }

  private async evaluate(epoch: number): Promise<void> {
    const { client, path, candidateId } = this.options;
    if (this.node === undefined) {
      await client.mkdirp(path);
      const created = await client.create(`${path}/${CANDIDATE_PREFIX}`, Buffer.from(candidateId, 'utf8'), 'ephemeral_sequential');
      if (epoch !== this.epoch || !this.running) {
        await client.remove(created).catch(() => undefined);
        return;
      }
      this.node = created.slice(created.lastIndexOf('/') + 1);
      this.logger.info({ node: this.node }, 'joined the leader election');
    }
    const children = await client.getChildren(path);
    if (epoch !== this.epoch || !this.running) return;
    const standing = candidateStanding(children, this.node);
    switch (standing.kind) {
      case 'absent':
        this.node = undefined;
        this.setLeading(false);
        this.schedule(0);
        return;
      case 'leader':
        this.setLeading(true);
        return;
      case 'follower': {
        this.setLeading(false);
        const ahead = await client.exists(`${path}/${standing.predecessor}`, (event) => {
          if (event.type === 'deleted' && epoch === this.epoch && this.running) this.schedule(0);
        });
        if (ahead === undefined && epoch === this.epoch && this.running) this.schedule(0);
      }
    }
  }

  private setLeading(leading: boolean): void {
    if (leading === this.leading) return;
    this.leading = leading;
    this.logger.info({ node: this.node }, leading ? 'this replica now leads' : 'this replica no longer leads');
    for (const listener of [...this.listeners]) {
      try {
        listener(leading);
      } catch (error) {
        this.logger.error({ err: error }, 'leadership listener threw');
      }
    }
  }
}
