/**
 * The ZooKeeper side of governance writes (with history-store/audit-store the only governance code that
 * touches server/zk). A write is ONE `multi`: the rule node change guarded by its version (compare-and-set),
 * the 2.6 override creates/removes, a rule-history version (recording those legacy paths, so rollback can
 * undo them; also written when only legacy nodes change) and an audit entry — all or nothing, so history
 * and audit can never disagree with the registry. Folders are created beforehand (idempotent) and old
 * entries pruned afterwards, never inside the multi. Rule nodes are read straight from ZooKeeper, never
 * from the mirror, because the version we compare against must be the one we read.
 */
import type { Logger } from 'pino';
import { registryUnavailableError } from '../errors/domain-error.ts';
import type { ZkClient } from '../zk/zk-client.ts';
import { isZkError, type ZkError } from '../zk/zk-error.ts';
import { isRegistryUnavailable } from '../zk/zk-availability.ts';
import type { ZkOp } from '../zk/zk-multi.ts';
import { parentPath } from '../zk/zk-path.ts';
import {
  AUDIT_PREFIX,
  HISTORY_PREFIX,
  sequenceOf,
  sequencedChildren,
  stateLayout,
  type AuditRecord,
  type HistoryRecord,
  type StateLayout,
} from './state-layout.ts';

export interface StoredRule {
  readonly text: string;
  /** ZooKeeper data version, the compare-and-set token. */
  readonly version: number;
}

/** One governance write, fully decided: what the multi must do and what it must record. */
export interface RuleWrite {
  readonly node: string;
  readonly path: string;
  /** The rule node as read for this attempt (undefined: absent). */
  readonly before: StoredRule | undefined;
  /** null = delete the node. Ignored when `ruleChanged` is false (the node is only version-checked). */
  readonly nextText: string | null;
  readonly ruleChanged: boolean;
  readonly legacy: { readonly create: readonly string[]; readonly remove: readonly string[] };
  readonly history: Pick<HistoryRecord, 'at' | 'actor' | 'action' | 'reason' | 'diff'>;
  readonly audit: Omit<AuditRecord, 'ruleVersion'>;
}

export type CommitOutcome =
  | {
      readonly kind: 'committed';
      /** The rule node's version after the write (null: absent). */
      readonly zkVersion: number | null;
      readonly historyVersion: number | null;
      readonly auditId: string;
    }
  /** Someone changed a node between our read and our multi; `onRuleNode` = the rule node itself. */
  | { readonly kind: 'conflict'; readonly onRuleNode: boolean; readonly code: string };

export interface RuleStoreOptions {
  readonly client: ZkClient;
  readonly stateRoot: string;
  readonly logger: Logger;
  /** History versions kept per rule node (default 50). */
  readonly historyRetention?: number;
  /** Audit entries kept (default 10,000). */
  readonly auditRetention?: number;
}

const CONFLICTS = new Set(['BAD_VERSION', 'NODE_EXISTS', 'NO_NODE']);

/** Registry outages become 503 REGISTRY_UNAVAILABLE; everything else is rethrown as is. */
export async function registryCall<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (isRegistryUnavailable(error)) {
      const ambiguous = error.code === 'CONNECTION_LOSS' ? '; a write may or may not have been applied — check the history' : '';
      throw registryUnavailableError(`The registry is unavailable (${error.code}) while ${what}${ambiguous}`, { code: error.code, reason: error.message });
    }
    throw error;
  }
}

const json = (value: unknown): Buffer => Buffer.from(JSON.stringify(value), 'utf8');

export class RuleStore {
  readonly layout: StateLayout;
  private readonly client: ZkClient;
  private readonly logger: Logger;
  private readonly historyRetention: number;
  private readonly auditRetention: number;
  /** Folders known to exist: skips an `exists` per write; forgotten when a multi says NO_NODE. */
  private readonly folders = new Set<string>();

  constructor(options: RuleStoreOptions) {
    this.client = options.client;
    this.layout = stateLayout(options.stateRoot);
    this.logger = options.logger;
    this.historyRetention = Math.max(2, options.historyRetention ?? 50);
    this.auditRetention = Math.max(1, options.auditRetention ?? 10_000);
  }

  async readRule(path: string): Promise<StoredRule | undefined> {
    return registryCall(`reading ${path}`, async () => {
      try {
        const { data, stat } = await this.client.getData(path);
        return { text: data?.toString('utf8') ?? '', version: stat.version };
      } catch (error) {
        if (isZkError(error, 'NO_NODE')) return undefined;
        throw error;
      }
    });
  }

  /**
   * Which of `paths` exist right now, read as the children of their parent folders (one read per folder),
   * so a multi only touches legacy nodes whose presence it knows.
   */
  async existingNodes(paths: readonly string[]): Promise<Set<string>> {
    return registryCall('reading legacy override nodes', async () => {
      const wanted = new Set(paths);
      const present = new Set<string>();
      await Promise.all(
        [...new Set(paths.map(parentPath))].map(async (folder) => {
          const names = (await this.client.getChildrenIfExists(folder)) ?? [];
          for (const name of names) {
            const path = `${folder === '/' ? '' : folder}/${name}`;
            if (wanted.has(path)) present.add(path);
          }
        }),
      );
      return present;
    });
  }

  async commit(write: RuleWrite): Promise<CommitOutcome> {
    return registryCall(`writing ${write.path}`, async () => {
      const historyFolder = this.layout.historyFolder(write.node);
      const recordsHistory = write.ruleChanged || write.legacy.create.length + write.legacy.remove.length > 0;
      const [historyCount, auditCount] = await Promise.all([
        recordsHistory ? this.prepareFolder(historyFolder) : Promise.resolve(0),
        this.prepareFolder(this.layout.auditFolder),
        write.ruleChanged && write.before === undefined ? this.ensureFolder(parentPath(write.path)) : undefined,
        ...write.legacy.create.map((path) => this.ensureFolder(parentPath(path))),
      ]);
      const zkVersion = versionAfter(write);
      const ops: ZkOp[] = [...ruleOps(write)];
      const ruleOpCount = ops.length;
      ops.push(...write.legacy.remove.map((path): ZkOp => ({ type: 'remove', path })));
      ops.push(...write.legacy.create.map((path): ZkOp => ({ type: 'create', path })));
      const historyAt = ops.length;
      if (recordsHistory) {
        // First time the console touches this node: keep the state it found, so rollback can restore it.
        if (historyCount === 0) ops.push(this.historyOp(historyFolder, baselineOf(write)));
        // Legacy-only writes get a version too (text unchanged), so rollback can undo their 2.6 nodes.
        const text = write.ruleChanged ? write.nextText : (write.before?.text ?? null);
        const legacy = { created: [...write.legacy.create], removed: [...write.legacy.remove] };
        ops.push(this.historyOp(historyFolder, { ...write.history, text, zkVersion, legacy }));
      }
      const auditAt = ops.length;
      ops.push({ type: 'create', path: `${this.layout.auditFolder}/${AUDIT_PREFIX}`, data: json({ ...write.audit, ruleVersion: zkVersion }), mode: 'persistent_sequential' });
      let results;
      try {
        results = await this.client.multi(ops);
      } catch (error) {
        if (!isZkError(error) || !CONFLICTS.has(error.code)) throw error;
        this.folders.clear();
        return { kind: 'conflict', onRuleNode: opIndexOf(error) < ruleOpCount, code: error.code };
      }
      const created = (i: number): string => {
        const r = results[i];
        return r?.type === 'create' ? r.path : '';
      };
      const historyPath = recordsHistory ? created(auditAt - 1) : undefined;
      const auditId = created(auditAt).split('/').pop() ?? '';
      const historyVersion = historyPath === undefined ? null : (sequenceOf(historyPath.split('/').pop() ?? '', HISTORY_PREFIX) ?? null);
      const historyEntries = historyCount + (auditAt - historyAt);
      await this.prune(historyFolder, HISTORY_PREFIX, historyEntries, this.historyRetention);
      await this.prune(this.layout.auditFolder, AUDIT_PREFIX, auditCount + 1, this.auditRetention);
      return { kind: 'committed', zkVersion, historyVersion, auditId };
    });
  }

  private historyOp(folder: string, record: HistoryRecord): ZkOp {
    return { type: 'create', path: `${folder}/${HISTORY_PREFIX}`, data: json(record), mode: 'persistent_sequential' };
  }

  /** Ensures the folder and answers how many children it has (0 when just created). */
  private async prepareFolder(path: string): Promise<number> {
    const stat = await this.client.exists(path);
    if (stat) {
      this.folders.add(path);
      return stat.numChildren;
    }
    await this.ensureFolder(path);
    return 0;
  }

  private async ensureFolder(path: string): Promise<void> {
    if (this.folders.has(path)) return;
    await this.client.mkdirp(path);
    this.folders.add(path);
  }

  /** Keeps the newest `keep` entries. Best effort: a failure is logged, the write already happened. */
  private async prune(folder: string, prefix: string, count: number, keep: number): Promise<void> {
    if (count <= keep) return;
    try {
      const children = sequencedChildren(await this.client.getChildren(folder), prefix);
      const excess = children.slice(0, Math.max(0, children.length - keep));
      await Promise.all(
        excess.map(({ name }) =>
          this.client.remove(`${folder}/${name}`).catch((error: unknown) => {
            if (!isZkError(error, 'NO_NODE')) throw error; // another replica pruned it first
          }),
        ),
      );
    } catch (error) {
      this.logger.warn({ err: error, folder }, 'pruning old governance entries failed; retried after the next write');
    }
  }
}

function ruleOps(write: RuleWrite): ZkOp[] {
  const { before, path } = write;
  if (!write.ruleChanged) return before ? [{ type: 'check', path, version: before.version }] : [];
  if (write.nextText === null) return before ? [{ type: 'remove', path, version: before.version }] : [];
  const data = Buffer.from(write.nextText, 'utf8');
  return before ? [{ type: 'setData', path, data, version: before.version }] : [{ type: 'create', path, data }];
}

/** The CAS makes the next version certain: create → 0, setData → read version + 1, delete → absent. */
function versionAfter(write: RuleWrite): number | null {
  if (!write.ruleChanged) return write.before?.version ?? null;
  if (write.nextText === null) return null;
  return write.before ? write.before.version + 1 : 0;
}

function baselineOf(write: RuleWrite): HistoryRecord {
  return {
    at: write.history.at,
    actor: 'external',
    action: 'baseline',
    reason: write.before ? 'the rule as found before the console first changed it' : 'the rule did not exist before the console created it',
    text: write.before?.text ?? null,
    zkVersion: write.before?.version ?? null,
    diff: '',
  };
}

function opIndexOf(error: ZkError): number {
  const index = error.details?.['opIndex'];
  return typeof index === 'number' ? index : -1;
}
