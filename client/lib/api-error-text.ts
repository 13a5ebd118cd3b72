/**
 * What an API error says to the operator, in the console's language: the stable error code's entry in
 * the `errors` catalogue (with the error's details as placeholders), else the server's own English message —
 * so a code the catalogue does not know yet still reads, never as a bare code. The client's own
 * `HTTP_<status>` (an answer without the API's error body) reads as `errors:HTTP_STATUS`.
 */
import { i18n } from '../i18n/i18n.ts';
import { ApiRequestError } from './api-client.ts';

export function apiErrorText(error: unknown): string {
  if (error instanceof ApiRequestError) {
    const key = `errors:${error.code}`;
    if (i18n.exists(key)) {
      const details = typeof error.details === 'object' && error.details !== null ? (error.details as Record<string, unknown>) : {};
      return i18n.t(key, { ...details, message: error.message });
    }
    const http = /^HTTP_(\d{3})$/.exec(error.code);
    if (http) return i18n.t('errors:HTTP_STATUS', { status: http[1] });
    return error.message;
  }
  return error instanceof Error ? error.message : String(error);
}
