import { z } from 'zod';

export const registryStateSchema = z.enum(['connected', 'connecting', 'disconnected']);
export type RegistryState = z.infer<typeof registryStateSchema>;

/** Why the last connection attempt failed: a socket code (ECONNREFUSED, ENOTFOUND…), HANDSHAKE_TIMEOUT, … */
export const registryConnectionErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  /** host:port the attempt went to. */
  server: z.string(),
  at: z.string(),
});

/** How reaching the registry goes: shared by GET /api/health and REGISTRY_UNAVAILABLE details. */
export const registryConnectionSchema = z.object({
  /** True once every server failed a connection attempt, until a connection is made again. */
  unreachable: z.boolean(),
  /** Consecutive failed connection attempts since the last connection (0 while connected). */
  failedAttempts: z.number().int(),
  /** The last failed attempt; null while connected. */
  lastError: registryConnectionErrorSchema.nullable(),
  /** When the next connection attempt starts; null while connected or while an attempt runs. */
  nextRetryAt: z.string().nullable(),
});
export type RegistryConnection = z.infer<typeof registryConnectionSchema>;

export const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  registry: z.object({
    address: z.string(),
    state: registryStateSchema,
    /** True until the first full sync after (re)connect has finished. */
    syncing: z.boolean(),
    lastSyncAt: z.string().nullable(),
    ...registryConnectionSchema.shape,
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
  /** This console replica: whether it is the one that advances gray releases by itself (one leader among replicas). */
  replica: z.object({ leadsReleases: z.boolean() }),
});
export type Health = z.infer<typeof healthSchema>;
