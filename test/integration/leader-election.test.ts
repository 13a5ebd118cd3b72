// Leader election between console replicas against a real ZooKeeper: one leader at a time, the next
// candidate takes over when the leader leaves or its session ends, and a replica that lost its session
// rejoins behind the others.

import { afterEach, describe, expect, it } from 'vitest';
import pino from 'pino';
import { LeaderElection } from '../../server/zk/leader-election.ts';
import { parseRegistryAddress } from '../../server/zk/registry-address.ts';
import { ZkClient } from '../../server/zk/zk-client.ts';
import { expireSession } from '../support/expire-session.ts';
import { requireZooKeeper, uniqueChroot, useZooKeeper } from '../support/use-zookeeper.ts';
import { waitFor } from '../support/wait-for.ts';

const ELECTION = '/switchboard/leader/releases';

interface Replica {
  readonly id: string;
  readonly client: ZkClient;
  readonly election: LeaderElection;
  /** Every leadership change this replica saw, in order. */
  readonly changes: boolean[];
}

describe.runIf(requireZooKeeper())('leader election against a real ZooKeeper', () => {
  const zk = useZooKeeper();
  const stops: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const stop of stops.splice(0).reverse()) await stop();
  });

  async function replica(chroot: string, id: string): Promise<Replica> {
    const client = new ZkClient({ address: parseRegistryAddress(`zookeeper://${zk.connectString}${chroot}?session=4000`) });
    await client.start();
    const election = new LeaderElection({ client, path: ELECTION, candidateId: id, logger: pino({ level: 'silent' }), retryDelayMs: 100 });
    const changes: boolean[] = [];
    election.onChange((leading) => changes.push(leading));
    stops.push(async () => {
      await election.stop();
      await client.stop();
    });
    election.start();
    return { id, client, election, changes };
  }

  const leaders = (replicas: readonly Replica[]): string[] => replicas.filter((r) => r.election.isLeader).map((r) => r.id);

  it('elects the first candidate alone, and hands over in join order as leaders leave', async () => {
    const chroot = await uniqueChroot(zk);
    const a = await replica(chroot, 'replica-a');
    await waitFor(() => a.election.isLeader, { message: 'the first replica leads' });
    const b = await replica(chroot, 'replica-b');
    const c = await replica(chroot, 'replica-c');
    await waitFor(async () => (await b.election.leader()) === 'replica-a' && (await c.election.leader()) === 'replica-a', { message: 'all see replica-a' });
    expect(leaders([a, b, c])).toEqual(['replica-a']);

    await a.election.stop();
    await waitFor(() => b.election.isLeader, { message: 'replica-b takes over' });
    expect(leaders([a, b, c])).toEqual(['replica-b']);
    expect(await c.election.leader()).toBe('replica-b');

    await b.election.stop();
    await waitFor(() => c.election.isLeader, { message: 'replica-c takes over' });
    expect(leaders([a, b, c])).toEqual(['replica-c']);
    expect([a.changes, b.changes, c.changes]).toEqual([[true, false], [true, false], [true]]);
  });

  it('keeps the leader when a follower in the middle leaves, and the last follower watches anew', async () => {
    const chroot = await uniqueChroot(zk);
    const a = await replica(chroot, 'replica-a');
    await waitFor(() => a.election.isLeader, { message: 'replica-a leads' });
    const b = await replica(chroot, 'replica-b');
    const c = await replica(chroot, 'replica-c');
    await waitFor(async () => (await c.election.leader()) === 'replica-a', { message: 'replica-c joined' });
    await b.election.stop();
    await a.election.stop();
    await waitFor(() => c.election.isLeader, { message: 'replica-c leads after both ahead of it left' });
    expect(b.changes).toEqual([]);
  });

  it('moves leadership when the leader’s session ends, and the old leader rejoins as a follower', async () => {
    const chroot = await uniqueChroot(zk);
    const a = await replica(chroot, 'replica-a');
    await waitFor(() => a.election.isLeader, { message: 'replica-a leads' });
    const b = await replica(chroot, 'replica-b');
    await waitFor(async () => (await b.election.leader()) === 'replica-a', { message: 'replica-b joined' });

    const credentials = a.client.sessionCredentials();
    if (!credentials) throw new Error('replica-a has no session');
    await expireSession(zk.connectString, credentials.sessionId, credentials.password);

    await waitFor(() => b.election.isLeader, { message: 'replica-b leads once replica-a’s session is gone' });
    await waitFor(() => a.client.state === 'connected' && a.client.sessionId !== credentials.sessionId, { message: 'replica-a has a new session' });
    await waitFor(async () => {
      const children = await b.client.getChildren(ELECTION);
      return children.length === 2;
    }, { message: 'replica-a rejoined with a new candidate node' });
    expect(leaders([a, b])).toEqual(['replica-b']);
    expect(a.changes).toEqual([true, false]);
  });
});
