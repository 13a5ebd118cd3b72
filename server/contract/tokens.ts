import { z } from 'zod';
import { roleSchema } from './session.ts';

export const tokenNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9 ._-]*$/, 'letters, digits, space, dot, underscore and dash; starting with a letter or digit');

export const createTokenRequestSchema = z.object({
  name: tokenNameSchema,
  /** Omitted: the token never expires (until revoked). */
  expiresInDays: z.number().int().min(1).max(3650).optional(),
});
export type CreateTokenRequest = z.infer<typeof createTokenRequestSchema>;

/** An API token as listed: never its secret (only a hash of it is stored, in ZooKeeper). */
export const apiTokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  owner: z.string(),
  /** The owner's current role, which the token acts with; null when the owner is no longer in the users file. */
  role: roleSchema.nullable(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
});
export type ApiToken = z.infer<typeof apiTokenSchema>;

/** `POST /api/tokens` answers the secret once: `Authorization: Bearer <token>`. */
export const createdTokenSchema = apiTokenSchema.extend({ token: z.string() });
export type CreatedToken = z.infer<typeof createdTokenSchema>;

export const tokenListQuerySchema = z.object({
  /** Admins only: `all` lists every owner's tokens. */
  owner: z.enum(['me', 'all']).default('me'),
});

export const tokenListSchema = z.object({ items: z.array(apiTokenSchema) });
export type TokenList = z.infer<typeof tokenListSchema>;
