import { i18n } from '../../i18n/i18n.ts';
import { ApiRequestError } from '../../lib/api-client.ts';
import { apiErrorText } from '../../lib/api-error-text.ts';

/** What the login form says about a failed sign-in; `lockedUntil` (epoch ms) drives the countdown. */
export type LoginFailure = { message: string; lockedUntil: number | null };

export function loginFailure(error: unknown, now: number): LoginFailure {
  if (error instanceof ApiRequestError) {
    if (error.code === 'INVALID_CREDENTIALS') return { message: i18n.t('login:failure.wrongPassword'), lockedUntil: null };
    if (error.code === 'LOGIN_LOCKED') {
      const seconds = error.retryAfterSeconds ?? 60;
      return { message: i18n.t('login:failure.locked'), lockedUntil: now + seconds * 1000 };
    }
    if (error.code === 'LOCAL_MODE') return { message: i18n.t('login:failure.localMode'), lockedUntil: null };
    if (error.status === 400) return { message: i18n.t('login:failure.missing'), lockedUntil: null };
    return { message: apiErrorText(error), lockedUntil: null };
  }
  return { message: i18n.t('login:failure.failed'), lockedUntil: null };
}

/** "Try again in 1 min 05 s" while locked; null once the lock has passed. */
export function lockoutText(lockedUntil: number | null, now: number): string | null {
  if (lockedUntil === null) return null;
  const seconds = Math.ceil((lockedUntil - now) / 1000);
  if (seconds <= 0) return null;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return minutes > 0
    ? i18n.t('login:lockout.minutes', { minutes, seconds: String(rest).padStart(2, '0') })
    : i18n.t('login:lockout.seconds', { seconds: rest });
}
