/**
 * How this console authenticates, as the composition root builds it from the configuration: `local` (no
 * users file, loopback bind: everyone is the local admin) or `users` (sign-in, sessions, API tokens).
 * The codec exists in both modes: local mode still needs CSRF tokens (a page on another site must not
 * drive a console on the operator's loopback).
 */
import type { SessionCodec } from '../auth/session-codec.ts';
import type { TokenDirectory } from '../auth/token-directory.ts';
import type { UserDirectory } from '../auth/user-directory.ts';

export interface LoginThrottleLike {
  /** Undefined when a login attempt may go ahead; else the seconds until it may. */
  retryAfter(user: string, source: string, now: Date): number | undefined;
  failed(user: string, source: string, now: Date): void;
  succeeded(user: string, source: string): void;
}

export interface UsersAuth {
  readonly mode: 'users';
  readonly users: UserDirectory;
  readonly sessions: SessionCodec;
  readonly verifyPassword: (passwordHash: string, password: string) => Promise<boolean>;
  /** A real hash of no one's password, checked when the user is unknown so timing does not tell who exists. */
  readonly dummyPasswordHash: string;
  readonly throttle: LoginThrottleLike;
  /** Absent: API tokens are off (their store needs the governance state root). */
  readonly tokens?: TokenDirectory;
}

export interface LocalAuth {
  readonly mode: 'local';
  readonly sessions: SessionCodec;
}

export type AuthSetup = UsersAuth | LocalAuth;

export interface HttpSecurity {
  readonly auth: AuthSetup;
  readonly clock: () => Date;
  /** `--public-url`: the one origin writes may come from; absent → the request's own scheme and host. */
  readonly publicOrigin?: string | undefined;
  /** Served over TLS or behind `--trust-proxy`: session cookies get `Secure`. */
  readonly secureCookies: boolean;
}

