/**
 * Who a request acts as, decided once per request by the authentication step (server/http/authenticate.ts)
 * from the session cookie, a Bearer token or local mode — never from a path shape or a header a browser
 * lets a page forge. Authorization (route-access.ts) reads only this and the route's declared access.
 */
import type { Role } from '../contract/session.ts';

export const LOCAL_USER = 'local-operator';

export type Principal =
  | { readonly kind: 'anonymous' }
  /** No users file, loopback bind: whoever reaches the port is this machine's operator, with every right. */
  | { readonly kind: 'local'; readonly user: typeof LOCAL_USER; readonly role: 'admin' }
  | { readonly kind: 'session'; readonly user: string; readonly role: Role; readonly sessionId: string; readonly expiresAt: number }
  | { readonly kind: 'token'; readonly user: string; readonly role: Role; readonly tokenId: string; readonly tokenName: string };

export const ANONYMOUS: Principal = { kind: 'anonymous' };
export const LOCAL_PRINCIPAL: Principal = { kind: 'local', user: LOCAL_USER, role: 'admin' };
