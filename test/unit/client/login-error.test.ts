import { describe, expect, it } from 'vitest';
import { ApiRequestError, errorFromResponse } from '../../../client/lib/api-client.ts';
import { lockoutText, loginFailure } from '../../../client/features/login/login-error.ts';

describe('loginFailure', () => {
  it('says a wrong password plainly', () => {
    expect(loginFailure(new ApiRequestError({ status: 401, code: 'INVALID_CREDENTIALS', message: 'x' }), 0)).toEqual({ message: 'Wrong user name or password.', lockedUntil: null });
  });

  it('locks the form for the Retry-After the server sent', async () => {
    const response = new Response(JSON.stringify({ error: { code: 'LOGIN_LOCKED', message: 'Too many' } }), {
      status: 429,
      headers: { 'content-type': 'application/json', 'retry-after': '65' },
    });
    const error = await errorFromResponse(response);
    expect(error.retryAfterSeconds).toBe(65);
    expect(loginFailure(error, 1_000)).toEqual({ message: 'Too many failed sign-ins.', lockedUntil: 66_000 });
  });
});

describe('lockoutText', () => {
  it('counts down to the end of the lock, then says nothing', () => {
    expect(lockoutText(66_000, 1_000)).toBe('Try again in 1 min 05 s.');
    expect(lockoutText(66_000, 56_500)).toBe('Try again in 10 s.');
    expect(lockoutText(66_000, 66_000)).toBeNull();
    expect(lockoutText(null, 0)).toBeNull();
  });
});
