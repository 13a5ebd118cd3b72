import { governanceResultSchema } from '@contract/governance.ts';
import type { RollbackRequest } from '@contract/rules.ts';
import { apiSend } from '../../../lib/api-client.ts';

/**
 * `POST /api/rules/:node/rollback`. The contract names no response schema for it; the client reads
 * only the fields every governance write answers with (status, version, diff, warnings) and the
 * predicted traffic split (`preview`), shown as the governance dialog shows it.
 */
export const rollbackResultSchema = governanceResultSchema
  .pick({ status: true, version: true, diff: true })
  .extend({
    warnings: governanceResultSchema.shape.warnings.optional(),
    preview: governanceResultSchema.shape.preview.optional(),
  });

export function rollbackRule(node: string, request: RollbackRequest) {
  return apiSend('POST', `/api/rules/${encodeURIComponent(node)}/rollback`, request, rollbackResultSchema);
}
