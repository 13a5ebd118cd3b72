import { z } from 'zod';
import { ruleRefSchema } from './rule-ref.ts';

export const applicationSortSchema = z.enum(['name', 'instances', 'provided', 'consumed']);

export const applicationListQuerySchema = z.object({
  q: z.string().max(256).optional(),
  /** `instances`, `provided` and `consumed` sort by count; ties are broken by name, ascending. */
  sort: applicationSortSchema.default('name'),
  order: z.enum(['asc', 'desc']).default('asc'),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export type ApplicationListQuery = z.infer<typeof applicationListQuerySchema>;

export const applicationSummarySchema = z.object({
  name: z.string(),
  instanceCount: z.number().int(),
  providerInstanceCount: z.number().int(),
  consumerInstanceCount: z.number().int(),
  providedServiceCount: z.number().int(),
  consumedServiceCount: z.number().int(),
  releases: z.array(z.string()),
});
export type ApplicationSummary = z.infer<typeof applicationSummarySchema>;

export const applicationListSchema = z.object({
  revision: z.number().int(),
  total: z.number().int(),
  items: z.array(applicationSummarySchema),
});
export type ApplicationList = z.infer<typeof applicationListSchema>;

export const applicationInstanceSchema = z.object({
  /** `ip:port` for providers and app-level instances, the bare ip for consumer-only hosts. */
  address: z.string(),
  host: z.string(),
  port: z.number().int(),
  roles: z.array(z.enum(['provider', 'consumer'])),
  release: z.string(),
  providedServices: z.array(z.string()),
  consumedServices: z.array(z.string()),
  discovery: z.enum(['interface', 'application', 'both']),
  enabledServices: z.number().int(),
  disabledServices: z.number().int(),
  /** The effective weight and enabled state of each service this instance provides for the application. */
  serviceStates: z.array(z.object({ serviceKey: z.string(), weight: z.number(), enabled: z.boolean() })),
  /**
   * Whether application-scope writes (`/api/applications/:name/instances/:address/...`) can target this
   * instance: not for Dubbo 2.6 (`NOT_SUPPORTED`, it reads no config center) nor a consumer-only host (`NOT_A_PROVIDER`).
   */
  applicationScope: z.union([
    z.object({ supported: z.literal(true) }),
    z.object({ supported: z.literal(false), code: z.enum(['NOT_SUPPORTED', 'NOT_A_PROVIDER']), reason: z.string() }),
  ]),
});
export type ApplicationInstance = z.infer<typeof applicationInstanceSchema>;

export const applicationDetailSchema = z.object({
  revision: z.number().int(),
  name: z.string(),
  instances: z.array(applicationInstanceSchema),
  provides: z.array(z.string()),
  consumes: z.array(z.string()),
  /** Applications calling this one, and the ones it calls. */
  callers: z.array(z.string()),
  callees: z.array(z.string()),
  /** Application-scope rules keyed by this application's name (`<app>.configurators`, `.tag-router`, …). */
  rules: z.array(ruleRefSchema),
});
export type ApplicationDetail = z.infer<typeof applicationDetailSchema>;
