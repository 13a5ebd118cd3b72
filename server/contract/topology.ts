import { z } from 'zod';

/**
 * `GET /api/topology`: the live call graph. At `application` level nodes are applications and
 * edges `calls` (consumer app → provider app, aggregated over services). At `service` level
 * services sit between them: consumer app —`consumes`→ service —`provides`→ provider app.
 * Edges always point the way calls flow. Nodes and edges are sorted by id.
 */
export const topologyLevelSchema = z.enum(['application', 'service']);
export type TopologyLevel = z.infer<typeof topologyLevelSchema>;

export const topologyQuerySchema = z.object({
  level: topologyLevelSchema.default('application'),
  /**
   * A node id (`app:<name>`, `svc:<key>`), an application name or a service key (application names
   * win when both exist). Keeps the neighbourhood within `depth` hops, in either direction.
   * At application level a service counts as one hop between its consumer and provider apps.
   */
  focus: z.string().trim().max(512).optional(),
  depth: z.coerce.number().int().min(1).max(5).default(1),
  /** Case-insensitive substring of a node's label: matching nodes, their edges and the nodes at the other end. */
  q: z.string().trim().max(256).optional(),
});
export type TopologyQuery = z.infer<typeof topologyQuerySchema>;

const countSchema = z.number().int().min(0);

export const applicationNodeSchema = z.object({
  /** `app:<name>` */
  id: z.string(),
  kind: z.literal('application'),
  label: z.string(),
  /** Able to take traffic (not disabled for every service it provides; consumer-only instances count) / registered. */
  instances: z.object({ up: countSchema, total: countSchema }),
  providedServices: countSchema,
  consumedServices: countSchema,
  /** Provider instances disabled (effective state) for at least one of their services. */
  disabledInstances: countSchema,
  /** Provider instances whose effective weight differs from the registered one for at least one service. */
  weightOverrides: countSchema,
  /** An enabled `<app>.tag-router` rule with tags exists (gray releases build on it). */
  grayRelease: z.boolean(),
  /** Tag names of that rule, sorted; empty when `grayRelease` is false. */
  grayTags: z.array(z.string()),
  /** Registry warnings attributable to this application; absent when none. */
  warnings: countSchema.optional(),
  /** Registers consumers only: no provider instance, interface- or application-level. */
  consumerOnly: z.boolean(),
});
export type ApplicationNode = z.infer<typeof applicationNodeSchema>;

export const serviceNodeSchema = z.object({
  /** `svc:<key>` */
  id: z.string(),
  kind: z.literal('service'),
  label: z.string(),
  /** `[group/]interface[:version]` */
  key: z.string(),
  interface: z.string(),
  group: z.string(),
  version: z.string(),
  /** Provider instances (`ip:port`) enabled in effect / registered. */
  providers: z.object({ enabled: countSchema, total: countSchema }),
  /** Consumer registrations (host + application). */
  consumers: countSchema,
  disabledProviders: countSchema,
  weightOverrides: countSchema,
  /** Consumed (or known) but nobody provides it: calls fail. */
  noProviders: z.boolean(),
  /** Registry warnings attributable to this service (its rules, its interface folder); absent when none. */
  warnings: countSchema.optional(),
});
export type ServiceNode = z.infer<typeof serviceNodeSchema>;

export const topologyNodeSchema = z.discriminatedUnion('kind', [applicationNodeSchema, serviceNodeSchema]);
export type TopologyNode = z.infer<typeof topologyNodeSchema>;

export const topologyEdgeKindSchema = z.enum(['calls', 'consumes', 'provides']);
export type TopologyEdgeKind = z.infer<typeof topologyEdgeKindSchema>;

export const topologyEdgeSchema = z.object({
  /** `<source>-><target>` */
  id: z.string(),
  source: z.string(),
  target: z.string(),
  /** `calls`: app → app; `consumes`: consumer app → service; `provides`: service → provider app. */
  kind: topologyEdgeKindSchema,
  /** Service keys the edge carries, sorted. */
  services: z.array(z.string()),
  serviceCount: countSchema,
});
export type TopologyEdge = z.infer<typeof topologyEdgeSchema>;

export const topologySchema = z.object({
  revision: z.number().int(),
  level: topologyLevelSchema,
  /** The node `focus` resolved to, when one was asked for. */
  focus: z.string().optional(),
  nodes: z.array(topologyNodeSchema),
  edges: z.array(topologyEdgeSchema),
  /** Sizes after focus and `q`, before the caps; `truncated` when a cap cut the answer (narrow with focus or q). */
  totals: z.object({ nodes: countSchema, edges: countSchema }),
  limits: z.object({ maxNodes: countSchema, maxEdges: countSchema }),
  truncated: z.boolean(),
});
export type Topology = z.infer<typeof topologySchema>;
