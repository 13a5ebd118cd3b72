import bcrypt from 'bcryptjs';
import { describe, expect, it } from 'vitest';
import { DUMMY_PASSWORD_HASH, hashPassword, passwordHashKind, verifyPassword } from '../../../server/auth/password-hash.ts';

describe('password hashes', () => {
  it('makes argon2id hashes with the OWASP parameters that verify only the right password', async () => {
    const hash = await hashPassword('correct horse');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(passwordHashKind(hash)).toBe('argon2id');
    expect(await verifyPassword(hash, 'correct horse')).toBe(true);
    expect(await verifyPassword(hash, 'correct horse ')).toBe(false);
    expect(await hashPassword('correct horse')).not.toBe(hash); // salted
  });

  it.each(['$2a$', '$2b$', '$2y$'])('accepts bcrypt hashes written as %s (htpasswd -B writes $2y$)', async (prefix) => {
    const hash = (await bcrypt.hash('s3cret', 4)).replace(/^\$2[aby]\$/, prefix);
    expect(passwordHashKind(hash)).toBe('bcrypt');
    expect(await verifyPassword(hash, 's3cret')).toBe(true);
    expect(await verifyPassword(hash, 'S3cret')).toBe(false);
  });

  it.each([
    ['a plain-text password', 'hunter2'],
    ['an empty string', ''],
    ['argon2i (not id)', '$argon2i$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2g'],
    ['a truncated argon2id hash', '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHQ'],
    ['an MD5 crypt hash', '$1$abcdefgh$abcdefghijklmnopqrstuv'],
    ['a bcrypt hash one character short', `$2b$10$${'a'.repeat(52)}`],
    ['a SHA-256 hex digest', 'a'.repeat(64)],
  ])('refuses %s as a hash and matches nothing with it', async (_what, text) => {
    expect(passwordHashKind(text)).toBeUndefined();
    expect(await verifyPassword(text, text)).toBe(false);
  });

  it('never throws on a hash that looks right but is corrupt', async () => {
    const corrupt = '$argon2id$v=19$m=19456,t=2,p=1$!!!!!!!!!!!!!!!!!!!!!!$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
    await expect(verifyPassword(corrupt, 'x')).resolves.toBe(false);
  });

  it('has a real dummy hash for unknown users', async () => {
    expect(passwordHashKind(DUMMY_PASSWORD_HASH)).toBe('argon2id');
    expect(await verifyPassword(DUMMY_PASSWORD_HASH, '')).toBe(false);
  });
});
