/**
 * How an Actor is written into an audit entry: `actor` stays the plain user name (the `actor` filter of
 * GET /api/audit and entries written before accountability matches on it), the rest are optional fields
 * next to it, omitted when unknown (the leader's own moves have no request, hence no source or request id).
 */
import type { AuditEntry } from '../contract/audit.ts';
import type { Actor } from './governance-deps.ts';

export type AuditActorFields = Pick<AuditEntry, 'actor' | 'via' | 'token' | 'source' | 'requestId'>;

export function auditActorFields(actor: Actor): AuditActorFields {
  return {
    actor: actor.user,
    via: actor.via,
    ...(actor.token === undefined ? {} : { token: actor.token }),
    ...(actor.source === undefined ? {} : { source: actor.source }),
    ...(actor.requestId === undefined ? {} : { requestId: actor.requestId }),
  };
}
