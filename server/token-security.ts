/**
 * API tokens for a users-mode console: when the security setup has none yet, a token store under the state
 * root (`<stateRoot>/tokens`) is started and put into it. Local mode and setups that bring their own
 * directory are left as they are. The caller stops the store with the console.
 */
import type { Logger } from 'pino';
import { TokenStore } from './auth/token-store.ts';
import type { HttpSecurity } from './http/auth-setup.ts';
import type { ZkClient } from './zk/zk-client.ts';

export function withTokenStore(
  security: HttpSecurity,
  client: ZkClient,
  stateRoot: string,
  logger: Logger,
): { readonly security: HttpSecurity; readonly store: TokenStore | undefined } {
  const auth = security.auth;
  if (auth.mode !== 'users' || auth.tokens !== undefined) return { security, store: undefined };
  const base = stateRoot === '/' ? '' : stateRoot.replace(/\/+$/, '');
  const store = new TokenStore(client, `${base}/tokens`, logger);
  store.start();
  return { security: { ...security, auth: { ...auth, tokens: store } }, store };
}
