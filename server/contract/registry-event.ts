import { z } from 'zod';
import { registryStateSchema } from './health.ts';

/**
 * SSE events carry what changed, never payloads: clients invalidate the matching queries.
 * `event: change` → registryChangeSchema; `event: registry` → registryStatusEventSchema;
 * `event: resync` tells a client whose Last-Event-ID is too old or another process's to refetch
 * everything. Event ids are `<epoch>-<revision>` (server/http/event-id.ts).
 */
export const registryChangeSchema = z.object({
  revision: z.number().int(),
  services: z.array(z.string()),
  applications: z.array(z.string()),
  rules: z.array(z.string()),
  warnings: z.boolean(),
  /** True when the change set was too large to list (a full resync): refetch everything. */
  all: z.boolean(),
});
export type RegistryChange = z.infer<typeof registryChangeSchema>;

export const registryStatusEventSchema = z.object({
  revision: z.number().int(),
  state: registryStateSchema,
  syncing: z.boolean(),
});
export type RegistryStatusEvent = z.infer<typeof registryStatusEventSchema>;
