import { loginRequestSchema, sessionSchema } from '@contract/session.ts';
import type { LoginRequest, Session } from '@contract/session.ts';
import { z } from 'zod';
import { apiSend, forgetCsrfToken } from './api-client.ts';

/**
 * Signing in and out: both change who every request acts as, so the CSRF token is forgotten (the next
 * write fetches the new session's) and the caller drops or invalidates every cached query.
 */
export async function signIn(request: LoginRequest): Promise<Session> {
  const session = await apiSend('POST', '/api/session', loginRequestSchema.parse(request), sessionSchema);
  forgetCsrfToken();
  return session;
}

export async function signOut(): Promise<void> {
  try {
    await apiSend('DELETE', '/api/session', undefined, z.undefined());
  } finally {
    forgetCsrfToken();
  }
}
