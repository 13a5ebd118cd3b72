/**
 * Reads rule history from ZooKeeper (`<stateRoot>/history/<encoded node>/v-<seq>`, see state-layout.ts).
 * Versions are the sequence numbers ZooKeeper assigned; entries that do not parse are skipped, not fatal
 * (someone may have put a node there by hand).
 */
import type { RuleHistoryEntry } from '../contract/rules.ts';
import type { ZkClient } from '../zk/zk-client.ts';
import { isZkError } from '../zk/zk-error.ts';
import { registryCall } from './rule-store.ts';
import { HISTORY_PREFIX, nodeOfHistoryFolder, sequenceName, sequencedChildren, type HistoryRecord, type StateLayout } from './state-layout.ts';

/** Entries written before legacy changes were recorded have none. */
const paths = (value: unknown): string[] => (Array.isArray(value) ? value.filter((p): p is string => typeof p === 'string') : []);

export class HistoryStore {
  constructor(
    private readonly client: ZkClient,
    private readonly layout: StateLayout,
  ) {}

  /** Newest first. */
  async list(node: string): Promise<RuleHistoryEntry[]> {
    return registryCall(`reading the history of ${node}`, async () => {
      const folder = this.layout.historyFolder(node);
      const names = (await this.client.getChildrenIfExists(folder)) ?? [];
      const entries = await Promise.all(
        sequencedChildren(names, HISTORY_PREFIX).map(({ name, sequence }) => this.readEntry(`${folder}/${name}`, sequence)),
      );
      return entries.filter((e): e is RuleHistoryEntry => e !== undefined).reverse();
    });
  }

  async read(node: string, version: number): Promise<RuleHistoryEntry | undefined> {
    return registryCall(`reading the history of ${node}`, () =>
      this.readEntry(`${this.layout.historyFolder(node)}/${sequenceName(HISTORY_PREFIX, version)}`, version),
    );
  }

  /** Rule nodes the console has written at least once. */
  async managedNodes(): Promise<Set<string>> {
    return registryCall('listing rule history', async () => {
      const names = (await this.client.getChildrenIfExists(this.layout.historyRoot)) ?? [];
      return new Set(names.map(nodeOfHistoryFolder));
    });
  }

  private async readEntry(path: string, version: number): Promise<RuleHistoryEntry | undefined> {
    try {
      const { data } = await this.client.getData(path);
      const record = JSON.parse(data?.toString('utf8') ?? 'null') as HistoryRecord | null;
      if (record === null || typeof record !== 'object') return undefined;
      return {
        version,
        at: String(record.at),
        actor: String(record.actor),
        action: String(record.action),
        reason: String(record.reason ?? ''),
        zkVersion: typeof record.zkVersion === 'number' ? record.zkVersion : null,
        text: typeof record.text === 'string' ? record.text : null,
        diff: String(record.diff ?? ''),
        legacy: { created: paths(record.legacy?.created), removed: paths(record.legacy?.removed) },
      };
    } catch (error) {
      if (isZkError(error, 'NO_NODE') || error instanceof SyntaxError) return undefined;
      throw error;
    }
  }
}
