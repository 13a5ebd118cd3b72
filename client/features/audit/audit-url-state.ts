import { listUrlState } from '../../lib/list-url-state.ts';
import { urlField } from '../../lib/url-state.ts';

/** /audit?actor=&action=&target= — filters are shareable; paging is a cursor, not part of the link. */
export const auditUrlState = listUrlState({ filters: { actor: urlField.text(), action: urlField.text(), target: urlField.text() } });
export type AuditUrlState = ReturnType<typeof auditUrlState.schema.parse>;
