// Node lifetimes we create. Containers and TTL nodes are deliberately absent: node-zookeeper-client 1.1.3
// cannot send createContainer/createTTL.

export type ZkCreateMode = 'persistent' | 'ephemeral' | 'persistent_sequential' | 'ephemeral_sequential';

/** ZooKeeper's CreateMode flags. */
const FLAGS: Readonly<Record<ZkCreateMode, number>> = {
  persistent: 0,
  ephemeral: 1,
  persistent_sequential: 2,
  ephemeral_sequential: 3,
};

export function createModeFlag(mode: ZkCreateMode): number {
  return FLAGS[mode];
}
