import { z } from 'zod';

/** Bad registry data the mirror met and skipped (it never crashes, never drops siblings). */
export const registryWarningSchema = z.object({
  id: z.string(),
  code: z.enum(['MALFORMED_NODE_NAME', 'MALFORMED_RULE', 'MALFORMED_INSTANCE', 'IGNORED_RULE_ITEM', 'READ_FAILED']),
  path: z.string(),
  message: z.string(),
  since: z.string(),
});
export type RegistryWarning = z.infer<typeof registryWarningSchema>;

export const warningListQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(200),
  offset: z.coerce.number().int().min(0).default(0),
});
export type WarningListQuery = z.infer<typeof warningListQuerySchema>;

export const warningListSchema = z.object({
  revision: z.number().int(),
  total: z.number().int(),
  items: z.array(registryWarningSchema),
});
export type WarningList = z.infer<typeof warningListSchema>;
