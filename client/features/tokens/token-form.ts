import { tokenNameSchema } from '@contract/tokens.ts';
import type { CreateTokenRequest } from '@contract/tokens.ts';
import { i18n } from '../../i18n/i18n.ts';

/** The create form as typed; `expiresInDays` empty = never expires. */
export type TokenFormInput = { name: string; expiresInDays: string };

export type TokenFormResult = { ok: true; request: CreateTokenRequest } | { ok: false; field: 'name' | 'expiresInDays'; message: string };

/** Checks the form before it is sent, with the contract's own name rule. */
export function tokenRequestFrom(input: TokenFormInput): TokenFormResult {
  const name = tokenNameSchema.safeParse(input.name);
  if (!name.success) {
    const why = name.error.issues[0]?.message;
    const message =
      input.name.trim() === '' ? i18n.t('tokens:form.nameMissing') : why ? i18n.t('tokens:form.nameInvalid', { why }) : i18n.t('tokens:form.nameNotAllowed');
    return { ok: false, field: 'name', message };
  }
  const days = input.expiresInDays.trim();
  if (days === '') return { ok: true, request: { name: name.data } };
  if (!/^\d+$/.test(days) || Number(days) < 1 || Number(days) > 3650) {
    return { ok: false, field: 'expiresInDays', message: i18n.t('tokens:form.expiryInvalid') };
  }
  return { ok: true, request: { name: name.data, expiresInDays: Number(days) } };
}
