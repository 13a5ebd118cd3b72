import { z } from 'zod';
import { governanceResultSchema } from './governance.ts';
import { ruleRefSchema } from './rule-ref.ts';

export const ruleSortSchema = z.enum(['name', 'kind', 'version', 'mtime']);
export type RuleSort = z.infer<typeof ruleSortSchema>;

export const ruleListQuerySchema = z.object({
  q: z.string().max(256).optional(),
  kind: z.string().max(64).optional(),
  /** name = node name; rules without a version / mtime (legacy 2.6 nodes) sort last either way. */
  sort: ruleSortSchema.default('name'),
  order: z.enum(['asc', 'desc']).default('asc'),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export type RuleListQuery = z.infer<typeof ruleListQuerySchema>;

export const ruleSummarySchema = ruleRefSchema.extend({
  valid: z.boolean(),
  problem: z.string().optional(),
  /** The console has history for this node (it wrote it at least once). */
  managed: z.boolean(),
  mtime: z.string().nullable(),
});
export type RuleSummary = z.infer<typeof ruleSummarySchema>;

export const ruleListSchema = z.object({ revision: z.number().int(), total: z.number().int(), items: z.array(ruleSummarySchema) });

export const ruleDetailSchema = z.object({
  revision: z.number().int(),
  rule: ruleSummarySchema,
  /** Stored text, verbatim. */
  text: z.string(),
  /** Parsed view (configurators as Dubbo reads them) or null when invalid / not a configurator file. */
  parsed: z.unknown().nullable(),
});
export type RuleDetail = z.infer<typeof ruleDetailSchema>;

export const ruleHistoryEntrySchema = z.object({
  /** History sequence number: what rollback takes. */
  version: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  reason: z.string(),
  /** The rule node's ZooKeeper version after this change (null: node deleted). */
  zkVersion: z.number().int().nullable(),
  /** The whole rule text after this change (null: the node did not exist). */
  text: z.string().nullable(),
  diff: z.string(),
  /** The 2.6 override nodes this change created/removed (exact ZooKeeper paths); rollback undoes them. */
  legacy: z.object({ created: z.array(z.string()), removed: z.array(z.string()) }),
});
export type RuleHistoryEntry = z.infer<typeof ruleHistoryEntrySchema>;

export const ruleHistorySchema = z.object({ node: z.string(), items: z.array(ruleHistoryEntrySchema) });

export const rollbackRequestSchema = z
  .object({
    /** History version whose state to restore. */
    version: z.number().int().min(0),
    reason: z.string().trim().max(500).optional(),
    expectedVersion: z.number().int().min(-1).optional(),
    /** Required when the restored state is "did not exist" (the node is deleted). */
    confirmDelete: z.boolean().optional(),
    /** Override the guardrails (last enabled provider, all weights zero) as on other writes. */
    force: z.boolean().optional(),
    dryRun: z.boolean().optional(),
  })
  .strict();
export type RollbackRequest = z.infer<typeof rollbackRequestSchema>;

/**
 * What `POST /api/rules/:node/rollback` answers: a governance write result. `legacy` lists the 2.6 override
 * nodes the rollback creates/removes to undo the legacy changes of the later history versions.
 */
export const rollbackResultSchema = governanceResultSchema;
export type RollbackResult = z.infer<typeof rollbackResultSchema>;
