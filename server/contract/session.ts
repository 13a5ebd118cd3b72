import { z } from 'zod';

/** What a signed-in person may do: `viewer` reads, `operator` also moves traffic, `admin` also edits rules and others' tokens. */
export const roleSchema = z.enum(['viewer', 'operator', 'admin']);
export type Role = z.infer<typeof roleSchema>;

/** `local`: no users file, loopback only, everyone on this machine is the local admin. `users`: sign-in required. */
export const authModeSchema = z.enum(['local', 'users']);
export type AuthMode = z.infer<typeof authModeSchema>;

export const loginRequestSchema = z.object({
  username: z.string().min(1).max(128),
  password: z.string().min(1).max(1024),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

/**
 * `GET /api/session`: who this request acts as. Anonymous (users mode, nobody signed in) answers
 * `user: null`. `csrfToken` must be sent as `X-CSRF-Token` on every write that is not Bearer-authenticated.
 */
export const sessionSchema = z.object({
  user: z.string().nullable(),
  role: roleSchema.nullable(),
  mode: authModeSchema,
  /** How this request was authenticated. */
  via: z.enum(['anonymous', 'local', 'session', 'token']),
  csrfToken: z.string().nullable(),
  /** When the session cookie stops being accepted (ISO time); null in local mode, for tokens and anonymous. */
  expiresAt: z.string().nullable(),
});
export type Session = z.infer<typeof sessionSchema>;
