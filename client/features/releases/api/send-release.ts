import { releaseSchema } from '@contract/releases.ts';
import type { ReleaseRequest } from '@contract/releases.ts';
import { apiSend } from '../../../lib/api-client.ts';
import type { ReleaseMove } from '../release-moves.ts';

/** `POST /api/releases` with `dryRun: true`: the planned release (canary, stable, every step's split), nothing written. */
export function planRelease(request: ReleaseRequest) {
  return apiSend('POST', '/api/releases', { ...request, dryRun: true }, releaseSchema);
}

/** `POST /api/releases`: stores the release, started at its first step unless `start` is false. */
export function createRelease(request: ReleaseRequest, start: boolean) {
  return apiSend('POST', '/api/releases', { ...request, start }, releaseSchema);
}

/** `POST /api/releases/:id/<move>` with the operator's reason; answers the moved release. */
export function moveRelease(id: string, move: ReleaseMove, reason: string) {
  const trimmed = reason.trim();
  return apiSend('POST', `/api/releases/${encodeURIComponent(id)}/${move}`, trimmed ? { reason: trimmed } : {}, releaseSchema);
}
