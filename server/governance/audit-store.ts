/**
 * Reads the audit trail (`<stateRoot>/audit/e-<seq>`, see state-layout.ts), newest first. The entry id is
 * the node name, so `before=<id>` pages by sequence number. Filters need the entry bodies, so entries are
 * read in batches from the cursor on until the page is full.
 */
import { auditEntrySchema, type AuditEntry, type AuditList, type AuditQuery } from '../contract/audit.ts';
import type { ZkClient } from '../zk/zk-client.ts';
import { isZkError } from '../zk/zk-error.ts';
import { registryCall } from './rule-store.ts';
import { AUDIT_PREFIX, sequenceOf, sequencedChildren, type StateLayout } from './state-layout.ts';

const BATCH = 100;

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
