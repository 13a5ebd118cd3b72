/**
 * The ZooKeeper side of governance writes (with history-store/audit-store the only governance code that
 * touches server/zk). A write is ONE `multi` whose operations plan-rule-multi.ts plans (rule node change
 * under compare-and-set, 2.6 override nodes, history version, audit entry and chain head: all or nothing);
 * this file only executes it, through the audit chain (audit-chain-head.ts), which re-plans it when another
 * writer moved the chain head first. Folders are created beforehand (idempotent) and old entries pruned afterwards, never inside
 * the multi. Rule nodes are read straight from ZooKeeper, never from the mirror, because the version we
 * compare against must be the one we read.
 */
import type { Logger } from 'pino';
import { registryAccessDeniedError, registryUnavailableError } from '../errors/domain-error.ts';
import type { ZkClient } from '../zk/zk-client.ts';
import { isZkError, type ZkError } from '../zk/zk-error.ts';
import type { ZkOpResult } from '../zk/zk-multi.ts';
import { isAccessDenied, isOutcomeUnknown, isRegistryUnavailable } from '../zk/zk-availability.ts';
import { parentPath } from '../zk/zk-path.ts';
import { AuditChainHead } from './audit-chain-head.ts';
import { planRuleMulti, recordsHistory, type RuleMulti } from './plan-rule-multi.ts';
import type { CommitOutcome, RuleWrite, StoredRule } from './rule-write.ts';
import { AUDIT_PREFIX, HISTORY_PREFIX, sequenceOf, sequencedChildren, stateLayout, type StateLayout } from './state-layout.ts';

export interface RuleStoreOptions {
  readonly client: ZkClient;
  readonly stateRoot: string;
  readonly logger: Logger;
  /** History versions kept per rule node (default 50). */
  readonly historyRetention?: number;
  /** Audit entries kept (default 10,000). */
  readonly auditRetention?: number;
  /** The audit chain, shared with the release store so this console's appends queue behind each other. */
  readonly chain?: AuditChainHead;
}

const CONFLICTS = new Set(['BAD_VERSION', 'NODE_EXISTS', 'NO_NODE']);

/**
 * Registry outages become 503 REGISTRY_UNAVAILABLE, a node whose ACL refuses the console 403
 * REGISTRY_ACCESS_DENIED; everything else is rethrown as is.
 */
export async function registryCall<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (isAccessDenied(error)) {
      const node = error.path ?? 'a node';
      throw registryAccessDeniedError(
        `The registry refused the console's credentials for ${node} (${error.code}) while ${what}: give the console's identity access to it in the node's ZooKeeper ACL`,
        { path: error.path, code: error.code },
      );
    }
    if (isRegistryUnavailable(error)) {
      const ambiguous = isOutcomeUnknown(error) ? '; a write may or may not have been applied — check the history' : '';
      throw registryUnavailableError(`The registry is unavailable (${error.code}) while ${what}${ambiguous}`, { code: error.code, reason: error.message });
    }
    throw error;
  }
}

export class RuleStore {
  readonly layout: StateLayout;
  readonly chain: AuditChainHead;
  private readonly client: ZkClient;
  private readonly logger: Logger;
  private readonly historyRetention: number;
  private readonly auditRetention: number;
  /** Folders known to exist: skips an `exists` per write; forgotten when a multi says NO_NODE. */
  private readonly folders = new Set<string>();

  constructor(options: RuleStoreOptions) {
    this.client = options.client;
    this.layout = stateLayout(options.stateRoot);
    this.chain = options.chain ?? new AuditChainHead(options.client, this.layout);
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

  /** Prepares the folders, then executes the multi planned by plan-rule-multi.ts and prunes old entries. */
  async commit(write: RuleWrite): Promise<CommitOutcome> {
    return registryCall(`writing ${write.path}`, async () => {
      const historyFolder = this.layout.historyFolder(write.node);
      const [historyCount, auditCount] = await Promise.all([
        recordsHistory(write) ? this.prepareFolder(historyFolder) : Promise.resolve(0),
        this.prepareFolder(this.layout.auditFolder),
        write.ruleChanged && write.before === undefined ? this.ensureFolder(parentPath(write.path)) : undefined,
        ...write.legacy.create.map((path) => this.ensureFolder(parentPath(path))),
      ]);
      let multi: RuleMulti | undefined;
      let results;
      try {
        results = await this.chain.commit((tip) => {
          multi = planRuleMulti({ write, historyFolder, chain: this.chain.paths, tip, firstHistory: historyCount === 0 });
          return { ops: multi.ops, headIndex: multi.headIndex, headHash: multi.headHash };
        });
      } catch (error) {
        if (multi === undefined) throw error;
        if (!isZkError(error) || !CONFLICTS.has(error.code)) throw error;
        this.folders.clear();
        return { kind: 'conflict', onRuleNode: opIndexOf(error) < multi.ruleOpCount, code: error.code };
      }
      // The multi went through, so the plan it executed (the last one) is set.
      return this.committed(multi as RuleMulti, results, historyFolder, historyCount, auditCount);
    });
  }

  /** What the rule write answers once its multi went through; then old history and audit entries are pruned. */
  private async committed(multi: RuleMulti, results: readonly ZkOpResult[], historyFolder: string, historyCount: number, auditCount: number): Promise<CommitOutcome> {
    const created = (i: number): string => {
      const r = results[i];
      return r?.type === 'create' ? r.path : '';
    };
    const historyPath = multi.historyIndex === undefined ? undefined : created(multi.historyIndex);
    const auditId = created(multi.auditIndex).split('/').pop() ?? '';
    const historyVersion = historyPath === undefined ? null : (sequenceOf(historyPath.split('/').pop() ?? '', HISTORY_PREFIX) ?? null);
    await this.prune(historyFolder, HISTORY_PREFIX, historyCount + multi.historyEntries, this.historyRetention);
    await this.prune(this.layout.auditFolder, AUDIT_PREFIX, auditCount + 1, this.auditRetention);
    return { kind: 'committed', zkVersion: multi.zkVersion, historyVersion, auditId };
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

function opIndexOf(error: ZkError): number {
  const index = error.details?.['opIndex'];
  return typeof index === 'number' ? index : -1;
}
