import { z } from 'zod';

/**
 * Gray releases (issue 8): a canary set of one application's provider instances receives a growing share of
 * traffic in steps (weighted mode: weights written for every provider), or only calls carrying a tag (tag
 * mode: a `<providerApp>.tag-router` rule), until it is promoted or rolled back. A release lives in
 * ZooKeeper; its state records when the current step started and how long it holds, so a leader loop can
 * advance it later.
 */
export const releaseModeSchema = z.enum(['weighted', 'tag']);
export type ReleaseMode = z.infer<typeof releaseModeSchema>;

const TAG_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const PARAM_KEY = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

/** Which providers are the canary: explicit `ip:port` addresses, or every provider whose URL parameters all match. */
export const canarySelectorSchema = z
  .object({
    addresses: z.array(z.string().min(1).max(64)).min(1).max(500).optional(),
    /** e.g. `{version: "2.0.0"}`, `{release: "3.3.1"}`, `{"dubbo.tag": "gray"}`: exact values of provider URL parameters. */
    match: z.record(z.string().regex(PARAM_KEY), z.string().max(256)).optional(),
  })
  .strict()
  .refine((c) => (c.addresses === undefined) !== (c.match === undefined || Object.keys(c.match).length === 0), {
    message: 'give either canary.addresses or a non-empty canary.match, not both',
  });
export type CanarySelector = z.infer<typeof canarySelectorSchema>;

export const MAX_STEPS = 20;
export const MAX_HOLD_SECONDS = 7 * 24 * 3600;

const holdSeconds = z.number().int().min(0).max(MAX_HOLD_SECONDS);

/** `POST /api/releases`. */
export const releaseRequestSchema = z
  .object({
    application: z.string().min(1).max(256),
    /** Limit the release to one service of the application (`[group/]interface[:version]`). */
    service: z.string().min(1).max(512).optional(),
    mode: releaseModeSchema,
    canary: canarySelectorSchema,
    /** Canary traffic percentages, strictly increasing, 1–100 (weighted); tag mode has one step, `[100]` or none. */
    steps: z.array(z.number().int().min(1).max(100)).max(MAX_STEPS),
    /** How long each step holds before a leader may advance it: one value for all steps, or one per step. */
    holdSeconds: z.union([holdSeconds, z.array(holdSeconds).max(MAX_STEPS)]).optional(),
    /** The tag routed to the canary (tag mode); default `gray`. */
    tag: z.string().regex(TAG_NAME).optional(),
    reason: z.string().trim().max(500).optional(),
    /** Answer the planned release (steps, weights, predicted split, rule text) without storing or writing anything. */
    dryRun: z.boolean().optional(),
    /** Start it at once (first step written) instead of leaving a draft. */
    start: z.boolean().optional(),
  })
  .strict();
export type ReleaseRequest = z.infer<typeof releaseRequestSchema>;

export const releaseStateNameSchema = z.enum(['draft', 'running', 'paused', 'promoted', 'rolled-back', 'failed']);
export type ReleaseStateName = z.infer<typeof releaseStateNameSchema>;

/** Where a release is. `running` stores the hold deadline's inputs (startedStepAt + holdSeconds) for a leader loop. */
export const releaseStateSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('draft') }),
  z.object({ kind: z.literal('running'), step: z.number().int().min(0), startedStepAt: z.string(), holdSeconds: z.number().int().min(0) }),
  /** `remainingHoldSeconds`: what is left of the step's hold; resume starts a hold that long. */
  z.object({ kind: z.literal('paused'), step: z.number().int().min(0), pausedAt: z.string(), remainingHoldSeconds: z.number().int().min(0) }),
  z.object({ kind: z.literal('promoted'), at: z.string() }),
  z.object({ kind: z.literal('rolled-back'), at: z.string() }),
  z.object({ kind: z.literal('failed'), at: z.string(), code: z.string() }),
]);
export type ReleaseState = z.infer<typeof releaseStateSchema>;

export const transitionKindSchema = z.enum(['operator', 'hold-elapsed', 'conflict', 'canary-gone']);
export type TransitionKind = z.infer<typeof transitionKindSchema>;

const statePoint = z.object({ state: releaseStateNameSchema, step: z.number().int().nullable() });
export type ReleaseStatePoint = z.infer<typeof statePoint>;

export const releaseTransitionSchema = z.object({
  at: z.string(),
  from: statePoint,
  to: statePoint,
  kind: transitionKindSchema,
  actor: z.string(),
  reason: z.string(),
});
export type ReleaseTransition = z.infer<typeof releaseTransitionSchema>;

/** The weighted-mode arithmetic of one step, for the UI: share = canaryWeight × canaryCount / total. */
export const weightSplitSchema = z.object({
  canaryWeight: z.number().int(),
  stableWeight: z.number().int(),
  canaryCount: z.number().int(),
  stableCount: z.number().int(),
  total: z.number().int(),
  /** Predicted fraction (0–1) of the target's calls that reach the canary set. */
  canaryShare: z.number(),
  formula: z.string(),
});
export type WeightSplit = z.infer<typeof weightSplitSchema>;

export const releaseStepSchema = z.object({
  percent: z.number(),
  holdSeconds: z.number().int().min(0),
  /** Weighted mode only. */
  split: weightSplitSchema.nullable(),
  /** Predicted canary share per service of the target under the step's weights (weighted mode). */
  services: z.array(z.object({ serviceKey: z.string(), canaryShare: z.number(), predictable: z.boolean() })),
});
export type ReleaseStep = z.infer<typeof releaseStepSchema>;

/** A rule file as the release found it before its first write: what rollback restores. */
export const touchedRuleSchema = z.object({
  node: z.string(),
  text: z.string().nullable(),
  version: z.number().int().nullable(),
  /**
   * What the release last wrote there (or accepted on resume after a manual edit): the base of rollback's
   * three-way merge; a current file that differs from it is a conflict the release pauses on.
   */
  lastWritten: z.string().nullable(),
  /**
   * What rollback gives back before merging later foreign edits: the start snapshot `text` plus the foreign
   * edits the release wrote over or accepted (absent = `text`, nobody else edited).
   */
  restoreTo: z.string().nullable().optional(),
});
export type TouchedRule = z.infer<typeof touchedRuleSchema>;

export const releaseSchema = z.object({
  id: z.string(),
  application: z.string(),
  service: z.string().nullable(),
  mode: releaseModeSchema,
  tag: z.string().nullable(),
  canarySelector: canarySelectorSchema,
  state: releaseStateSchema,
  /** The current step's index (running/paused), else null. */
  currentStep: z.number().int().nullable(),
  steps: z.array(releaseStepSchema),
  canary: z.array(z.string()),
  stable: z.array(z.string()),
  timeline: z.array(releaseTransitionSchema),
  touchedRules: z.array(touchedRuleSchema),
  createdAt: z.string(),
  createdBy: z.string(),
  reason: z.string(),
  warnings: z.array(z.object({ code: z.string(), message: z.string() })),
  /** Dry runs of tag-mode releases: the tag-router file the start would write. */
  plannedRule: z.object({ node: z.string(), before: z.string().nullable(), after: z.string().nullable() }).optional(),
});
export type Release = z.infer<typeof releaseSchema>;

export const releaseListQuerySchema = z
  .object({ state: releaseStateNameSchema.optional(), application: z.string().min(1).max(256).optional() })
  .strict();
export type ReleaseListQuery = z.infer<typeof releaseListQuerySchema>;

export const releaseListSchema = z.object({ items: z.array(releaseSchema) });
export type ReleaseList = z.infer<typeof releaseListSchema>;

/** `POST /api/releases/:id/{start,advance,pause,resume,promote,rollback}`. */
export const releaseActionRequestSchema = z.object({ reason: z.string().trim().max(500).optional() }).strict();
export type ReleaseActionRequest = z.infer<typeof releaseActionRequestSchema>;
