import { describe, expect, it } from 'vitest';
import { OPEN_ACL_UNSAFE } from '../../../server/embedded-zk/acl.ts';
import { ContainerReaper } from '../../../server/embedded-zk/container-reaper.ts';
import { ZkDatabase } from '../../../server/embedded-zk/zk-database.ts';
import { FakeTime } from './fake-time.ts';

function setup(maxNeverUsedIntervalMs: number): { db: ZkDatabase; time: FakeTime; reaper: ContainerReaper } {
  const time = new FakeTime();
  const db = new ZkDatabase(time);
  const create = (path: string, container: boolean): void => {
    db.transact((txn) => txn.record(db.tree.createNode({ path, data: null, acl: OPEN_ACL_UNSAFE, ephemeralOwner: 0n, container, zxid: txn.zxid, time: txn.time })));
  };
  create('/used', true);
  create('/used/kid', false);
  db.transact((txn) => txn.record(db.tree.deleteNode('/used/kid', txn.zxid)));
  create('/never', true);
  create('/busy', true);
  create('/busy/kid', false);
  return { db, time, reaper: new ContainerReaper({ db, intervalMs: 1000, maxNeverUsedIntervalMs, clock: time, scheduler: time }) };
}

describe('ContainerReaper', () => {
  it('reaps empty containers that had children, each deletion as one transaction', () => {
    const { db, reaper } = setup(0);
    const before = db.lastZxid;
    expect(reaper.reap()).toEqual(['/used']);
    expect(db.lastZxid).toBe(before + 1n);
    expect(db.tree.get('/never')).toBeDefined();
    expect(db.tree.get('/busy')).toBeDefined();
  });

  it('reaps never-used containers only after maxNeverUsedIntervalMs', () => {
    const { time, reaper } = setup(5000);
    expect(reaper.reap()).toEqual(['/used']);
    time.advance(5001);
    expect(reaper.reap()).toEqual(['/never']);
  });

  it('scans on its interval between start and stop', () => {
    const { db, time, reaper } = setup(0);
    reaper.start();
    time.advance(999);
    expect(db.tree.get('/used')).toBeDefined();
    time.advance(1);
    expect(db.tree.get('/used')).toBeUndefined();
    reaper.stop();
    expect(time.pendingTimers).toBe(0);
  });
});
