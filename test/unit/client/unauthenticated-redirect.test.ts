import { describe, expect, it } from 'vitest';
import { ApiRequestError } from '../../../client/lib/api-client.ts';
import { unauthenticatedRedirect } from '../../../client/lib/unauthenticated-redirect.ts';

const at = (pathname: string, search = '', hash = '') => ({ pathname, search, hash });
const error = (status: number, code: string) => new ApiRequestError({ status, code, message: code });

describe('unauthenticatedRedirect', () => {
  it('sends a 401 UNAUTHENTICATED to the login page, coming back here afterwards', () => {
    expect(unauthenticatedRedirect(error(401, 'UNAUTHENTICATED'), at('/services', '?q=order'))).toBe('/login?next=%2Fservices%3Fq%3Dorder');
    expect(unauthenticatedRedirect(error(401, 'UNAUTHENTICATED'), at('/'))).toBe('/login');
  });

  it('never loops on the login page itself', () => {
    expect(unauthenticatedRedirect(error(401, 'UNAUTHENTICATED'), at('/login', '?next=%2Frules'))).toBeNull();
    expect(unauthenticatedRedirect(error(401, 'UNAUTHENTICATED'), at('/login/'))).toBeNull();
  });

  it.each([
    ['a wrong password', error(401, 'INVALID_CREDENTIALS')],
    ['a refused role', error(403, 'FORBIDDEN')],
    ['a lockout', error(429, 'LOGIN_LOCKED')],
    ['an unreachable server', error(0, 'NETWORK_ERROR')],
    ['a render bug', new Error('boom')],
  ])('leaves %s to the page', (_name, failure) => {
    expect(unauthenticatedRedirect(failure, at('/services'))).toBeNull();
  });
});
