import { z } from 'zod';
import { urlField } from '../../lib/url-state.ts';

/** /audit?actor=&action=&target= — filters are shareable; paging is a cursor, not part of the link. */
export const auditUrlStateSchema = z.object({
  actor: urlField.text(),
  action: urlField.text(),
  target: urlField.text(),
});
export type AuditUrlState = z.output<typeof auditUrlStateSchema>;
