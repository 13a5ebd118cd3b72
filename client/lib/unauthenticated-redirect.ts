import { ApiRequestError } from './api-client.ts';
import { isLoginPath, loginPathFor } from './next-path.ts';

/**
 * The one decision behind "any 401 sends you to the login page": an UNAUTHENTICATED answer (no
 * credentials, or a session that expired) on any page but /login itself → the login URL that brings the
 * person back; anything else (a wrong password is INVALID_CREDENTIALS, a 403, a network error) → null.
 */
export function unauthenticatedRedirect(error: unknown, location: { pathname: string; search: string; hash: string }): string | null {
  if (!(error instanceof ApiRequestError)) return null;
  if (error.status !== 401 || error.code !== 'UNAUTHENTICATED') return null;
  if (isLoginPath(location.pathname)) return null;
  return loginPathFor(`${location.pathname}${location.search}${location.hash}`);
}
