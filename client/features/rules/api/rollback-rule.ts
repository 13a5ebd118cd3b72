import { rollbackResultSchema, type RollbackRequest } from '@contract/rules.ts';
import { apiSend } from '../../../lib/api-client.ts';

/** `POST /api/rules/:node/rollback`, its answer parsed with the contract's rollback result schema. */

export function rollbackRule(node: string, request: RollbackRequest) {
  return apiSend('POST', `/api/rules/${encodeURIComponent(node)}/rollback`, request, rollbackResultSchema);
}
