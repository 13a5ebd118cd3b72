import { describe, expect, it } from 'vitest';
import { tokenRequestFrom } from '../../../client/features/tokens/token-form.ts';

describe('tokenRequestFrom', () => {
  it('sends a trimmed name, and no expiry when the days are left empty', () => {
    expect(tokenRequestFrom({ name: ' deploy-bot ', expiresInDays: '' })).toEqual({ ok: true, request: { name: 'deploy-bot' } });
    expect(tokenRequestFrom({ name: 'ci', expiresInDays: '30' })).toEqual({ ok: true, request: { name: 'ci', expiresInDays: 30 } });
  });

  it.each([
    [{ name: '', expiresInDays: '' }, 'name'],
    [{ name: '-bad', expiresInDays: '' }, 'name'],
    [{ name: 'ci', expiresInDays: '0' }, 'expiresInDays'],
    [{ name: 'ci', expiresInDays: '1.5' }, 'expiresInDays'],
    [{ name: 'ci', expiresInDays: '4000' }, 'expiresInDays'],
  ])('refuses %j before sending', (input, field) => {
    expect(tokenRequestFrom(input)).toMatchObject({ ok: false, field });
  });
});
