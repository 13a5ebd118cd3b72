import { tokenNameSchema } from '@contract/tokens.ts';
import type { CreateTokenRequest } from '@contract/tokens.ts';

/** The create form as typed; `expiresInDays` empty = never expires. */
export type TokenFormInput = { name: string; expiresInDays: string };

export type TokenFormResult = { ok: true; request: CreateTokenRequest } | { ok: false; field: 'name' | 'expiresInDays'; message: string };

/** Checks the form before it is sent, with the contract's own name rule. */
export function tokenRequestFrom(input: TokenFormInput): TokenFormResult {
  const name = tokenNameSchema.safeParse(input.name);
  if (!name.success) {
    const message = input.name.trim() === '' ? 'Give the token a name.' : `Name: ${name.error.issues[0]?.message ?? 'not allowed'}.`;
    return { ok: false, field: 'name', message };
  }
  const days = input.expiresInDays.trim();
  if (days === '') return { ok: true, request: { name: name.data } };
  if (!/^\d+$/.test(days) || Number(days) < 1 || Number(days) > 3650) {
    return { ok: false, field: 'expiresInDays', message: 'Expiry: a whole number of days from 1 to 3650, or empty for none.' };
  }
  return { ok: true, request: { name: name.data, expiresInDays: Number(days) } };
}
