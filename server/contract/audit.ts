import { z } from 'zod';

export const auditQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  /** Cursor: entries strictly older than this entry id. */
  before: z.string().max(64).optional(),
  actor: z.string().max(256).optional(),
  action: z.string().max(64).optional(),
  /** Rule node, service key or application name the entry targets. */
  target: z.string().max(512).optional(),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  target: z.object({
    node: z.string(),
    scope: z.enum(['service', 'application']),
    serviceKey: z.string().optional(),
    application: z.string().optional(),
    addresses: z.array(z.string()),
  }),
  reason: z.string(),
  before: z.string().nullable(),
  after: z.string().nullable(),
  ruleVersion: z.number().int().nullable(),
  /** On a rollback: the rule-history version whose state it restored (absent on other actions). */
  restoredVersion: z.number().int().optional(),
  /** The gray release whose step, promotion or rollback made this write (absent on other writes). */
  releaseId: z.string().optional(),
  legacy: z.object({ created: z.array(z.string()), removed: z.array(z.string()) }),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditListSchema = z.object({ items: z.array(auditEntrySchema), nextBefore: z.string().nullable() });
export type AuditList = z.infer<typeof auditListSchema>;
