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
  /** How the actor was authenticated; `automation` = the release leader acting on its own (absent in entries written before it was recorded). */
  via: z.enum(['local', 'session', 'token', 'automation']).optional(),
  /** The API token's name when `via` is `token`. */
  token: z.string().optional(),
  /** The client address the request came from (the real one behind `--trust-proxy`). */
  source: z.string().optional(),
  /** The request id (also the `X-Request-Id` response header and in the server log). */
  requestId: z.string().optional(),
  /** SHA-256 (hex) of the previous entry as stored: the tamper-evident chain (absent before the chain existed). */
  prevHash: z.string().optional(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditListSchema = z.object({ items: z.array(auditEntrySchema), nextBefore: z.string().nullable() });
export type AuditList = z.infer<typeof auditListSchema>;

/**
 * `GET /api/audit/verify`: the audit trail is a hash chain (each entry stores the SHA-256 of the one before
 * it, and a chain head node the hash of the newest). `firstBroken` names the first entry whose link fails.
 */
export const auditVerificationSchema = z.object({
  ok: z.boolean(),
  /** Entries walked (the kept ones: the oldest are pruned past the retention). */
  checked: z.number().int(),
  /** Entries written before the chain existed (no link), oldest first; they are not verifiable. */
  unchained: z.number().int(),
  firstBroken: z
    .object({
      id: z.string(),
      reason: z.enum(['hash-mismatch', 'missing-link', 'unreadable', 'head-mismatch']),
      message: z.string(),
    })
    .nullable(),
  verifiedAt: z.string(),
});
export type AuditVerification = z.infer<typeof auditVerificationSchema>;
