// The mirror's watch generation over a scripted registry (no ZooKeeper): watches fire when the test says,
// so orderings that a real server produces only under a race can be replayed exactly.

import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { ReadLimiter } from '../../../server/registry/read-limiter.ts';
import { RevisionCoalescer } from '../../../server/registry/revision-coalescer.ts';
import { WatchGeneration } from '../../../server/registry/watch-generation.ts';
import type { ZkReader } from '../../../server/registry/watched-read.ts';
import { ZkError } from '../../../server/zk/zk-error.ts';
import type { ZkWatcher } from '../../../server/zk/zk-watch-event.ts';
import { waitFor } from '../../support/wait-for.ts';

const RULES = '/dubbo/config/dubbo';
const RULE = `${RULES}/demo.configurators`;

/** A registry tree whose watches fire only when the test fires them. */
class ScriptedRegistry {
  readonly children = new Map<string, string[]>([['/dubbo', []], [RULES, ['demo.configurators']]]);
  readonly data = new Map<string, string>([[RULE, 'weight: 10']]);
  readonly watchers = new Map<string, ZkWatcher>();
  reads = 0;

  readonly reader = {
    getChildrenIfExists: async (path: string, watcher?: ZkWatcher) => {
      this.reads += 1;
      if (watcher) this.watchers.set(path, watcher);
      return this.children.get(path);
    },
    getData: async (path: string, watcher?: ZkWatcher) => {
      this.reads += 1;
      const text = this.data.get(path);
      if (text === undefined) throw new ZkError('NO_NODE', `no node ${path}`, { path });
      if (watcher) this.watchers.set(path, watcher);
      return { data: Buffer.from(text), stat: { version: text.length, mtime: 0 } };
    },
  } as unknown as ZkReader;

  fire(path: string, type: 'deleted' | 'childrenChanged' | 'created' | 'dataChanged'): void {
    const watcher = this.watchers.get(path);
    if (!watcher) throw new Error(`no watch armed on ${path}`);
    this.watchers.delete(path);
    watcher({ type, path });
  }
}

describe('the watch generation', () => {
  const stops: Array<() => void> = [];
  afterEach(() => stops.splice(0).forEach((stop) => stop()));

  async function mirrored(registry: ScriptedRegistry): Promise<{ ruleText: () => string | undefined }> {
    const revisions = new RevisionCoalescer('/dubbo', () => new Date(0), 60_000);
    stops.push(() => revisions.stop());
    const generation = new WatchGeneration({ client: registry.reader, limiter: new ReadLimiter(8), revisions, logger: pino({ level: 'silent' }) });
    stops.push(() => generation.retire());
    revisions.hold();
    await generation.syncAll({ root: '/dubbo', servicesRoot: '/services' });
    revisions.release();
    return {
      ruleText: () => {
        revisions.hold();
        revisions.release();
        return revisions.snapshot.rules.get('demo.configurators')?.text;
      },
    };
  }

  it('reads a rule file deleted and re-created before its folder is listed again', async () => {
    const registry = new ScriptedRegistry();
    const mirror = await mirrored(registry);
    expect(mirror.ruleText()).toBe('weight: 10');

    // The file goes: its own (data) watch fires first and the read finds nothing, arming no watch.
    registry.data.delete(RULE);
    registry.children.set(RULES, []);
    registry.fire(RULE, 'deleted');
    await waitFor(() => mirror.ruleText() === undefined, { message: 'the deleted rule leaves the mirror' });

    // It is back before the folder's child watch is answered: the listing shows the same name as before.
    registry.data.set(RULE, 'weight: 20');
    registry.children.set(RULES, ['demo.configurators']);
    registry.fire(RULES, 'childrenChanged');
    await waitFor(() => mirror.ruleText() === 'weight: 20', { message: 'the re-created rule is read again' });
    expect(registry.watchers.has(RULE)).toBe(true);
  });

  it('does not read a rule again when its folder is listed without change', async () => {
    const registry = new ScriptedRegistry();
    const mirror = await mirrored(registry);
    const before = registry.reads;
    registry.fire(RULES, 'childrenChanged');
    await waitFor(() => registry.watchers.has(RULES), { message: 'the folder is listed again' });
    expect(registry.reads - before).toBe(1);
    expect(mirror.ruleText()).toBe('weight: 10');
  });
});
