import { ApiRequestError } from '../../lib/api-client.ts';

/** What the login form says about a failed sign-in; `lockedUntil` (epoch ms) drives the countdown. */
export type LoginFailure = { message: string; lockedUntil: number | null };

export function loginFailure(error: unknown, now: number): LoginFailure {
  if (error instanceof ApiRequestError) {
    if (error.code === 'INVALID_CREDENTIALS') return { message: 'Wrong user name or password.', lockedUntil: null };
    if (error.code === 'LOGIN_LOCKED') {
      const seconds = error.retryAfterSeconds ?? 60;
      return { message: 'Too many failed sign-ins.', lockedUntil: now + seconds * 1000 };
    }
    if (error.code === 'LOCAL_MODE') return { message: 'This console runs in local mode: there is nothing to sign in to.', lockedUntil: null };
    if (error.status === 400) return { message: 'Enter a user name and a password.', lockedUntil: null };
    return { message: error.message, lockedUntil: null };
  }
  return { message: 'Signing in failed.', lockedUntil: null };
}

/** "Try again in 1 min 05 s" while locked; null once the lock has passed. */
export function lockoutText(lockedUntil: number | null, now: number): string | null {
  if (lockedUntil === null) return null;
  const seconds = Math.ceil((lockedUntil - now) / 1000);
  if (seconds <= 0) return null;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return minutes > 0 ? `Try again in ${minutes} min ${String(rest).padStart(2, '0')} s.` : `Try again in ${rest} s.`;
}
