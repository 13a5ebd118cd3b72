import { z } from 'zod';
import { ruleRefSchema } from './rule-ref.ts';

/**
 * One provider of one service, identified by `address` (`ip:port`). A provider that re-registers
 * with changed parameters has two registry nodes for a moment; they are one instance (`nodes` > 1).
 */
export const instanceSchema = z.object({
  address: z.string(),
  host: z.string(),
  port: z.number().int(),
  protocol: z.string(),
  application: z.string(),
  registeredWeight: z.number(),
  weight: z.number(),
  registeredEnabled: z.boolean(),
  enabled: z.boolean(),
  share: z.number(),
  tags: z.array(z.string()),
  release: z.string(),
  dubboVersion: z.string(),
  params: z.record(z.string(), z.string()),
  appliedRules: z.array(ruleRefSchema),
  /** Rules that change this provider only for some consumers (not part of `weight`/`enabled`). */
  consumerSpecificRules: z.array(ruleRefSchema),
  nodes: z.number().int(),
  discovery: z.enum(['interface', 'application', 'both']),
});
export type Instance = z.infer<typeof instanceSchema>;

export const consumerSchema = z.object({
  address: z.string(),
  host: z.string(),
  application: z.string(),
  release: z.string(),
  dubboVersion: z.string(),
  params: z.record(z.string(), z.string()),
});
export type Consumer = z.infer<typeof consumerSchema>;
