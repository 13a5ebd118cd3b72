import { z } from 'zod';

/**
 * `event: releases` on `GET /api/events`: the gray releases whose stored documents changed (any console
 * replica's move, an automatic advance, a pause after a conflict). Like every event it carries what
 * changed, not the documents: clients refetch the release list and the listed releases.
 */
export const releaseChangeSchema = z.object({
  ids: z.array(z.string()),
});
export type ReleaseChange = z.infer<typeof releaseChangeSchema>;
