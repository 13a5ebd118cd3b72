/**
 * Gray releases in ZooKeeper (DESIGN.md §1: the console keeps no other state): `<stateRoot>/releases/r-<seq>`,
 * one persistent node per release holding its document as JSON. The id is the node name ZooKeeper assigned
 * (monotonic, never reused); every update is a compare-and-set on the node's version, so two replicas acting
 * on one release cannot both win. Documents that do not parse are skipped when listing, never fatal.
 */
import type { Release } from '../contract/releases.ts';
import { registryCall } from '../governance/rule-store.ts';
import { planAuditAppend } from '../governance/audit-chain.ts';
import { AuditChainHead } from '../governance/audit-chain-head.ts';
import { sequencedChildren, type AuditRecord, type StateLayout } from '../governance/state-layout.ts';
import { parseReleaseData, RELEASE_PREFIX, releaseData, type StoredRelease } from './release-document.ts';
import type { ZkClient } from '../zk/zk-client.ts';
import { isZkError } from '../zk/zk-error.ts';

export class ReleaseStore {
  private readonly chain: AuditChainHead;

  /** `chain`: the audit chain shared with the rule store (one is made when none is given). */
  constructor(
    private readonly client: ZkClient,
    private readonly layout: StateLayout,
    chain?: AuditChainHead,
  ) {
    this.chain = chain ?? new AuditChainHead(client, layout);
  }

  pathOf(id: string): string {
    return `${this.layout.releasesFolder}/${id}`;
  }

  /** Stores a new release and answers it with the id ZooKeeper gave it. */
  async create(draft: Release): Promise<StoredRelease> {
    return registryCall('storing a release', async () => {
      await this.client.mkdirp(this.layout.releasesFolder);
      const path = await this.client.create(`${this.layout.releasesFolder}/${RELEASE_PREFIX}`, releaseData(draft), 'persistent_sequential');
      const id = path.split('/').pop() ?? '';
      return { release: { ...draft, id }, version: 0, path };
    });
  }

  async read(id: string): Promise<StoredRelease | undefined> {
    if (!/^r-\d{10}$/.test(id)) return undefined;
    return registryCall(`reading release ${id}`, async () => {
      const path = this.pathOf(id);
      try {
        const { data, stat } = await this.client.getData(path);
        const release = parseReleaseData(id, data);
        return release ? { release, version: stat.version, path } : undefined;
      } catch (error) {
        if (isZkError(error, 'NO_NODE')) return undefined;
        throw error;
      }
    });
  }

  /**
   * The start gate: the releases folder's own data version. Every start's multi sets it under the version
   * read before the overlap check, so two replicas starting overlapping releases at the same instant cannot
   * both pass — the second multi fails, re-reads and finds the first active (RELEASE_ACTIVE).
   */
  async startGate(): Promise<{ readonly path: string; readonly version: number }> {
    return registryCall('reading the release start gate', async () => {
      await this.client.mkdirp(this.layout.releasesFolder);
      const stat = await this.client.exists(this.layout.releasesFolder);
      return { path: this.layout.releasesFolder, version: stat?.version ?? 0 };
    });
  }

  /** Newest first. */
  async list(): Promise<Release[]> {
    return registryCall('listing releases', async () => {
      const names = sequencedChildren((await this.client.getChildrenIfExists(this.layout.releasesFolder)) ?? [], RELEASE_PREFIX).reverse();
      const stored = await Promise.all(names.map(({ name }) => this.read(name)));
      return stored.flatMap((s) => (s ? [s.release] : []));
    });
  }

  /**
   * Compare-and-set; answers false when someone else updated the release since `version`. With `audit`, the
   * audit entry is created in the same multi, linked into the audit chain (a lost race on the chain head is
   * retried there, never answered as a change of the release), so the trail and the release never disagree.
   */
  async update(stored: StoredRelease, next: Release, audit?: AuditRecord): Promise<boolean> {
    return registryCall(`updating release ${stored.release.id}`, async () => {
      try {
        if (audit === undefined) {
          await this.client.setData(stored.path, releaseData(next), stored.version);
          return true;
        }
        await this.client.mkdirp(this.layout.auditFolder);
        const document = { type: 'setData', path: stored.path, data: releaseData(next), version: stored.version } as const;
        await this.chain.commit((tip) => {
          const append = planAuditAppend(tip, audit, this.chain.paths);
          return { ops: [document, ...append.ops], headIndex: 2, headHash: append.hash };
        });
        return true;
      } catch (error) {
        if (isZkError(error, 'BAD_VERSION') || isZkError(error, 'NO_NODE')) return false;
        throw error;
      }
    });
  }
}
