import { z } from 'zod';

/**
 * What a governance rule governs: one service (its Dubbo service key, `[group/]interface[:version]`) or one
 * application. It is the `:key` / `:name` of `/api/services/:key/...` and `/api/applications/:name/...`,
 * the scope part of a governance operation request, and what a config-center node name says it targets.
 */
export const ruleTargetSchema = z.discriminatedUnion('scope', [
  z.object({ scope: z.literal('service'), serviceKey: z.string() }),
  z.object({ scope: z.literal('application'), application: z.string() }),
]);
export type RuleTarget = z.infer<typeof ruleTargetSchema>;
