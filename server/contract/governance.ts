import { z } from 'zod';
import { ruleRefSchema } from './rule-ref.ts';

/**
 * Governance writes: weights and enabling/disabling provider instances, at service or
 * application scope. Every write is a compare-and-set on the rule node's ZooKeeper version;
 * `dryRun: true` answers the same preview without writing anything.
 */
const writeOptions = {
  /** Why: kept in the rule history and the audit trail. */
  reason: z.string().trim().max(500).optional(),
  /** The rule node's ZooKeeper version the operator saw (-1: the node did not exist). Stale → 409 CONFLICT. */
  expectedVersion: z.number().int().min(-1).optional(),
  /** Override the guardrails (last enabled provider, all weights zero). */
  force: z.boolean().optional(),
  /** Also write/remove the Dubbo 2.6 `override://` copy (defaults to the console's legacy setting). */
  legacy: z.boolean().optional(),
  /** Replace a rule file whose YAML is invalid instead of refusing. */
  replaceInvalid: z.boolean().optional(),
  dryRun: z.boolean().optional(),
};

export const weightRequestSchema = z.object({ weight: z.number().int().min(0).max(10_000), ...writeOptions }).strict();
export type WeightRequest = z.infer<typeof weightRequestSchema>;

export const enabledRequestSchema = z.object({ enabled: z.boolean(), ...writeOptions }).strict();
export type EnabledRequest = z.infer<typeof enabledRequestSchema>;

export const governanceActionSchema = z.enum(['set-weight', 'disable', 'enable']);
export type GovernanceActionName = z.infer<typeof governanceActionSchema>;

/** `POST /api/governance/operations`: one operation on one or many instances (bulk edits). */
export const governanceOperationRequestSchema = z
  .object({
    action: governanceActionSchema,
    scope: z.enum(['service', 'application']),
    serviceKey: z.string().min(1).max(512).optional(),
    application: z.string().min(1).max(256).optional(),
    addresses: z.array(z.string().min(1).max(64)).min(1).max(500),
    weight: z.number().int().min(0).max(10_000).optional(),
    ...writeOptions,
  })
  .strict();
export type GovernanceOperationRequest = z.infer<typeof governanceOperationRequestSchema>;

/** One provider's effective weight, enabled flag and predicted traffic share, before or after a change. */
export const providerSideSchema = z.object({ weight: z.number(), enabled: z.boolean(), share: z.number() });
export type ProviderSide = z.infer<typeof providerSideSchema>;

export const providerPreviewSchema = z.object({
  address: z.string(),
  application: z.string(),
  targeted: z.boolean(),
  /**
   * Not targeted, but the write gives it an explicit `weight` equal to its current one, because Dubbo 3.x
   * random load balancing ignores every weight unless the first provider has one (dubbo-format.md §6).
   */
  weightMadeExplicit: z.boolean(),
  before: providerSideSchema,
  after: providerSideSchema,
});
export type ProviderPreview = z.infer<typeof providerPreviewSchema>;

export const servicePreviewSchema = z.object({
  serviceKey: z.string(),
  /** The release the read side evaluates this service with. */
  release: z.string(),
  predictable: z.object({ before: z.boolean(), after: z.boolean() }),
  notes: z.array(z.string()),
  providers: z.array(providerPreviewSchema),
});
export type ServicePreview = z.infer<typeof servicePreviewSchema>;

export const planWarningSchema = z.object({ code: z.string(), message: z.string() });

export const governanceResultSchema = z.object({
  /** applied: written; noop: already in effect, nothing written; preview: dryRun. */
  status: z.enum(['applied', 'noop', 'preview']),
  rule: ruleRefSchema,
  /** The rule node's ZooKeeper version after the write (null: deleted or not written). */
  version: z.number().int().nullable(),
  before: z.string().nullable(),
  after: z.string().nullable(),
  /** Unified diff of the rule file. */
  diff: z.string(),
  legacy: z.object({ created: z.array(z.string()), removed: z.array(z.string()) }),
  preview: z.array(servicePreviewSchema),
  warnings: z.array(planWarningSchema),
  auditId: z.string().nullable(),
  historyVersion: z.number().int().nullable(),
  /** Compare-and-set attempts this answer took (1 = no other console wrote in between). */
  attempts: z.number().int().min(1).optional(),
});
export type GovernanceResult = z.infer<typeof governanceResultSchema>;
