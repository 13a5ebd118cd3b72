import { z } from 'zod';

/**
 * A pointer to one governance rule as stored in ZooKeeper.
 * `node` is the config-center node name (`org.foo.Svc:1.0.0:g1.configurators`) or, for legacy
 * 2.6 rules, the encoded child name under `/<root>/<iface>/configurators|routers`.
 * `label` is what a person reads: the decoded URL of a legacy rule (`override://10.0.0.2:20880/…`),
 * the node name of a config-center rule.
 */
export const ruleKindSchema = z.enum([
  'configurators',
  'condition-router',
  'tag-router',
  'script-router',
  'affinity-router',
  'mesh',
  'migration',
  'legacy-override',
  'legacy-route',
  'other',
]);
export type RuleKind = z.infer<typeof ruleKindSchema>;

export const ruleRefSchema = z.object({
  node: z.string(),
  label: z.string(),
  path: z.string(),
  kind: ruleKindSchema,
  scope: z.enum(['service', 'application', 'legacy']),
  version: z.number().int().optional(),
});
export type RuleRef = z.infer<typeof ruleRefSchema>;
