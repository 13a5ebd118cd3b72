/**
 * Reads the audit trail (`<stateRoot>/audit/e-<seq>`, see state-layout.ts), newest first. The entry id is
 * the node name, so `before=<id>` pages by sequence number. Filters need the entry bodies, so entries are
 * read in batches from the cursor on until the page is full. `verify` reads every kept entry as stored and
 * the chain head, and walks the hash chain (verify-audit-chain.ts).
 */
import { auditEntrySchema, type AuditEntry, type AuditList, type AuditQuery, type AuditVerification } from '../contract/audit.ts';
import type { ZkClient } from '../zk/zk-client.ts';
import { isZkError } from '../zk/zk-error.ts';
import { parseHead } from './audit-chain.ts';
import { registryCall } from './rule-store.ts';
import { AUDIT_PREFIX, sequenceOf, sequencedChildren, type StateLayout } from './state-layout.ts';
import { verifyAuditChain, type StoredAuditEntry, type StoredHead } from './verify-audit-chain.ts';

const BATCH = 100;
/** Reads of the whole trail retried when the head moved meanwhile (a write landed during the walk). */
const VERIFY_READS = 5;

function matches(entry: AuditEntry, query: AuditQuery): boolean {
  if (query.actor !== undefined && entry.actor !== query.actor) return false;
  if (query.action !== undefined && entry.action !== query.action) return false;
  const t = query.target;
  if (t !== undefined && entry.target.node !== t && entry.target.serviceKey !== t && entry.target.application !== t) return false;
  return true;
}

export class AuditStore {
  constructor(
    private readonly client: ZkClient,
    private readonly layout: StateLayout,
  ) {}

  async list(query: AuditQuery): Promise<AuditList> {
    return registryCall('reading the audit trail', async () => {
      const folder = this.layout.auditFolder;
      const cursor = query.before === undefined ? Infinity : (sequenceOf(query.before, AUDIT_PREFIX) ?? -1);
      const names = sequencedChildren((await this.client.getChildrenIfExists(folder)) ?? [], AUDIT_PREFIX)
        .filter((c) => c.sequence < cursor)
        .reverse();
      const items: AuditEntry[] = [];
      for (let i = 0; i < names.length; i += BATCH) {
        const batch = names.slice(i, i + BATCH);
        const entries = await Promise.all(batch.map(({ name }) => this.readEntry(folder, name)));
        for (const [k, entry] of entries.entries()) {
          if (!entry || !matches(entry, query)) continue;
          items.push(entry);
          // The page is full: there is a next page when older entries remain (they may all be filtered out).
          if (items.length === query.limit) return { items, nextBefore: i + k + 1 < names.length ? entry.id : null };
        }
      }
      return { items, nextBefore: null };
    });
  }

  /**
   * Walks the chain as it is now. The head is read before and after the entries: when it moved, a write
   * landed while reading (its entry may be missing from the listing), so the trail is read again.
   */
  async verify(clock: () => Date = () => new Date()): Promise<AuditVerification> {
    return registryCall('verifying the audit trail', async () => {
      let head = await this.readHead();
      for (let read = 1; ; read++) {
        const entries = await this.readAll();
        const after = await this.readHead();
        if (after.version === head.version || read >= VERIFY_READS) return verifyAuditChain(entries, after.head, clock());
        head = after;
      }
    });
  }

  private async readHead(): Promise<{ head: StoredHead; version: number }> {
    try {
      const { data, stat } = await this.client.getData(this.layout.auditHead);
      return { head: { hash: parseHead(data) }, version: stat.version };
    } catch (error) {
      if (isZkError(error, 'NO_NODE')) return { head: undefined, version: -1 };
      throw error;
    }
  }

  /** Every kept entry, oldest first, as stored; one pruned meanwhile (the oldest go) is left out. */
  private async readAll(): Promise<StoredAuditEntry[]> {
    const folder = this.layout.auditFolder;
    const names = sequencedChildren((await this.client.getChildrenIfExists(folder)) ?? [], AUDIT_PREFIX);
    const entries: StoredAuditEntry[] = [];
    for (let i = 0; i < names.length; i += BATCH) {
      const batch = await Promise.all(
        names.slice(i, i + BATCH).map(async ({ name }): Promise<StoredAuditEntry | undefined> => {
          try {
            const { data, stat } = await this.client.getData(`${folder}/${name}`);
            return { id: name, bytes: data ?? Buffer.alloc(0), version: stat.version };
          } catch (error) {
            if (isZkError(error, 'NO_NODE')) return undefined;
            throw error;
          }
        }),
      );
      for (const entry of batch) if (entry) entries.push(entry);
    }
    return entries;
  }

  private async readEntry(folder: string, name: string): Promise<AuditEntry | undefined> {
    try {
      const { data } = await this.client.getData(`${folder}/${name}`);
      const parsed = auditEntrySchema.safeParse({ ...(JSON.parse(data?.toString('utf8') ?? '{}') as object), id: name });
      return parsed.success ? parsed.data : undefined;
    } catch (error) {
      if (isZkError(error, 'NO_NODE') || error instanceof SyntaxError) return undefined;
      throw error;
    }
  }
}
