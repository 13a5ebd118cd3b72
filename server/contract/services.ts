import { z } from 'zod';
import { consumerSchema, instanceSchema } from './instance.ts';
import { ruleRefSchema } from './rule-ref.ts';

export const serviceSortSchema = z.enum(['key', 'providers', 'consumers']);

export const serviceListQuerySchema = z.object({
  q: z.string().max(256).optional(),
  app: z.string().max(256).optional(),
  sort: serviceSortSchema.default('key'),
  order: z.enum(['asc', 'desc']).default('asc'),
  limit: z.coerce.number().int().min(1).max(1000).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type ServiceListQuery = z.infer<typeof serviceListQuerySchema>;

export const serviceSummarySchema = z.object({
  key: z.string(),
  interface: z.string(),
  group: z.string(),
  version: z.string(),
  providerCount: z.number().int(),
  enabledProviderCount: z.number().int(),
  consumerCount: z.number().int(),
  providerApps: z.array(z.string()),
  consumerApps: z.array(z.string()),
});
export type ServiceSummary = z.infer<typeof serviceSummarySchema>;

export const serviceListSchema = z.object({
  revision: z.number().int(),
  total: z.number().int(),
  items: z.array(serviceSummarySchema),
});
export type ServiceList = z.infer<typeof serviceListSchema>;

export const serviceDetailSchema = z.object({
  revision: z.number().int(),
  key: z.string(),
  interface: z.string(),
  group: z.string(),
  version: z.string(),
  methods: z.array(z.string()),
  providers: z.array(instanceSchema),
  consumers: z.array(consumerSchema),
  rules: z.array(ruleRefSchema),
  /** Load balancer the prediction assumes and whether shares are meaningful for it. */
  loadbalance: z.string(),
  sharesPredictable: z.boolean(),
  shareNote: z.string().optional(),
});
export type ServiceDetail = z.infer<typeof serviceDetailSchema>;
