import { z } from 'zod';

export const registryStateSchema = z.enum(['connected', 'connecting', 'disconnected']);
export type RegistryState = z.infer<typeof registryStateSchema>;

export const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  registry: z.object({
    address: z.string(),
    state: registryStateSchema,
    /** True until the first full sync after (re)connect has finished. */
    syncing: z.boolean(),
    lastSyncAt: z.string().nullable(),
  }),
  mirror: z.object({
    revision: z.number().int(),
    services: z.number().int(),
    providers: z.number().int(),
    consumers: z.number().int(),
    applications: z.number().int(),
    warnings: z.number().int(),
  }),
  version: z.string(),
});
export type Health = z.infer<typeof healthSchema>;
